import { z } from 'zod';
import { ContactSummary } from './contacts';
import { EpochMs, Id, LongText, ShortText } from './common';
import { method } from './method';

export const CompanyFields = z.object({
  name: ShortText.min(1, 'A company needs a name'),
  website: z.string().trim().max(300).default(''),
  industry: ShortText.default(''),
  phone: z.string().trim().max(40).default(''),
  city: ShortText.default(''),
  notes: LongText.default(''),
});

export const CompanySummary = z.object({
  id: Id,
  name: z.string(),
  industry: z.string(),
  city: z.string(),
  peopleCount: z.number().int(),
  archivedAtMs: EpochMs.nullable(),
});

export const CompanyDetail = CompanySummary.extend({
  website: z.string(),
  phone: z.string(),
  notes: z.string(),
  people: z.array(ContactSummary),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});

export const companies = {
  list: method(
    z.object({ text: z.string().max(200).default(''), limit: z.number().int().min(1).max(1000).default(500) }),
    z.object({ items: z.array(CompanySummary) }),
  ),
  get: method(z.object({ id: Id }), CompanyDetail),
  create: method(CompanyFields, CompanyDetail),
  update: method(z.object({ id: Id, fields: CompanyFields }), CompanyDetail),
  archive: method(z.object({ id: Id }), CompanyDetail),
  unarchive: method(z.object({ id: Id }), CompanyDetail),
};

export type CompanySummary = z.infer<typeof CompanySummary>;
export type CompanyDetail = z.infer<typeof CompanyDetail>;
export type CompanyFieldsInput = z.input<typeof CompanyFields>;
export type CompanyFields = z.output<typeof CompanyFields>;
