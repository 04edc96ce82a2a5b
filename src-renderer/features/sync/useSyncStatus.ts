import { useEffect } from 'react';
import type { SyncStatus } from '../../../src-shared/contract/sync';
import { api } from '../../api/client';
import { useApiQuery, type ApiQuery } from '../../api/useApiQuery';

const REFRESH_MS = 10_000;

/**
 * Sync status, reloaded when a sync changes data and every few seconds while the window is visible:
 * background runs that bring nothing new announce nothing, yet move the last-sync time.
 */
export function useSyncStatus(): ApiQuery<SyncStatus> {
  const query = useApiQuery('sync-status', () => api.sync.status({}), ['contacts', 'companies', 'sync']);
  const { reload } = query;
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [reload]);
  return query;
}
