// A segment file: magic, format byte, header length, header JSON, payload. The payload is deflated
// JSON (about 11× smaller: sync folders live in cloud storage quotas). Encrypted segments use
// XChaCha20-Poly1305 with the header as associated data; plain ones end with a SHA-256 checksum.
// Either way a truncated or half-synced copy fails to decode and counts as "not arrived yet".
// Format 1 carries change messages (segments, and snapshots written before format 2); format 2
// carries a snapshot as rows (db/changes/table-rows.ts). Readers keep reading both.
import { createHash, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import type { ChangeMessage } from '../../db/changes/apply-changes';
import type { TableRows } from '../../db/changes/table-rows';

const MAGIC = Buffer.from('SMPKSEG', 'ascii');
/** Change messages: every segment. */
export const SEGMENT_FORMAT = 1;
/** Rows with one timestamp each, plus the cells stamped otherwise: snapshots. */
export const SNAPSHOT_FORMAT = 2;
const KNOWN_FORMATS = new Set([SEGMENT_FORMAT, SNAPSHOT_FORMAT]);

export interface SegmentHeader extends FileHeader {
  deviceId: string;
  seq: number;
  /** Keyring id of the data key, or null for an unencrypted folder. */
  keyId: number | null;
  /** Schema (migration count) of the writer, and the oldest reader schema that understands it. */
  schema: number;
  minReaderSchema: number;
  appVersion: string;
  /** What the writer had applied from each device: a reader applies this segment only after those. */
  deps: Record<string, number>;
  /** Last outbox seq this segment carries (lets a writer recover from a crash after writing it). */
  through: number;
  count: number;
  createdAtMs: number;
}

/** What every file in this envelope declares: its key and message count. */
export interface FileHeader {
  keyId: number | null;
  count: number;
  minReaderSchema: number;
}

/**
 * A snapshot: the full cell state of the data set as one device saw it, and which segments that
 * covers. `count` counts rows (format 2) or messages (format 1).
 */
export interface SnapshotHeader extends FileHeader {
  kind: 'snapshot';
  deviceId: string;
  /** device → last segment seq whose changes the snapshot includes */
  covers: Record<string, number>;
  schema: number;
  appVersion: string;
  createdAtMs: number;
}

export class SegmentUnreadable extends Error {}

/** Encodes a segment (change messages). */
export function encodeSegment<H extends FileHeader>(header: H, messages: ChangeMessage[], key: Uint8Array | null): Buffer {
  return encodeFile(SEGMENT_FORMAT, header, messages, key);
}

/** Encodes a snapshot as rows (format 2). */
export function encodeSnapshot(header: SnapshotHeader, tables: TableRows[], key: Uint8Array | null): Buffer {
  return encodeFile(SNAPSHOT_FORMAT, header, tables, key);
}

function encodeFile(format: number, header: FileHeader, payloadValue: unknown, key: Uint8Array | null): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 5);
  MAGIC.copy(prefix);
  prefix.writeUInt8(format, MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, MAGIC.length + 1);
  const head = Buffer.concat([prefix, headerBytes]);
  const payload = deflateRawSync(Buffer.from(JSON.stringify(payloadValue), 'utf8'));
  if (key) {
    const nonce = randomBytes(24);
    const sealed = xchacha20poly1305(key, nonce, head).encrypt(payload);
    return Buffer.concat([head, nonce, sealed]);
  }
  const body = Buffer.concat([head, payload]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Reads only the header (no key needed); throws SegmentUnreadable if the file is not a whole segment start. */
export function decodeSegmentHeader<H extends FileHeader = SegmentHeader>(file: Buffer): { header: H; headEnd: number; format: number } {
  if (file.length < MAGIC.length + 5 || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new SegmentUnreadable('not a segment');
  const format = file.readUInt8(MAGIC.length);
  if (!KNOWN_FORMATS.has(format)) throw new SegmentUnreadable(`segment format ${format} is newer than this app`);
  const length = file.readUInt32BE(MAGIC.length + 1);
  const headEnd = MAGIC.length + 5 + length;
  if (file.length < headEnd) throw new SegmentUnreadable('truncated header');
  try {
    return { header: JSON.parse(file.subarray(MAGIC.length + 5, headEnd).toString('utf8')) as H, headEnd, format };
  } catch {
    throw new SegmentUnreadable('damaged header');
  }
}

/** A segment's change messages (format 1). */
export function decodeSegment<H extends FileHeader = SegmentHeader>(file: Buffer, key: Uint8Array | null): { header: H; messages: ChangeMessage[] } {
  const { header, headEnd, format } = decodeSegmentHeader<H>(file);
  if (format !== SEGMENT_FORMAT) throw new SegmentUnreadable(`format ${format} holds no change messages`);
  const messages = decodePayload<ChangeMessage[]>(file, header, headEnd, key);
  if (!Array.isArray(messages) || messages.length !== header.count) throw new SegmentUnreadable('message count mismatch');
  return { header, messages };
}

/** A snapshot in either format: change messages (format 1) or rows (format 2). */
export function decodeSnapshot(
  file: Buffer,
  key: Uint8Array | null,
): { header: SnapshotHeader } & ({ messages: ChangeMessage[]; tables?: undefined } | { tables: TableRows[]; messages?: undefined }) {
  const { format } = decodeSegmentHeader<SnapshotHeader>(file);
  if (format === SEGMENT_FORMAT) return decodeSegment<SnapshotHeader>(file, key);
  const { header, headEnd } = decodeSegmentHeader<SnapshotHeader>(file);
  const tables = decodePayload<TableRows[]>(file, header, headEnd, key);
  if (!Array.isArray(tables) || tables.reduce((sum, t) => sum + t.rows.length, 0) !== header.count) throw new SegmentUnreadable('row count mismatch');
  return { header, tables };
}

/** Authenticates (or checks) and inflates the payload. */
function decodePayload<T>(file: Buffer, header: FileHeader, headEnd: number, key: Uint8Array | null): T {
  let payload: Uint8Array;
  if (header.keyId !== null) {
    if (!key) throw new SegmentUnreadable('encrypted, and no passphrase is set');
    if (file.length < headEnd + 24 + 16) throw new SegmentUnreadable('truncated');
    try {
      payload = xchacha20poly1305(key, file.subarray(headEnd, headEnd + 24), file.subarray(0, headEnd)).decrypt(file.subarray(headEnd + 24));
    } catch {
      throw new SegmentUnreadable('failed authentication (partial copy or wrong key)');
    }
  } else {
    if (file.length < headEnd + 32) throw new SegmentUnreadable('truncated');
    const body = file.subarray(0, file.length - 32);
    if (!createHash('sha256').update(body).digest().equals(file.subarray(file.length - 32))) throw new SegmentUnreadable('checksum mismatch (partial copy)');
    payload = body.subarray(headEnd);
  }
  try {
    return JSON.parse(inflateRawSync(payload).toString('utf8')) as T;
  } catch {
    throw new SegmentUnreadable('damaged payload');
  }
}
