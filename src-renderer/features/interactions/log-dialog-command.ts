// The global "log an interaction" command (Ctrl/Cmd+L, the menu, a Log button anywhere) opens the
// one dialog that InteractionsHost renders; the host fills in the contact or company on screen.
type Listener = () => void;
const listeners = new Set<Listener>();

export function openLogDialog(): void {
  for (const listener of listeners) listener();
}

export function onOpenLogDialog(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
