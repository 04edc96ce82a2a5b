import { createContext, useContext } from 'react';
import type { UiCommand } from '../../src-shared/contract/events';

/** Runs a UI command: the native menu, keyboard shortcuts and buttons all end up here. */
export const AppCommandsContext = createContext<(command: UiCommand) => void>(() => {});

export function useAppCommand(): (command: UiCommand) => void {
  return useContext(AppCommandsContext);
}
