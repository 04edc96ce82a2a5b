import { z } from 'zod';

/** Commands from the native menu (Electron) that the UI carries out, like its own keyboard shortcuts. */
export const UI_COMMANDS = ['newContact', 'newCompany', 'focusSearch', 'openSettings', 'logInteraction', 'newReminder'] as const;

/** Events pushed to every window: IPC webContents.send, or Server-Sent Events over HTTP. */
export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changed'), domain: z.string() }),
  z.object({ type: z.literal('progress'), job: z.string(), done: z.number(), total: z.number() }),
  z.object({ type: z.literal('command'), command: z.enum(UI_COMMANDS) }),
  /** A reminder (or a birthday notice) came due while the app runs: the shell notifies. */
  z.object({
    type: z.literal('reminders.due'),
    kind: z.enum(['reminder', 'birthday']),
    /** The reminder's id, or the contact's for a birthday. */
    id: z.string(),
    title: z.string(),
    body: z.string(),
    contactId: z.string().nullable(),
    companyId: z.string().nullable(),
    dueAtMs: z.number(),
  }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
export type UiCommand = (typeof UI_COMMANDS)[number];
