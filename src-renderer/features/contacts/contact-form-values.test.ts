import { describe, expect, it } from 'vitest';
import { toFormValues, type ContactFormValues } from './contact-form-values';
import { toSubmission } from './contact-submission';

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

  it('drops blank address and website rows and maps their errors back', () => {
    const submission = toSubmission({
      ...base,
      addresses: [
        { key: 'a', label: 'home', street: ' ', locality: '', region: '', postalCode: '', country: '' },
        { key: 'b', label: 'work', street: '', locality: 'Chennai', region: '', postalCode: '600001', country: '' },
      ],
      websites: [
        { key: 'c', label: 'work', value: '' },
        { key: 'd', label: 'work', value: 'example.in' },
      ],
      tags: ['VIP', ' VIP ', ''],
    });
    expect(submission.fields.addresses).toEqual([{ label: 'work', street: '', locality: 'Chennai', region: '', postalCode: '600001', country: '' }]);
    expect(submission.fields.websites).toEqual([{ label: 'work', value: 'example.in' }]);
    expect(submission.fields.tags).toEqual(['VIP']);
    expect(submission.formPath('addresses.0.postalCode')).toBe('addresses.1.postalCode');
    expect(submission.formPath('websites.0.value')).toBe('websites.1.value');
    expect(submission.formPath('tags.0')).toBe('tags');
  });

  it('reports a birthday that does not exist instead of sending it', () => {
    const submission = toSubmission({ ...base, givenName: 'Ravi', birthday: { day: '31', month: '2', year: '' } });
    expect(submission.problems).toEqual({ birthday: 'contactForm.birthday.invalid' });
    expect(toSubmission({ ...base, birthday: { day: '15', month: '8', year: '' } }).fields.birthday).toBe('--08-15');
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

  it('saves every field back unchanged when nothing was edited', () => {
    const detail = { ...contact('प्रिया शर्मा', false), kind: 'organization' as const, websites: [{ id: '0190a8e0-0000-7000-8000-000000000003', label: '', value: 'https://example.in' }] };
    const { fields, problems } = toSubmission(toFormValues(detail));
    expect(problems).toEqual({});
    expect(fields).toMatchObject({
      kind: 'organization',
      nickname: 'Pri',
      birthday: '--08-15',
      tags: ['VIP'],
      isDoNotMail: true,
      isDoNotContact: false,
      lifecycleStage: 'customer',
      preferredLanguage: 'hi',
      addresses: detail.addresses,
      websites: detail.websites,
    });
  });

  it('keeps a preferred language the form does not name', () => {
    const { fields } = toSubmission(toFormValues({ ...contact('प्रिया शर्मा', false), preferredLanguage: 'mr' }));
    expect(fields.preferredLanguage).toBe('mr');
  });

  it('leaves a derived display name empty so it stays derived', () => {
    expect(toFormValues(contact('प्रिया शर्मा', false)).displayName).toBe('');
  });

  it('shows a typed display name, even one equal to the derived name', () => {
    expect(toFormValues(contact('प्रिया शर्मा', true)).displayName).toBe('प्रिया शर्मा');
    expect(toFormValues(contact('Dr. Priya', true)).displayName).toBe('Dr. Priya');
  });
});
