import { z } from 'zod';
import { EpochMs, Id, LongText, ShortText } from './common';
import { method } from './method';

export const ContactEmail = z.object({
  id: Id.optional(),
  label: ShortText.default('work'),
  value: z.string().trim().max(320).regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address like name@example.com'),
});
export const ContactPhone = z.object({
  id: Id.optional(),
  label: ShortText.default('mobile'),
  value: z.string().trim().min(3, 'Enter a phone number').max(40).regex(/^[+0-9 ()./-]+$/, 'Use digits, spaces and + ( ) - only'),
});

export const ContactFields = z
  .object({
    givenName: ShortText.default(''),
    familyName: ShortText.default(''),
    /** Shown name; derived from given + family names when left empty. */
    displayName: ShortText.default(''),
    companyId: Id.nullable().default(null),
    jobTitle: ShortText.default(''),
    emails: z.array(ContactEmail).max(50).default([]),
    phones: z.array(ContactPhone).max(50).default([]),
    notes: LongText.default(''),
  })
  .refine((c) => c.givenName || c.familyName || c.displayName, {
    message: 'A contact needs a name',
    path: ['givenName'],
  });

export const ContactSummary = z.object({
  id: Id,
  displayName: z.string(),
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  jobTitle: z.string(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  archivedAtMs: EpochMs.nullable(),
});

export const ContactDetail = ContactSummary.extend({
  givenName: z.string(),
  familyName: z.string(),
  /** False while the display name follows the given and family names. */
  isDisplayNameSet: z.boolean(),
  emails: z.array(ContactEmail.extend({ id: Id })),
  phones: z.array(ContactPhone.extend({ id: Id })),
  notes: z.string(),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});

/** Opaque keyset cursor: the sort key and id of the last row of the previous page. */
export const ContactCursor = z.object({ sortKey: z.string(), id: Id });

export const ContactPage = z.object({
  items: z.array(ContactSummary),
  nextCursor: ContactCursor.nullable(),
});

export const contacts = {
  list: method(
    z.object({ after: ContactCursor.nullable().default(null), limit: z.number().int().min(1).max(500).default(100) }),
    ContactPage,
  ),
  count: method(z.object({}), z.object({ active: z.number().int(), archived: z.number().int() })),
  search: method(
    z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(500).default(50) }),
    z.object({ items: z.array(ContactSummary) }),
  ),
  get: method(z.object({ id: Id }), ContactDetail),
  create: method(ContactFields, ContactDetail),
  update: method(z.object({ id: Id, fields: ContactFields }), ContactDetail),
  archive: method(z.object({ id: Id }), ContactDetail),
  unarchive: method(z.object({ id: Id }), ContactDetail),
};

export type ContactSummary = z.infer<typeof ContactSummary>;
export type ContactDetail = z.infer<typeof ContactDetail>;
export type ContactFieldsInput = z.input<typeof ContactFields>;
export type ContactFields = z.output<typeof ContactFields>;
export type ContactCursor = z.infer<typeof ContactCursor>;
