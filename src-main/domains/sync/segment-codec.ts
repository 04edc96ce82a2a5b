// A segment file: magic, format byte, header length, header JSON, payload. The payload is deflated
// JSON (about 11× smaller: sync folders live in cloud storage quotas). Encrypted segments use
// XChaCha20-Poly1305 with the header as associated data; plain ones end with a SHA-256 checksum.
// Either way a truncated or half-synced copy fails to decode and counts as "not arrived yet".
import { createHash, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import type { ChangeMessage } from '../../db/changes/apply-changes';

const MAGIC = Buffer.from('SMPKSEG', 'ascii');
export const SEGMENT_FORMAT = 1;

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

/** A snapshot: the full cell state of the data set as one device saw it, and which segments that covers. */
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

/** Encodes a segment, or a snapshot (the same envelope with its own header). */
export function encodeSegment<H extends FileHeader>(header: H, messages: ChangeMessage[], key: Uint8Array | null): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 5);
  MAGIC.copy(prefix);
  prefix.writeUInt8(SEGMENT_FORMAT, MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, MAGIC.length + 1);
  const head = Buffer.concat([prefix, headerBytes]);
  const payload = deflateRawSync(Buffer.from(JSON.stringify(messages), 'utf8'));
  if (key) {
    const nonce = randomBytes(24);
    const sealed = xchacha20poly1305(key, nonce, head).encrypt(payload);
    return Buffer.concat([head, nonce, sealed]);
  }
  const body = Buffer.concat([head, payload]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Reads only the header (no key needed); throws SegmentUnreadable if the file is not a whole segment start. */
export function decodeSegmentHeader<H extends FileHeader = SegmentHeader>(file: Buffer): { header: H; headEnd: number } {
  if (file.length < MAGIC.length + 5 || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new SegmentUnreadable('not a segment');
  const format = file.readUInt8(MAGIC.length);
  if (format !== SEGMENT_FORMAT) throw new SegmentUnreadable(`segment format ${format} is newer than this app`);
  const length = file.readUInt32BE(MAGIC.length + 1);
  const headEnd = MAGIC.length + 5 + length;
  if (file.length < headEnd) throw new SegmentUnreadable('truncated header');
  try {
    return { header: JSON.parse(file.subarray(MAGIC.length + 5, headEnd).toString('utf8')) as H, headEnd };
  } catch {
    throw new SegmentUnreadable('damaged header');
  }
}

export function decodeSegment<H extends FileHeader = SegmentHeader>(file: Buffer, key: Uint8Array | null): { header: H; messages: ChangeMessage[] } {
  const { header, headEnd } = decodeSegmentHeader<H>(file);
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
  let messages: ChangeMessage[];
  try {
    messages = JSON.parse(inflateRawSync(payload).toString('utf8')) as ChangeMessage[];
  } catch {
    throw new SegmentUnreadable('damaged payload');
  }
  if (messages.length !== header.count) throw new SegmentUnreadable('message count mismatch');
  return { header, messages };
}
