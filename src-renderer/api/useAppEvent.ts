import { useEffect, useEffectEvent } from 'react';
import type { AppEvent } from '../../src-shared/contract/events';
import { subscribeToAppEvents } from './client';

/** Calls `onEvent` for every event the core pushes while the component is mounted. */
export function useAppEvent(onEvent: (event: AppEvent) => void): void {
  const handle = useEffectEvent(onEvent);
  useEffect(() => subscribeToAppEvents((event) => handle(event)), []);
}
