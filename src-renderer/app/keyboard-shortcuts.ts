import type { UiCommand } from '../../src-shared/contract/events';

/** The command for a key press, if it is one of the app's shortcuts (Ctrl on Windows/Linux, Cmd on macOS). */
export function shortcutCommand(event: KeyboardEvent): UiCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  // Physical key as a fallback, so shortcuts still work with a Devanagari or Tamil keyboard layout.
  const key = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code.replace(/^Key/, '').toLowerCase();
  if (key === 'n') return event.shiftKey ? 'newCompany' : 'newContact';
  if ((key === 'k' || key === 'f') && !event.shiftKey) return 'focusSearch';
  if (key === 'e' && event.shiftKey) return 'newReminder';
  if (key === ',' || event.code === 'Comma') return 'openSettings';
  if (key === 'l' && !event.shiftKey) return 'logInteraction';
  return undefined;
}
