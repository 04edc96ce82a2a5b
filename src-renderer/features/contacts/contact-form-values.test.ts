import { describe, expect, it } from 'vitest';
import { toFormValues, toSubmission, type ContactFormValues } from './contact-form-values';

const base: ContactFormValues = toFormValues();

describe('toSubmission', () => {
  it('drops empty email and phone rows', () => {
    const { fields } = toSubmission({
      ...base,
      givenName: 'Priya',
      emails: [
        { key: 'a', label: 'work', value: '' },
        { key: 'b', label: 'work', value: 'priya@example.in' },
      ],
      phones: [{ key: 'c', label: 'mobile', value: '  ' }],
    });
    expect(fields.emails).toEqual([{ label: 'work', value: 'priya@example.in' }]);
    expect(fields.phones).toEqual([]);
  });

  it('points an error on a kept row back at the row the user sees', () => {
    const submission = toSubmission({
      ...base,
      emails: [
        { key: 'a', label: 'work', value: '' },
        { key: 'b', label: 'work', value: 'oops' },
      ],
    });
    expect(submission.formPath('emails.0.value')).toBe('emails.1.value');
    expect(submission.formPath('companyId')).toBe('company');
    expect(submission.formPath('givenName')).toBe('givenName');
  });
});

describe('toFormValues', () => {
  const contact = (displayName: string, isDisplayNameSet: boolean) => ({
      id: '0190a8e0-0000-7000-8000-000000000001',
      displayName,
      givenName: 'प्रिया',
      familyName: 'शर्मा',
      isDisplayNameSet,
      companyId: null,
      companyName: null,
      jobTitle: '',
      primaryEmail: null,
      primaryPhone: null,
      archivedAtMs: null,
      emails: [],
      phones: [],
      notes: '',
      kind: 'person' as const,
      prefix: '',
      additionalNames: '',
      suffix: '',
      nickname: 'Pri',
      phoneticName: '',
      department: '',
      birthday: '--08-15',
      addresses: [{ id: '0190a8e0-0000-7000-8000-000000000002', label: 'home', street: 'MG Road 12', locality: 'Jaipur', region: 'RJ', postalCode: '302001', country: 'IN' }],
      websites: [],
      tags: ['VIP'],
      lifecycleStage: 'customer' as const,
      source: '',
      owner: '',
      preferredLanguage: 'hi',
      letterSalutation: '',
      labelSalutation: '',
      isDoNotContact: false,
      isDoNotMail: true,
      createdAtMs: 0,
      updatedAtMs: 0,
  });

  it('carries the fields it does not edit through a save unchanged', () => {
    const { fields } = toSubmission(toFormValues(contact('प्रिया शर्मा', false)));
    expect(fields).toMatchObject({ nickname: 'Pri', birthday: '--08-15', tags: ['VIP'], isDoNotMail: true, lifecycleStage: 'customer' });
    expect(fields.addresses).toHaveLength(1);
  });

  it('leaves a derived display name empty so it stays derived', () => {
    expect(toFormValues(contact('प्रिया शर्मा', false)).displayName).toBe('');
  });

  it('shows a typed display name, even one equal to the derived name', () => {
    expect(toFormValues(contact('प्रिया शर्मा', true)).displayName).toBe('प्रिया शर्मा');
    expect(toFormValues(contact('Dr. Priya', true)).displayName).toBe('Dr. Priya');
  });
});
