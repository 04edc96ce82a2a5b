import { useEffect, useEffectEvent } from 'react';
import type { UiCommand } from '../../src-shared/contract/events';
import { useAppEvent } from '../api/useAppEvent';
import { shortcutCommand } from './keyboard-shortcuts';

/** Feeds keyboard shortcuts and the native menu's command events into `run`. */
export function useCommandSources(run: (command: UiCommand) => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const command = shortcutCommand(event);
    if (!command) return;
    event.preventDefault();
    run(command);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
  useAppEvent((event) => {
    if (event.type === 'command') run(event.command);
  });
}
