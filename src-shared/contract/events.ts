import { z } from 'zod';

/** Commands from the native menu (Electron) that the UI carries out, like its own keyboard shortcuts. */
export const UI_COMMANDS = ['newContact', 'newCompany', 'focusSearch', 'openSettings', 'logInteraction'] as const;

/** Events pushed to every window: IPC webContents.send, or Server-Sent Events over HTTP. */
export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changed'), domain: z.string() }),
  z.object({ type: z.literal('progress'), job: z.string(), done: z.number(), total: z.number() }),
  z.object({ type: z.literal('command'), command: z.enum(UI_COMMANDS) }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
export type UiCommand = (typeof UI_COMMANDS)[number];
