import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../src-shared/contract/system';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';

export function RestoreBackupDialog({ backup, onClose, onRestored }: { backup: Backup; onClose(): void; onRestored(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const date = format.dateTime(backup.createdAtMs);

  async function restore() {
    setIsBusy(true);
    setError(undefined);
    try {
      await api.backups.restore({ file: backup.file });
      notify({ message: t('settings.restore.done', { date }) });
      onRestored();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={t('settings.restore.title')}
      body={t('settings.restore.body', { date })}
      confirmLabel={t('settings.restore.confirm')}
      isBusy={isBusy}
      error={error !== undefined && <ErrorAlert error={error} />}
      onConfirm={() => void restore()}
      onClose={onClose}
    />
  );
}
