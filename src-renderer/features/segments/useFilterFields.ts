import type { FilterFieldInfo } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';

/** The fields a filter can use, from the core's registry (new tags and owners appear as they are added). */
export function useFilterFields(isWanted = true): FilterFieldInfo[] {
  const query = useApiQuery(isWanted ? 'segment-fields' : null, () => api.segments.fields({}), ['contacts', 'segments']);
  return query.data?.items ?? [];
}
