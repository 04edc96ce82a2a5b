import type { CompanyDetail, CompanyFieldsInput } from '../../../src-shared/contract/companies';
import type { AddressRow, MethodRow } from '../contacts/contact-form-values';

export interface CompanyFormValues {
  name: string;
  website: string;
  industry: string;
  notes: string;
  emails: MethodRow[];
  phones: MethodRow[];
  addresses: AddressRow[];
  tags: string[];
}

export const COMPANY_PHONE_LABELS = ['work', 'mobile', 'whatsapp', 'other'];
export const COMPANY_EMAIL_LABELS = ['work', 'other'];
export const COMPANY_ADDRESS_LABELS = ['work', 'other'];

export function toCompanyFormValues(company?: CompanyDetail): CompanyFormValues {
  if (!company) return { name: '', website: '', industry: '', notes: '', emails: [], phones: [], addresses: [], tags: [] };
  const phones = company.phones.map(({ e164: _e164, ...phone }) => ({ key: phone.id, ...phone }));
  const addresses = company.addresses.map((address) => ({ key: address.id, ...address }));
  return {
    name: company.name,
    website: company.website,
    industry: company.industry,
    notes: company.notes,
    emails: company.emails.map((email) => ({ key: email.id, ...email })),
    // A company saved before phones and addresses were lists shows its one phone and city as rows.
    phones: phones.length || !company.phone ? phones : [{ key: 'legacy-phone', label: 'work', value: company.phone }],
    addresses:
      addresses.length || !company.city
        ? addresses
        : [{ key: 'legacy-city', label: 'work', street: '', locality: company.city, region: '', postalCode: '', country: '' }],
    tags: company.tags,
  };
}

type RowList = 'emails' | 'phones' | 'addresses';

const isBlankAddress = (row: AddressRow) => [row.street, row.locality, row.region, row.postalCode, row.country].every((text) => !text.trim());

/** The fields to send (rows left empty dropped) and how a contract error path maps back to the form's rows. */
export function toCompanySubmission(values: CompanyFormValues): { fields: CompanyFieldsInput; formPath(path: string): string } {
  const kept = <T>(rows: T[], isBlank: (row: T) => boolean) => rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  const rows = {
    emails: kept(values.emails, (r) => !r.value.trim()),
    phones: kept(values.phones, (r) => !r.value.trim()),
    addresses: kept(values.addresses, isBlankAddress),
  };
  const strip = ({ id, label, value }: MethodRow) => ({ ...(id ? { id } : {}), label, value });
  return {
    fields: {
      name: values.name,
      website: values.website,
      industry: values.industry,
      notes: values.notes,
      emails: rows.emails.map(({ row }) => strip(row)),
      phones: rows.phones.map(({ row }) => strip(row)),
      addresses: rows.addresses.map(({ row: { key: _key, ...address } }) => address),
      tags: [...new Set(values.tags.map((tag) => tag.trim()).filter(Boolean))],
    },
    formPath(path) {
      const match = /^(emails|phones|addresses)\.(\d+)(\..*)?$/.exec(path);
      if (!match) return path.startsWith('tags') ? 'tags' : path;
      const list = match[1] as RowList;
      const original = rows[list][Number(match[2])]?.index ?? Number(match[2]);
      return `${list}.${original}${match[3] ?? (list === 'addresses' ? '.street' : '.value')}`;
    },
  };
}
