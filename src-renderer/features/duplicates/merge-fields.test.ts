import { describe, expect, it } from 'vitest';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { fieldOptions, toMergeFields } from './merge-fields';

function contact(id: string, overrides: Partial<ContactDetail>): ContactDetail {
  return {
    id, displayName: '', companyId: null, companyName: null, jobTitle: '', primaryEmail: null, primaryPhone: null, archivedAtMs: null,
    givenName: '', familyName: '', isDisplayNameSet: false, emails: [], phones: [], notes: '', kind: 'person', prefix: '',
    additionalNames: '', suffix: '', nickname: '', phoneticName: '', department: '', birthday: null, addresses: [], websites: [],
    tags: [], lifecycleStage: '', source: '', owner: '', preferredLanguage: '', letterSalutation: '', labelSalutation: '',
    isDoNotContact: false, isDoNotMail: false, createdAtMs: 0, updatedAtMs: 0, ...overrides,
  };
}

const priya = contact('a', { givenName: 'Priya', jobTitle: 'Designer', notes: 'Met in Surat', phones: [{ id: 'p1', label: 'mobile', value: '+91 98765 43210', e164: '+919876543210' }] });
const priyaToo = contact('b', { givenName: 'Priya', jobTitle: 'Head of Design', notes: 'Prefers WhatsApp', birthday: '--08-15', isDoNotMail: true });

describe('merge fields', () => {
  it('offers only fields with more than one distinct value, the survivor first', () => {
    expect(fieldOptions([priya, priyaToo], 'b', 'jobTitle').map((c) => c.id)).toEqual(['b', 'a']);
    expect(fieldOptions([priya, priyaToo], 'a', 'givenName')).toHaveLength(1);
    expect(fieldOptions([priya, priyaToo], 'a', 'birthday')).toHaveLength(1);
  });

  it('keeps the survivor\u2019s values unless another is chosen, and joins every note', () => {
    const fields = toMergeFields([priya, priyaToo], 'a', { jobTitle: 'b' });
    expect(fields).toMatchObject({ givenName: 'Priya', jobTitle: 'Head of Design', birthday: '--08-15', notes: 'Met in Surat\n\nPrefers WhatsApp', isDoNotMail: true });
    expect(fields.phones).toEqual([{ id: 'p1', label: 'mobile', value: '+91 98765 43210' }]);
    expect(toMergeFields([priya, priyaToo], 'a', {}).jobTitle).toBe('Designer');
  });
});
