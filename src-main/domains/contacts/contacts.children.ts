// A contact's (or company's) multi-valued parts (emails, phones, websites, addresses) are child rows
// with their own ids: an edit keeps the ids it still has, tombstones the ones removed and adds the new
// ones, so concurrent edits on two machines merge row by row.
import { v7 as uuidv7 } from 'uuid';
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { SyncedTable } from '../../db/changes/synced-tables';

export type ChildTable = Extract<SyncedTable, 'contact_emails' | 'contact_phones' | 'contact_websites' | 'contact_addresses'>;
export type CompanyChildTable = Extract<SyncedTable, 'company_emails' | 'company_phones' | 'company_addresses'>;
/** The record the rows belong to: its id and the column that holds it. */
export type ChildOwner = { column: 'contact_id'; id: string } | { column: 'company_id'; id: string };

/** Makes the live child rows equal `wanted` (in order, the first primary). Returns whether anything changed. */
export function syncChildRows(
  writer: ChangeWriter,
  table: ChildTable | CompanyChildTable,
  owner: ChildOwner,
  existingIds: string[],
  wanted: { id?: string | undefined; cells: Cells }[],
  nowMs: number,
): boolean {
  let changed = false;
  const keep = new Set<string>();
  wanted.forEach((item, index) => {
    const cells = { ...item.cells, is_primary: index === 0, sort_order: index };
    if (item.id && existingIds.includes(item.id) && !keep.has(item.id)) {
      keep.add(item.id);
      changed = writer.update(table, item.id, cells, { updated_at_ms: nowMs }) || changed;
    } else {
      writer.insert(table, uuidv7(), { ...cells, [owner.column]: owner.id, created_at_ms: nowMs, updated_at_ms: nowMs });
      changed = true;
    }
  });
  for (const id of existingIds) {
    if (!keep.has(id)) changed = writer.update(table, id, { deleted_at_ms: nowMs, updated_at_ms: nowMs }) || changed;
  }
  return changed;
}
