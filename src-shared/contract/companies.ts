import { z } from 'zod';
import { ContactAddress, ContactEmail, ContactPhone, ContactSummary } from './contacts';
import { EpochMs, Id, LongText, ShortText } from './common';
import { method } from './method';

// A company's emails, phones and addresses have the same shape (label, value, primary first) as a contact's.
export const CompanyEmail = ContactEmail;
export const CompanyPhone = ContactPhone;
export const CompanyAddress = ContactAddress;

export const CompanyFields = z.object({
  name: ShortText.min(1, 'A company needs a name'),
  website: z.string().trim().max(300).default(''),
  /** Internet domain (example.com); derived from the website when left empty. */
  domain: z.string().trim().max(253).default(''),
  industry: ShortText.default(''),
  emails: z.array(CompanyEmail).max(50).default([]),
  phones: z.array(CompanyPhone).max(50).default([]),
  addresses: z.array(CompanyAddress).max(50).default([]),
  /** Tag names, shared with contacts' tags; a tag is created on first use. */
  tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  notes: LongText.default(''),
  /** Older callers: one phone and one city, used only when `phones` / `addresses` are empty. */
  phone: z.string().trim().max(40).default(''),
  city: ShortText.default(''),
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
  domain: z.string(),
  /** The primary phone's text. */
  phone: z.string(),
  emails: z.array(CompanyEmail.extend({ id: Id })),
  phones: z.array(CompanyPhone.extend({ id: Id, e164: z.string().nullable() })),
  addresses: z.array(CompanyAddress.extend({ id: Id })),
  tags: z.array(z.string()),
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
