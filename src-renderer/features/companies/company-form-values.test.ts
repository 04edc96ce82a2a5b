import { describe, expect, it } from 'vitest';
import type { CompanyDetail } from '../../../src-shared/contract/companies';
import { toCompanyFormValues, toCompanySubmission } from './company-form-values';

const detail: CompanyDetail = {
  id: '0190f0f0-0000-7000-8000-000000000001',
  name: 'Old Style',
  industry: '',
  city: 'Mumbai',
  peopleCount: 0,
  archivedAtMs: null,
  website: '',
  domain: '',
  phone: '022 1234 5678',
  emails: [],
  phones: [],
  addresses: [],
  tags: [],
  notes: '',
  people: [],
  createdAtMs: 0,
  updatedAtMs: 0,
};

describe('company form values', () => {
  it('shows an older company’s single phone and city as rows', () => {
    const values = toCompanyFormValues(detail);
    expect(values.phones.map((p) => p.value)).toEqual(['022 1234 5678']);
    expect(values.addresses.map((a) => a.locality)).toEqual(['Mumbai']);
  });

  it('drops empty rows and maps error paths back to the row the user typed in', () => {
    const values = toCompanyFormValues(detail);
    values.phones = [{ key: 'a', label: 'work', value: '' }, { key: 'b', label: 'mobile', value: 'x' }];
    const submission = toCompanySubmission(values);
    expect(submission.fields.phones).toEqual([{ label: 'mobile', value: 'x' }]);
    expect(submission.formPath('phones.0.value')).toBe('phones.1.value');
    expect(submission.formPath('name')).toBe('name');
  });
});
