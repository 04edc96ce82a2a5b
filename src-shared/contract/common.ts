import { z } from 'zod';

/** UUIDv7 text ids: sync-safe and time-ordered. */
export const Id = z.uuid();
/** Every timestamp is epoch milliseconds (UTC). */
export const EpochMs = z.number().int();

const trimmed = (max: number) => z.string().trim().max(max);
export const ShortText = trimmed(200);
export const LongText = trimmed(20_000);
export const Ok = z.object({ ok: z.literal(true) });
