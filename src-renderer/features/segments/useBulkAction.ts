import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_PROGRESS_JOB, type BulkAction, type BulkTargetInput } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { useAppEvent } from '../../api/useAppEvent';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';

export interface BulkProgress {
  done: number;
  total: number;
}

/** Runs a bulk action, follows its progress events, and offers Undo of the whole action. */
export function useBulkAction(onDone: () => void) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const [progress, setProgress] = useState<BulkProgress | null>(null);

  useAppEvent((event) => {
    if (event.type === 'progress' && event.job === BULK_PROGRESS_JOB) setProgress((current) => current && { done: event.done, total: event.total });
  });

  async function undo(bulkId: string) {
    try {
      const { restored } = await api.segments.undoBulk({ bulkId });
      notify({ message: t('segments.bulk.undone', { count: restored, formatted: format.number(restored) }) });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  async function run(target: BulkTargetInput, action: BulkAction, count: number) {
    setProgress({ done: 0, total: count });
    try {
      const result = await api.segments.bulk({ target, action });
      onDone();
      if (result.changed === 0) {
        notify({ message: t('segments.bulk.unchanged') });
        return;
      }
      const key = action.type === 'archive' ? 'segments.bulk.archived' : 'segments.bulk.done';
      notify({
        message: t(key, { count: result.changed, formatted: format.number(result.changed) }),
        action: { label: t('common.undo'), onClick: () => void undo(result.bulkId) },
      });
    } catch (error) {
      notify({ message: describeError(t, error) });
    } finally {
      setProgress(null);
    }
  }

  return { run, progress };
}
