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
  /**
   * As typed, or exactly as written in an imported file (some exports hold text such as "Tel privat"
   * where a number belongs); the E.164 form is derived when it is a valid number.
   */
  value: z.string().trim().min(1, 'Enter a phone number').max(60),
});
export const ContactWebsite = z.object({ id: Id.optional(), label: ShortText.default(''), value: z.string().trim().min(1).max(2000) });
export const ContactAddress = z.object({
  id: Id.optional(),
  label: ShortText.default('home'),
  street: z.string().trim().max(1000).default(''),
  locality: ShortText.default(''),
  region: ShortText.default(''),
  postalCode: z.string().trim().max(40).default(''),
  /** Country name or ISO code, as entered. */
  country: ShortText.default(''),
});
export const LIFECYCLE_STAGES = ['', 'lead', 'prospect', 'customer', 'inactive'] as const;
/** 'YYYY-MM-DD', or '--MM-DD' when the year is not known. */
export const BirthdayText = z.string().regex(/^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD, or --MM-DD without a year');

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
    kind: z.enum(['person', 'organization']).default('person'),
    prefix: ShortText.default(''),
    additionalNames: ShortText.default(''),
    suffix: ShortText.default(''),
    nickname: ShortText.default(''),
    phoneticName: ShortText.default(''),
    department: ShortText.default(''),
    birthday: BirthdayText.nullable().default(null),
    addresses: z.array(ContactAddress).max(50).default([]),
    websites: z.array(ContactWebsite).max(50).default([]),
    /** Tag names; a tag is created on first use. */
    tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).default(''),
    source: ShortText.default(''),
    owner: ShortText.default(''),
    preferredLanguage: z.string().trim().max(35).default(''),
    letterSalutation: ShortText.default(''),
    labelSalutation: ShortText.default(''),
    isDoNotContact: z.boolean().default(false),
    isDoNotMail: z.boolean().default(false),
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
  phones: z.array(ContactPhone.extend({ id: Id, e164: z.string().nullable() })),
  notes: z.string(),
  kind: z.enum(['person', 'organization']),
  prefix: z.string(),
  additionalNames: z.string(),
  suffix: z.string(),
  nickname: z.string(),
  phoneticName: z.string(),
  department: z.string(),
  birthday: z.string().nullable(),
  addresses: z.array(ContactAddress.extend({ id: Id })),
  websites: z.array(ContactWebsite.extend({ id: Id })),
  tags: z.array(z.string()),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  source: z.string(),
  owner: z.string(),
  preferredLanguage: z.string(),
  letterSalutation: z.string(),
  labelSalutation: z.string(),
  isDoNotContact: z.boolean(),
  isDoNotMail: z.boolean(),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});

/** Opaque keyset cursor: the sort key and id of the last row of the previous page. */
export const ContactCursor = z.object({ sortKey: z.string(), id: Id });

export const ContactPage = z.object({
  items: z.array(ContactSummary),
  nextCursor: ContactCursor.nullable(),
});

export const DuplicateReason = z.enum(['email', 'phone', 'name-company', 'name']);

/** A contact that may be the same person as another, and why. */
export const DuplicateMatch = z.object({ contact: ContactSummary, score: z.number().int(), reasons: z.array(DuplicateReason) });

export const DuplicatePair = z.object({ a: ContactSummary, b: ContactSummary, score: z.number().int(), reasons: z.array(DuplicateReason) });

/** What is known of a contact being typed, to warn about duplicates before it is saved. */
export const DuplicateProbe = z.object({
  givenName: z.string().max(200).default(''),
  familyName: z.string().max(200).default(''),
  displayName: z.string().max(200).default(''),
  companyId: Id.nullable().default(null),
  emails: z.array(z.string().max(320)).max(50).default([]),
  phones: z.array(z.string().max(60)).max(50).default([]),
  /** The contact being edited, never its own duplicate. */
  excludeId: Id.nullable().default(null),
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
  /** Contacts that may be the same person as the one being typed (same email, phone, or name and company). */
  findDuplicates: method(DuplicateProbe, z.object({ items: z.array(DuplicateMatch) })),
  /** The "Review duplicates" queue: likely pairs, surest first. */
  duplicateCandidates: method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }), z.object({ items: z.array(DuplicatePair) })),
  /** "Not the same person": the pair stops being suggested. */
  dismissDuplicate: method(z.object({ ids: z.tuple([Id, Id]) }), z.object({ ok: z.literal(true) })),
  /**
   * Merges contacts into a survivor: every email, phone, address, website, tag and note is kept;
   * `fields` (chosen field by field) replaces the survivor's fields when given. Undo with undoMerge.
   */
  merge: method(
    z.object({ survivorId: Id, mergedIds: z.array(Id).min(1).max(20), fields: ContactFields.optional() }),
    z.object({ mergeId: Id, contact: ContactDetail }),
  ),
  undoMerge: method(z.object({ mergeId: Id }), ContactDetail),
};

export type ContactSummary = z.infer<typeof ContactSummary>;
export type ContactDetail = z.infer<typeof ContactDetail>;
export type ContactFieldsInput = z.input<typeof ContactFields>;
export type ContactFields = z.output<typeof ContactFields>;
export type ContactCursor = z.infer<typeof ContactCursor>;
