import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';

/** Undoes a whole import and says what was taken back. */
export function useUndoImport(): (id: string) => Promise<void> {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  return useCallback(
    async (id: string) => {
      try {
        const entry = await api.imports.undo({ id });
        const count = entry.created + entry.updated;
        notify({ message: t('imports.undone', { count, formatted: format.number(count) }) });
      } catch (error) {
        notify({ message: describeError(t, error) });
      }
    },
    [t, notify, format],
  );
}
