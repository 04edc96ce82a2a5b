import type { ContactDetail, ContactFieldsInput, LIFECYCLE_STAGES } from '../../../src-shared/contract/contacts';
import { NO_BIRTHDAY, toBirthdayParts, type BirthdayParts } from './birthday-parts';
import { toLanguageChoice, type LanguageChoice } from './preferred-language';

export interface MethodRow {
  /** Stable React key, also for rows not saved yet. */
  key: string;
  id?: string;
  label: string;
  value: string;
}

export interface AddressRow {
  key: string;
  id?: string;
  label: string;
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface CompanyChoice {
  id: string;
  name: string;
}

/** The form's plain text fields, empty. */
const EMPTY_TEXTS = {
  givenName: '',
  familyName: '',
  displayName: '',
  jobTitle: '',
  notes: '',
  prefix: '',
  additionalNames: '',
  suffix: '',
  nickname: '',
  phoneticName: '',
  department: '',
  source: '',
  owner: '',
  letterSalutation: '',
  labelSalutation: '',
} as const satisfies Partial<Record<keyof ContactFieldsInput, string>>;

export type TextFieldName = keyof typeof EMPTY_TEXTS;

export type ContactFormValues = Record<TextFieldName, string> & {
  /** Fields this form does not edit: carried through unchanged, so saving never drops them. */
  preserved: Pick<ContactFieldsInput, 'kind'>;
  company: CompanyChoice | null;
  emails: MethodRow[];
  phones: MethodRow[];
  websites: MethodRow[];
  addresses: AddressRow[];
  birthday: BirthdayParts;
  tags: string[];
  lifecycleStage: (typeof LIFECYCLE_STAGES)[number];
  preferredLanguage: LanguageChoice;
  isDoNotContact: boolean;
  isDoNotMail: boolean;
};

export const EMAIL_LABELS = ['work', 'personal', 'other'];
export const PHONE_LABELS = ['mobile', 'whatsapp', 'work', 'home', 'other'];
export const WEBSITE_LABELS = ['work', 'personal', 'other'];
export const ADDRESS_LABELS = ['home', 'work', 'other'];

let nextKey = 0;
export function newRow(label: string): MethodRow {
  return { key: `new-${nextKey++}`, label, value: '' };
}

export function newAddressRow(label: string): AddressRow {
  return { key: `new-${nextKey++}`, label, street: '', locality: '', region: '', postalCode: '', country: '' };
}


export function toFormValues(contact?: ContactDetail): ContactFormValues {
  if (!contact) {
    return {
      ...EMPTY_TEXTS,
      preserved: {},
      company: null,
      emails: [],
      phones: [],
      websites: [],
      addresses: [],
      birthday: NO_BIRTHDAY,
      tags: [],
      lifecycleStage: '',
      preferredLanguage: toLanguageChoice(''),
      isDoNotContact: false,
      isDoNotMail: false,
    };
  }
  const texts = Object.fromEntries(Object.keys(EMPTY_TEXTS).map((key) => [key, contact[key as TextFieldName]])) as Record<TextFieldName, string>;
  return {
    ...texts,
    preserved: { kind: contact.kind },
    // A derived name stays derived: showing it here would freeze it on the next save.
    displayName: contact.isDisplayNameSet ? contact.displayName : '',
    company: contact.companyId ? { id: contact.companyId, name: contact.companyName ?? '' } : null,
    emails: contact.emails.map((email) => ({ key: email.id, ...email })),
    phones: contact.phones.map(({ e164: _e164, ...phone }) => ({ key: phone.id, ...phone })),
    websites: contact.websites.map((website) => ({ key: website.id, ...website })),
    addresses: contact.addresses.map((address) => ({ key: address.id, ...address })),
    birthday: toBirthdayParts(contact.birthday),
    tags: contact.tags,
    lifecycleStage: contact.lifecycleStage,
    preferredLanguage: toLanguageChoice(contact.preferredLanguage),
    isDoNotContact: contact.isDoNotContact,
    isDoNotMail: contact.isDoNotMail,
  };
}
