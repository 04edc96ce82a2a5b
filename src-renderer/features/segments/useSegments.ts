import type { Segment } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';

/** Saved segments by name, refreshed when any machine changes one. */
export function useSegments(): { items: Segment[]; error: unknown } {
  const query = useApiQuery('segments', () => api.segments.list({}), ['segments']);
  return { items: query.data?.items ?? [], error: query.error };
}
