import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useNotify } from '../../components/Notifier';

/** One sync run started by the user; `onDone` refreshes whatever shows the outcome. */
export function useSyncNow(onDone: () => void) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [isRunning, setIsRunning] = useState(false);
  const [error, setError] = useState<unknown>();

  async function run(allowMassDelete = false): Promise<void> {
    setIsRunning(true);
    setError(undefined);
    try {
      const report = await api.sync.now({ allowMassDelete });
      if (report.status === 'ok') notify({ message: t('sync.synced') });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsRunning(false);
      onDone();
    }
  }

  return { isRunning, error, run };
}
