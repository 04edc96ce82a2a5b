import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    givenName: text('given_name').notNull().default(''),
    familyName: text('family_name').notNull().default(''),
    displayName: text('display_name').notNull(),
    /** True when the user typed the display name; otherwise it follows given + family names. */
    isDisplayNameSet: integer('is_display_name_set', { mode: 'boolean' }).notNull().default(false),
    /** Normalized display name: list order, keyset paging and short prefix search. */
    sortKey: text('sort_key').notNull().default(''),
    /** Normalized family name: short prefix search on the surname. */
    familyKey: text('family_key').notNull().default(''),
    companyId: text('company_id'),
    jobTitle: text('job_title').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** 'person', or 'organization' for a card that stands for a company (vCard KIND:org). */
    kind: text('kind').notNull().default('person'),
    prefix: text('prefix').notNull().default(''),
    additionalNames: text('additional_names').notNull().default(''),
    suffix: text('suffix').notNull().default(''),
    nickname: text('nickname').notNull().default(''),
    /** How the name is said or written in Latin letters, for sorting and search (optional). */
    phoneticName: text('phonetic_name').notNull().default(''),
    department: text('department').notNull().default(''),
    /** 'YYYY-MM-DD', or '--MM-DD' when the year is unknown. */
    birthday: text('birthday'),
    /** lead, prospect, customer, inactive, or '' when not set. */
    lifecycleStage: text('lifecycle_stage').notNull().default(''),
    /** How we met: referral, walk-in, exhibition … */
    source: text('source').notNull().default(''),
    owner: text('owner').notNull().default(''),
    /** BCP 47 tag of the language letters to this contact are written in (e.g. 'hi'). */
    preferredLanguage: text('preferred_language').notNull().default(''),
    letterSalutation: text('letter_salutation').notNull().default(''),
    labelSalutation: text('label_salutation').notNull().default(''),
    isDoNotContact: integer('is_do_not_contact', { mode: 'boolean' }).notNull().default(false),
    isDoNotMail: integer('is_do_not_mail', { mode: 'boolean' }).notNull().default(false),
    /** Set on a contact merged into another: references made elsewhere still resolve to the survivor. */
    mergedInto: text('merged_into'),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    archivedAtMs: integer('archived_at_ms'),
  },
  (t) => [
    index('contacts_active_sort').on(t.sortKey, t.id).where(sql`archived_at_ms IS NULL`),
    index('contacts_active_family').on(t.familyKey, t.sortKey).where(sql`archived_at_ms IS NULL`),
    index('contacts_company').on(t.companyId),
    // Records of merged-away contacts (deals, cases) are found from the contact kept.
    index('contacts_merged_into').on(t.mergedInto).where(sql`merged_into IS NOT NULL`),
  ],
);

const childColumns = {
  id: text('id').primaryKey(),
  contactId: text('contact_id').notNull(),
  label: text('label').notNull().default(''),
  value: text('value').notNull(),
  isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  /** Tombstone: child rows are never hard-deleted, so sync and undo can see the removal. */
  deletedAtMs: integer('deleted_at_ms'),
};

// Live children of a contact, primary first: serves the list's primary email/phone and the search index.
export const contactEmails = sqliteTable('contact_emails', childColumns, (t) => [
  index('contact_emails_contact').on(t.contactId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
  index('contact_emails_value').on(sql`lower(${t.value})`),
]);

export const contactPhones = sqliteTable('contact_phones', { ...childColumns, e164: text('e164') }, (t) => [
  index('contact_phones_contact').on(t.contactId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
  // The duplicate check while typing looks a number up by its E.164 form.
  index('contact_phones_e164').on(t.e164).where(sql`deleted_at_ms IS NULL AND e164 IS NOT NULL`),
]);

/**
 * Local, rebuildable: maps a contact to the integer rowid of its row in the contacts_fts index
 * (a contentless FTS5 table created by a custom migration). Not synced.
 */
export const contactSearchRows = sqliteTable('contact_search_rows', {
  rowid: integer('rowid').primaryKey(),
  contactId: text('contact_id').notNull().unique(),
});

export const contactWebsites = sqliteTable('contact_websites', childColumns, (t) => [
  index('contact_websites_contact').on(t.contactId, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
]);

/** A postal address row's columns after its id and owner: contacts' and companies' addresses alike. */
export const addressColumns = {
  label: text('label').notNull().default(''),
  street: text('street').notNull().default(''),
  locality: text('locality').notNull().default(''),
  region: text('region').notNull().default(''),
  postalCode: text('postal_code').notNull().default(''),
  country: text('country').notNull().default(''),
  isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  deletedAtMs: integer('deleted_at_ms'),
};

export const contactAddresses = sqliteTable(
  'contact_addresses',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id').notNull(),
    ...addressColumns,
  },
  (t) => [index('contact_addresses_contact').on(t.contactId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`)],
);
