import { z } from 'zod';
import { EpochMs, Id, ShortText } from './common';
import { method } from './method';

export const SyncReport = z.object({
  /** ok: synced; paused: nothing done, see message; held: stopped before a large deletion, needs confirmation. */
  status: z.enum(['ok', 'paused', 'held']),
  message: z.string().nullable(),
  wroteChanges: z.number().int(),
  appliedChanges: z.number().int(),
  appliedSegments: z.number().int(),
  conflicts: z.number().int(),
  waiting: z.array(z.object({ deviceId: z.string(), reason: z.string() })),
  quarantined: z.array(z.object({ deviceId: z.string(), reason: z.string() })),
  ignoredFiles: z.array(z.string()),
  finishedAtMs: EpochMs,
});
export type SyncReport = z.infer<typeof SyncReport>;

export const SyncDevice = z.object({
  deviceId: z.string(),
  name: z.string(),
  userName: z.string(),
  appliedSeq: z.number().int(),
  quarantinedReason: z.string().nullable(),
  lastSeenAtMs: EpochMs.nullable(),
});

export const SyncStatus = z.object({
  configured: z.boolean(),
  folder: z.string().nullable(),
  deviceId: z.string(),
  deviceName: z.string(),
  userName: z.string(),
  encrypted: z.boolean(),
  pendingChanges: z.number().int(),
  openConflicts: z.number().int(),
  lastReport: SyncReport.nullable(),
  devices: z.array(SyncDevice),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncConflict = z.object({
  id: Id,
  table: z.string(),
  rowId: z.string(),
  column: z.string(),
  /** What the row holds now (the winner) and the value that lost. */
  currentValue: z.unknown(),
  losingValue: z.unknown(),
  detectedAtMs: EpochMs,
});

/** Which machine (and who) last changed a record: "did a colleague already call this prospect?" */
export const LastChange = z.object({
  atMs: EpochMs,
  deviceId: z.string(),
  deviceName: z.string(),
  userName: z.string(),
  isThisMachine: z.boolean(),
});
export type LastChange = z.infer<typeof LastChange>;

export const sync = {
  status: method(z.object({}), SyncStatus),
  configure: method(
    z.object({
      folder: z.string().trim().min(1, 'Choose a sync folder').max(4096),
      deviceName: ShortText.min(1, 'Name this machine'),
      userName: ShortText.default(''),
      passphrase: z.string().max(1024).nullable().default(null),
      /** Joining a folder that already has data: merge local data into it, or replace local data with it (after a backup). */
      join: z.enum(['merge', 'replace']).default('merge'),
    }),
    SyncStatus,
  ),
  /** compact: also write a snapshot and delete this machine's segments it makes unnecessary. */
  now: method(z.object({ allowMassDelete: z.boolean().default(false), compact: z.boolean().default(false) }), SyncReport),
  disable: method(z.object({}), SyncStatus),
  conflicts: method(z.object({}), z.object({ items: z.array(SyncConflict) })),
  lastChange: method(z.object({ table: z.enum(['contacts', 'companies']), rowId: z.string().max(64) }), LastChange.nullable()),
  /** Keep the value the row holds now, or bring back the value that lost (it then wins everywhere). */
  resolveConflict: method(z.object({ id: Id, keep: z.enum(['current', 'other']) }), z.object({ ok: z.literal(true) })),
};
