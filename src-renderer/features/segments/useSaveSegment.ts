import { useTranslation } from 'react-i18next';
import type { Filter, Segment } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

/** Saves changed conditions into the chosen segment. */
export function useSaveSegment() {
  const { t } = useTranslation();
  const notify = useNotify();
  return async (segment: Segment, filter: Filter) => {
    try {
      const saved = await api.segments.update({ id: segment.id, fields: { name: segment.name, filter } });
      notify({ message: t('segments.segment.updated', { name: saved.name }) });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  };
}
