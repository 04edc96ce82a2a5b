// SQL for saved segments. Reads only: writes go through the change writer (segments sync).
import type { Sqlite } from '../../db/open-database';

export interface SegmentRow {
  id: string;
  name: string;
  filter: string;
  createdAtMs: number;
  updatedAtMs: number;
  deletedAtMs: number | null;
}

const COLUMNS = 'id, name, filter, created_at_ms AS createdAtMs, updated_at_ms AS updatedAtMs, deleted_at_ms AS deletedAtMs';

export function createSegmentsRepo(sqlite: Sqlite) {
  return {
    byId: sqlite.prepare<[string], SegmentRow>(`SELECT ${COLUMNS} FROM segments WHERE id = ?`),
    live: sqlite.prepare<[], SegmentRow>(`SELECT ${COLUMNS} FROM segments WHERE deleted_at_ms IS NULL ORDER BY lower(name), id`),
    /** Live segments with this name, any case (names are kept distinct, not enforced by the schema: it syncs). */
    byName: sqlite.prepare<[string], SegmentRow>(`SELECT ${COLUMNS} FROM segments WHERE deleted_at_ms IS NULL AND lower(trim(name)) = lower(trim(?))`),
  };
}
