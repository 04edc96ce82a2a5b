// The global "log an interaction" command (Ctrl/Cmd+L, the menu, a Log button anywhere) opens the
// one dialog that InteractionsHost renders; the host fills in the contact or company on screen,
// unless the caller names who the interaction is with (e.g. a contact listed in Today).
export interface LogParticipants {
  contacts: { id: string; displayName: string }[];
}
type Listener = (participants?: LogParticipants) => void;
const listeners = new Set<Listener>();

export function openLogDialog(participants?: LogParticipants): void {
  for (const listener of listeners) listener(participants);
}

export function onOpenLogDialog(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
