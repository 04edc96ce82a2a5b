// What a sync folder holds: its segment files (read straight from disk, as another machine would see
// them), the row messages they carry according to their headers, and the folder's size on disk; and
// how much of a machine's database the cell timestamps take.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeMessage } from '../src-main/db/changes/apply-changes';
import { openSqlite } from '../src-main/db/open-database';
import { decodeSegment, decodeSegmentHeader } from '../src-main/domains/sync/segment-codec';

export interface FolderStats {
  segmentFiles: string[];
  segmentBytes: number;
  /** Row messages, summed from the segment headers' counts. */
  messages: number;
  totalBytes: number;
  files: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function folderStats(folder: string): FolderStats {
  const files = filesUnder(folder);
  const segmentFiles = files.filter((f) => f.endsWith('.seg')).sort();
  let segmentBytes = 0;
  let messages = 0;
  for (const file of segmentFiles) {
    const bytes = readFileSync(file);
    segmentBytes += bytes.length;
    messages += decodeSegmentHeader(bytes).header.count;
  }
  return { segmentFiles, segmentBytes, messages, totalBytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

/** Every message of unencrypted segment files, in file order (one device's sequence order). */
export function readMessages(segmentFiles: readonly string[]): ChangeMessage[] {
  return segmentFiles.flatMap((file) => decodeSegment(readFileSync(file), null).messages);
}

/** Cells are the unit of the last-writer-wins rule: one per column a message carries. */
export function countCells(messages: readonly ChangeMessage[]): number {
  let cells = 0;
  for (const message of messages) cells += Object.keys(message.v).length;
  return cells;
}

export interface DatabaseStats {
  /** Pages in use (WAL included). */
  fileBytes: number;
  /** Bytes of the tables holding cell timestamps (crdt_rows, crdt_cells). */
  clockBytes: number;
  rowClocks: number;
  ownCells: number;
}

/** Read beside the running core that owns the file. */
export function databaseStats(databaseFile: string): DatabaseStats {
  const sqlite = openSqlite(databaseFile, { readonly: true });
  try {
    const bytes = (name: string) => sqlite.prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?').pluck().get(name) as number;
    return {
      // Pages in use, WAL included: the file's size once checkpointed.
      fileBytes: (sqlite.pragma('page_count', { simple: true }) as number) * (sqlite.pragma('page_size', { simple: true }) as number),
      clockBytes: bytes('crdt_rows') + bytes('crdt_cells'),
      rowClocks: sqlite.prepare('SELECT count(*) FROM crdt_rows').pluck().get() as number,
      ownCells: sqlite.prepare('SELECT count(*) FROM crdt_cells').pluck().get() as number,
    };
  } finally {
    sqlite.close();
  }
}
