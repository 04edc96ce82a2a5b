import type { z } from 'zod';
import type { DuplicatePair, DuplicateReason as ReasonSchema } from '../../../src-shared/contract/contacts';

export type DuplicateReason = z.infer<typeof ReasonSchema>;
export type DuplicatePair = z.infer<typeof DuplicatePair>;
