import type { AppEvent } from '../src-shared/contract/events';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of core events to every transport (IPC windows, SSE streams, tests). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
