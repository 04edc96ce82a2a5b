import type { FilterFieldInfo } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * The fields a filter can use, from the core's registry. Known values (tags, owners) are read with
 * a scan of every contact, so they are refreshed on request (opening the filter), not on every edit.
 */
export function useFilterFields(): { items: FilterFieldInfo[]; reload(): void } {
  const query = useApiQuery('segment-fields', () => api.segments.fields({}), ['segments']);
  return { items: query.data?.items ?? [], reload: query.reload };
}
