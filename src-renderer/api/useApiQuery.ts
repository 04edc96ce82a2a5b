import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useAppEvent } from './useAppEvent';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  version: number;
  data?: T;
  error?: unknown;
}

/**
 * Loads `load()` whenever `key` changes, and again when the core reports a change in one of
 * `domains`. While a reload for the same key runs, the previous data stays on screen.
 */
export function useApiQuery<T>(key: string | null, load: () => Promise<T>, domains: readonly string[] = []): ApiQuery<T> {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();
  const run = useEffectEvent(load);
  const watched = domains.join(',');

  useEffect(() => {
    if (key === null) return;
    let isCurrent = true;
    run().then(
      (data) => isCurrent && setSettled({ key, version, data }),
      (error: unknown) => isCurrent && setSettled((previous) => ({ key, version, error, data: previous?.key === key ? previous.data : undefined })),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, version]);

  useAppEvent((event) => {
    if (event.type === 'changed' && watched.split(',').includes(event.domain)) setVersion((v) => v + 1);
  });

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const isSameKey = settled?.key === key && key !== null;
  return {
    data: isSameKey ? settled.data : undefined,
    error: isSameKey ? settled.error : undefined,
    isLoading: key !== null && (!isSameKey || settled.version !== version),
    reload,
  };
}
