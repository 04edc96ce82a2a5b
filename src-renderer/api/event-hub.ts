import { AppEvent } from '../../src-shared/contract/events';
import type { Transport } from '../../src-shared/rpc/envelope';

export type AppEventListener = (event: AppEvent) => void;

/** One subscription to the transport, fanned out to every listener in the UI; events are validated. */
export function createEventHub(transport: Transport): (listener: AppEventListener) => () => void {
  const listeners = new Set<AppEventListener>();
  let unsubscribe: (() => void) | undefined;
  return (listener) => {
    listeners.add(listener);
    unsubscribe ??= transport.subscribe?.((raw) => {
      const parsed = AppEvent.safeParse(raw);
      if (parsed.success) for (const each of [...listeners]) each(parsed.data);
    });
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        unsubscribe?.();
        unsubscribe = undefined;
      }
    };
  };
}
