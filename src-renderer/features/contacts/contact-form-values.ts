import type { ContactDetail, ContactFieldsInput } from '../../../src-shared/contract/contacts';

export interface MethodRow {
  /** Stable React key, also for rows not saved yet. */
  key: string;
  id?: string;
  label: string;
  value: string;
}

export interface CompanyChoice {
  id: string;
  name: string;
}

/** Fields this form does not edit: carried through unchanged, so saving never drops them. */
export type PreservedFields = Omit<ContactFieldsInput, 'givenName' | 'familyName' | 'displayName' | 'companyId' | 'jobTitle' | 'emails' | 'phones' | 'notes'>;

export interface ContactFormValues {
  preserved: PreservedFields;
  givenName: string;
  familyName: string;
  displayName: string;
  company: CompanyChoice | null;
  jobTitle: string;
  emails: MethodRow[];
  phones: MethodRow[];
  notes: string;
}

export const EMAIL_LABELS = ['work', 'personal', 'other'];
export const PHONE_LABELS = ['mobile', 'whatsapp', 'work', 'home', 'other'];

let nextKey = 0;
export function newRow(label: string): MethodRow {
  return { key: `new-${nextKey++}`, label, value: '' };
}

export function toFormValues(contact?: ContactDetail): ContactFormValues {
  if (!contact) {
    return { preserved: {}, givenName: '', familyName: '', displayName: '', company: null, jobTitle: '', emails: [], phones: [], notes: '' };
  }
  return {
    preserved: preservedOf(contact),
    givenName: contact.givenName,
    familyName: contact.familyName,
    // A derived name stays derived: showing it here would freeze it on the next save.
    displayName: contact.isDisplayNameSet ? contact.displayName : '',
    company: contact.companyId ? { id: contact.companyId, name: contact.companyName ?? '' } : null,
    jobTitle: contact.jobTitle,
    emails: contact.emails.map((email) => ({ key: email.id, ...email })),
    phones: contact.phones.map(({ e164: _e164, ...phone }) => ({ key: phone.id, ...phone })),
    notes: contact.notes,
  };
}

function preservedOf(contact: ContactDetail): PreservedFields {
  return {
    kind: contact.kind,
    prefix: contact.prefix,
    additionalNames: contact.additionalNames,
    suffix: contact.suffix,
    nickname: contact.nickname,
    phoneticName: contact.phoneticName,
    department: contact.department,
    birthday: contact.birthday,
    addresses: contact.addresses,
    websites: contact.websites,
    tags: contact.tags,
    lifecycleStage: contact.lifecycleStage,
    source: contact.source,
    owner: contact.owner,
    preferredLanguage: contact.preferredLanguage,
    letterSalutation: contact.letterSalutation,
    labelSalutation: contact.labelSalutation,
    isDoNotContact: contact.isDoNotContact,
    isDoNotMail: contact.isDoNotMail,
  };
}

export interface Submission {
  fields: ContactFieldsInput;
  /** Maps a contract path (`emails.0.value`) back to the form row it came from. */
  formPath(path: string): string;
}

/** Rows left empty are dropped rather than rejected; error paths still point at the right row. */
export function toSubmission(values: ContactFormValues): Submission {
  const kept = (rows: MethodRow[]) => rows.map((row, index) => ({ row, index })).filter(({ row }) => row.value.trim() !== '');
  const emails = kept(values.emails);
  const phones = kept(values.phones);
  const strip = ({ id, label, value }: MethodRow) => ({ ...(id ? { id } : {}), label, value });
  return {
    fields: {
      ...values.preserved,
      givenName: values.givenName,
      familyName: values.familyName,
      displayName: values.displayName,
      companyId: values.company?.id ?? null,
      jobTitle: values.jobTitle,
      emails: emails.map(({ row }) => strip(row)),
      phones: phones.map(({ row }) => strip(row)),
      notes: values.notes,
    },
    formPath(path) {
      const match = /^(emails|phones)\.(\d+)(\..*)?$/.exec(path);
      if (match) {
        const rows = match[1] === 'emails' ? emails : phones;
        const original = rows[Number(match[2])]?.index ?? Number(match[2]);
        return `${match[1]}.${original}${match[3] ?? '.value'}`;
      }
      return path === 'companyId' ? 'company' : path;
    },
  };
}
