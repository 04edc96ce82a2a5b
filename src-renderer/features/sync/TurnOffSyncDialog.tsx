import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';

export function TurnOffSyncDialog({ onClose, onTurnedOff }: { onClose(): void; onTurnedOff(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function turnOff() {
    setIsBusy(true);
    setError(undefined);
    try {
      await api.sync.disable({});
      notify({ message: t('sync.off.done') });
      onTurnedOff();
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={t('sync.off.title')}
      body={t('sync.off.body')}
      confirmLabel={t('sync.off.confirm')}
      isBusy={isBusy}
      error={error !== undefined && <ErrorAlert error={error} />}
      onConfirm={() => void turnOff()}
      onClose={onClose}
    />
  );
}
