// Per-printer X/Y offsets in mm: how far this machine's printer shifts the page. Local to the
// machine (another machine has other printers), kept in app_settings under one key.
import { PrinterOffset } from '../../../src-shared/contract/labels';
import type { Sqlite } from '../../db/open-database';
import { z } from 'zod';

const KEY = 'labels.printerOffsets';
const Stored = z.array(PrinterOffset);

export type PrinterOffsets = ReturnType<typeof createPrinterOffsets>;

export function createPrinterOffsets(sqlite: Sqlite) {
  const read = sqlite.prepare(`SELECT value FROM app_settings WHERE key = ?`).pluck();
  const write = sqlite.prepare(`INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);

  function list(): PrinterOffset[] {
    try {
      const parsed = Stored.safeParse(JSON.parse((read.get(KEY) as string | undefined) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  return {
    list,
    /** The offset for this printer ('' is the default printer); zero when never calibrated. */
    of(printer: string): { xMm: number; yMm: number } {
      const found = list().find((p) => p.printer === printer.trim());
      return found ? { xMm: found.xMm, yMm: found.yMm } : { xMm: 0, yMm: 0 };
    },
    set(offset: PrinterOffset): PrinterOffset[] {
      const rest = list().filter((p) => p.printer !== offset.printer);
      const next = offset.xMm === 0 && offset.yMm === 0 && offset.printer !== '' ? rest : [...rest, offset];
      write.run(KEY, JSON.stringify(next.sort((a, b) => a.printer.localeCompare(b.printer))));
      return list();
    },
  };
}
