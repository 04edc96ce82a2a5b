import { z } from 'zod';
import { EpochMs, Id } from './common';
import { method } from './method';

export const ImportMode = z.enum(['create', 'createAndUpdate', 'updateOnly']);
export type ImportMode = z.infer<typeof ImportMode>;

/** A contacts file as the user gave it: bytes (base64) and name; format detected unless given. */
export const ImportSource = z.object({
  fileName: z.string().trim().min(1).max(500),
  contentBase64: z.string().max(90_000_000, 'That file is larger than 64 MB'),
  format: z.enum(['auto', 'csv', 'vcard']).default('auto'),
  mode: ImportMode.default('createAndUpdate'),
  /** CSV only: column header → field (e.g. 'givenName', 'phones:mobile', 'addresses.locality:home'). */
  csvMapping: z.record(z.string(), z.string()).optional(),
  /** From the preview of these same bytes: the run reuses its parsed records instead of parsing again. */
  previewToken: z.string().max(100).optional(),
});

export const ImportAction = z.enum(['create', 'update', 'skip']);

export const ImportPreview = z.object({
  format: z.enum(['csv', 'vcard']).nullable(),
  /** CSV layout recognised from the header: google, google-old, outlook, thunderbird, generic. */
  preset: z.string().nullable(),
  /** What the bytes were read as, e.g. "UTF-8 (BOM)" or "Windows-1252 (detected, not valid UTF-8)". */
  encoding: z.string(),
  total: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  /** Already in Sampark (same email or phone) and not updated in this mode. */
  toSkip: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  warnings: z.array(z.string()),
  /** The first records with what would happen to each. */
  samples: z.array(z.object({ line: z.number().int(), displayName: z.string(), action: ImportAction, reason: z.string().nullable() })),
  /**
   * A CSV no preset recognises: each column, where it goes (a csvMapping value such as 'givenName',
   * 'phones:mobile', 'ignore') and its first values. The mapping used last time for the same header
   * row is applied when no csvMapping is given. Null for vCards and known CSV layouts.
   */
  columns: z.array(z.object({ header: z.string(), target: z.string(), samples: z.array(z.string()) })).nullable(),
  /** Pass to `run` as `previewToken` (valid for a few minutes, once). */
  token: z.string(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportLogEntry = z.object({
  id: Id,
  fileName: z.string(),
  atMs: EpochMs,
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  undoneAtMs: EpochMs.nullable(),
});
export type ImportLogEntry = z.infer<typeof ImportLogEntry>;

export const imports = {
  /** What importing would do; changes nothing. */
  preview: method(ImportSource, ImportPreview),
  /** Imports every valid record in one transaction (all or nothing) and logs it for undo. */
  run: method(ImportSource, ImportLogEntry.extend({ errors: ImportPreview.shape.errors, warnings: z.array(z.string()) })),
  /** Undoes a whole import: archives what it created and puts back what it updated. */
  undo: method(z.object({ id: Id }), ImportLogEntry),
  list: method(z.object({}), z.object({ items: z.array(ImportLogEntry) })),
  /**
   * Stops the preview or import in progress. An import being written is rolled back whole: nothing
   * of it stays. Progress arrives as 'progress' events with job 'import.preview' or 'import.run'.
   */
  cancel: method(z.object({}), z.object({ cancelled: z.boolean() })),
  /** A contact's photo (from an imported card) as a data: URL of a JPEG, PNG, GIF or WebP image; null when none. */
  photo: method(z.object({ contactId: Id }), z.object({ dataUrl: z.string().nullable() })),
};

export const exports = {
  /** All active contacts (or a selection) as a file's text. */
  contacts: method(
    z.object({ format: z.enum(['vcard3', 'vcard4', 'csv', 'json']), ids: z.array(Id).max(100_000).optional() }),
    z.object({ fileName: z.string(), mediaType: z.string(), content: z.string(), count: z.number().int() }),
  ),
};
