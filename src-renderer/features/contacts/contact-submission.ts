import type { ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { fromBirthdayParts } from './birthday-parts';
import type { AddressRow, ContactFormValues, MethodRow } from './contact-form-values';
import { fromLanguageChoice } from './preferred-language';

export interface Submission {
  fields: ContactFieldsInput;
  /** Form fields wrong before asking the core: form path → catalogue key of the message. */
  problems: Record<string, string>;
  /** Maps a contract path (`emails.0.value`) back to the form field it came from. */
  formPath(path: string): string;
}

type RowList = 'emails' | 'phones' | 'websites' | 'addresses';

const isBlankAddress = (row: AddressRow) => [row.street, row.locality, row.region, row.postalCode, row.country].every((text) => !text.trim());

/** Rows left empty are dropped rather than rejected; error paths still point at the right row. */
export function toSubmission(values: ContactFormValues): Submission {
  const kept = <T>(rows: T[], isBlank: (row: T) => boolean) => rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  const isBlankMethod = (row: MethodRow) => !row.value.trim();
  const rows = {
    emails: kept(values.emails, isBlankMethod),
    phones: kept(values.phones, isBlankMethod),
    websites: kept(values.websites, isBlankMethod),
    addresses: kept(values.addresses, isBlankAddress),
  };
  const strip = ({ id, label, value }: MethodRow) => ({ ...(id ? { id } : {}), label, value });
  const birthday = fromBirthdayParts(values.birthday);
  const { preserved, company, birthday: _parts, preferredLanguage, tags, ...same } = values;
  return {
    fields: {
      ...preserved,
      ...same,
      companyId: company?.id ?? null,
      emails: rows.emails.map(({ row }) => strip(row)),
      phones: rows.phones.map(({ row }) => strip(row)),
      websites: rows.websites.map(({ row }) => strip(row)),
      addresses: rows.addresses.map(({ row: { key: _key, ...address } }) => address),
      birthday: birthday === 'invalid' ? null : birthday,
      tags: [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))],
      preferredLanguage: fromLanguageChoice(preferredLanguage),
    },
    problems: birthday === 'invalid' ? { birthday: 'contactForm.birthday.invalid' } : {},
    formPath(path) {
      const match = /^(emails|phones|websites|addresses)\.(\d+)(\..*)?$/.exec(path);
      if (match) {
        const list = match[1] as RowList;
        const original = rows[list][Number(match[2])]?.index ?? Number(match[2]);
        return `${list}.${original}${match[3] ?? (list === 'addresses' ? '.street' : '.value')}`;
      }
      if (path.startsWith('tags')) return 'tags';
      if (path.startsWith('birthday')) return 'birthday';
      return path === 'companyId' ? 'company' : path;
    },
  };
}
