import { Settings } from '../../../src-shared/contract/system';
import type { Sqlite } from '../../db/open-database';

const DEFAULTS: Settings = { language: 'auto', defaultCountry: 'IN' };

export type SettingsService = ReturnType<typeof createSettingsService>;

/** Preferences of this installation, one row per key; unknown or damaged values fall back to defaults. */
export function createSettingsService(sqlite: Sqlite) {
  const read = sqlite.prepare(`SELECT key, value FROM app_settings`);
  const write = sqlite.prepare(
    `INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

  // Read on every contact write (the default phone country): kept in memory, refreshed on update.
  let cached: Settings | null = null;
  function get(): Settings {
    cached ??= readStored();
    return cached;
  }

  function readStored(): Settings {
    const stored: Record<string, unknown> = {};
    for (const row of read.all() as { key: string; value: string }[]) {
      try {
        stored[row.key] = JSON.parse(row.value);
      } catch {
        // a damaged value is ignored; the default applies
      }
    }
    const parsed = Settings.safeParse({ ...DEFAULTS, ...stored });
    return parsed.success ? parsed.data : DEFAULTS;
  }

  return {
    get,
    update(patch: Partial<Settings>): Settings {
      sqlite.transaction(() => {
        for (const [key, value] of Object.entries(patch)) if (value !== undefined) write.run(key, JSON.stringify(value));
      })();
      cached = null;
      return get();
    },
  };
}
