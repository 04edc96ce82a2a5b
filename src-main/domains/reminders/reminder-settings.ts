// This machine's reminder preferences (local, like the other settings): which days before a
// birthday to remind, and the folder of the live calendar file.
import { statSync } from 'node:fs';
import { ReminderSettings } from '../../../src-shared/contract/reminders';
import type { Sqlite } from '../../db/open-database';
import { AppError } from '../../rpc/app-error';

const KEYS = { birthdayDaysBefore: 'reminders.birthdayDaysBefore', calendarFolder: 'calendar.folder' } as const;
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { birthdayDaysBefore: [0, 7], calendarFolder: null };

export type ReminderSettingsStore = ReturnType<typeof createReminderSettings>;

export function createReminderSettings(sqlite: Sqlite) {
  const read = sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck();
  const write = sqlite.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function get(): ReminderSettings {
    const stored: Record<string, unknown> = {};
    for (const [name, key] of Object.entries(KEYS)) {
      const value = read.get(key) as string | undefined;
      try {
        if (value !== undefined) stored[name] = JSON.parse(value);
      } catch {
        // a damaged value falls back to the default
      }
    }
    const parsed = ReminderSettings.safeParse({ ...DEFAULT_REMINDER_SETTINGS, ...stored });
    return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
  }

  return {
    get,
    update(patch: Partial<ReminderSettings>): ReminderSettings {
      const folder = patch.calendarFolder?.trim();
      if (folder) {
        let isFolder = false;
        try {
          isFolder = statSync(folder).isDirectory();
        } catch {
          // reported below
        }
        if (!isFolder) throw new AppError('invalid_input', `calendarFolder: There is no folder ${folder}`);
      }
      const next = { ...patch, ...(patch.calendarFolder !== undefined ? { calendarFolder: folder || null } : {}) };
      if (next.birthdayDaysBefore) next.birthdayDaysBefore = [...new Set(next.birthdayDaysBefore)].sort((a, b) => a - b);
      sqlite.transaction(() => {
        for (const [name, value] of Object.entries(next)) if (value !== undefined) write.run(KEYS[name as keyof typeof KEYS], JSON.stringify(value));
      })();
      return get();
    },
  };
}
