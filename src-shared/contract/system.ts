import { z } from 'zod';
import { EpochMs, Ok } from './common';
import { method } from './method';

export const LANGUAGES = ['en', 'hi', 'ta'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  /** 'auto' follows the operating system's locale. */
  language: z.union([Language, z.literal('auto')]),
  /** ISO 3166 country for phone numbers written without a country code (default India). */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as IN'),
});
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  backupsDir: z.string(),
  schemaVersion: z.number().int(),
  /** The operating system's preferred locale, for 'auto' language. */
  systemLocale: z.string(),
});

export const Backup = z.object({
  file: z.string(),
  reason: z.enum(['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-replace']),
  createdAtMs: EpochMs,
  sizeBytes: z.number().int(),
});
export type Backup = z.infer<typeof Backup>;

export const system = {
  info: method(z.object({}), AppInfo),
  getSettings: method(z.object({}), Settings),
  updateSettings: method(Settings.partial(), Settings),
};

export const backups = {
  list: method(z.object({}), z.object({ items: z.array(Backup) })),
  create: method(z.object({}), Backup),
  /** Restores a backup by its file name; the current database is backed up first. */
  restore: method(z.object({ file: z.string().min(1).max(300) }), z.object({ restored: z.string(), safetyBackup: Backup })),
};

export const demo = {
  /** Fills the Rolodex with realistic demo data (English, Hindi and Tamil names), deterministic per seed. */
  seed: method(
    z.object({
      contacts: z.number().int().min(1).max(1_000_000),
      seed: z.number().int().default(1),
      /** Average interactions logged per contact (0 to twice this many each). */
      interactionsPerContact: z.number().int().min(0).max(100).default(3),
      deals: z.number().int().min(0).max(500_000).optional(),
      /** Sales lines (products, purchases, payments) to add; default 3 per contact up to 3,000. */
      purchaseLines: z.number().int().min(0).max(5_000_000).optional(),
      /** False: contacts and companies only, no interactions, reminders, deals, cases or sales (benches that compare with earlier runs). */
      withActivity: z.boolean().default(true),
    }),
    z.object({ contacts: z.number().int(), companies: z.number().int(), deals: z.number().int().optional(), purchaseLines: z.number().int().default(0) }),
  ),
};

export type OkResult = z.infer<typeof Ok>;
