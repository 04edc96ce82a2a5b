import { Settings } from '../../../src-shared/contract/system';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';

const DEFAULTS: Settings = { language: 'auto', defaultCountry: 'IN' };

/** Settings that belong to the data (how its phone numbers are read): synced rows of data_settings. */
const DATA_KEYS: ReadonlySet<string> = new Set<keyof Settings>(['defaultCountry']);

export type SettingsService = ReturnType<typeof createSettingsService>;

/**
 * Settings, one row per key: this installation's in app_settings (language), the data set's in
 * data_settings through the change writer, so they sync. Unknown or damaged values fall back to defaults.
 */
export function createSettingsService(sqlite: Sqlite, writer: ChangeWriter, now: () => number = Date.now) {
  const readLocal = sqlite.prepare(`SELECT key, value FROM app_settings`);
  const readData = sqlite.prepare(`SELECT id AS key, value FROM data_settings`);
  const hasData = sqlite.prepare(`SELECT 1 FROM data_settings WHERE id = ?`);
  const dropLocal = sqlite.prepare(`DELETE FROM app_settings WHERE key = ?`);
  const writeLocal = sqlite.prepare(
    `INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

  function writeData(key: string, json: string) {
    if (hasData.get(key)) writer.update('data_settings', key, { value: json }, { updated_at_ms: now() });
    else writer.insert('data_settings', key, { value: json, updated_at_ms: now() });
  }

  // Data settings were once kept with the installation's: moved over (and so sent) once.
  sqlite.transaction(() => {
    for (const { key, value } of readLocal.all() as { key: string; value: string }[]) {
      if (!DATA_KEYS.has(key)) continue;
      if (!hasData.get(key)) writeData(key, value);
      dropLocal.run(key);
    }
  })();

  // Read on every contact write (the default phone country): kept in memory, refreshed on update.
  let cached: Settings | null = null;
  function get(): Settings {
    cached ??= readStored();
    return cached;
  }

  function readStored(): Settings {
    const stored: Record<string, unknown> = {};
    const rows = [...(readLocal.all() as { key: string; value: string }[]).filter((r) => !DATA_KEYS.has(r.key)), ...(readData.all() as { key: string; value: string }[])];
    for (const row of rows) {
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
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined) continue;
          if (DATA_KEYS.has(key)) writeData(key, JSON.stringify(value));
          else writeLocal.run(key, JSON.stringify(value));
        }
      })();
      cached = null;
      return get();
    },

    /** After a sync applied changes: data settings may have come from another machine. */
    afterSync(): void {
      cached = null;
    },
  };
}
