import { describe, expect, it } from 'vitest';
import { mergeTemplate, unknownFields } from './merge-fields';
import { salutation } from './salutation';

const base = { letterSalutation: '', preferredLanguage: '', givenName: 'Asha', familyName: 'Sharma', displayName: 'Asha Sharma', prefix: '', kind: 'person' as const };

describe('form letters', () => {
  it('greets in the contact’s language unless they have their own salutation', () => {
    expect(salutation(base)).toBe('Dear Asha');
    expect(salutation({ ...base, prefix: 'Dr.' })).toBe('Dear Dr. Sharma');
    expect(salutation({ ...base, givenName: 'आशा', preferredLanguage: 'hi' })).toBe('प्रिय आशा जी');
    expect(salutation({ ...base, givenName: 'கார்த்திக்', preferredLanguage: 'ta-IN' })).toBe('அன்புள்ள கார்த்திக்');
    expect(salutation({ ...base, letterSalutation: 'Respected Sharma ji' })).toBe('Respected Sharma ji');
  });

  it('fills fields and reports unknown ones', () => {
    const contact = { ...base, companyName: 'Rao Traders', primaryEmail: 'a@x.in' } as never;
    const text = mergeTemplate('{{salutation}},\n{{address}}\n{{ companyName }} {{email}} {{custom.Region}}', {
      contact,
      name: 'Asha Sharma',
      addressLines: ['12 MG Road', 'Chennai 600001'],
      customFields: { Region: 'South' },
      nowMs: 0,
    });
    expect(text).toBe('Dear Asha,\nAsha Sharma\n12 MG Road\nChennai 600001\nRao Traders a@x.in South');
    expect(unknownFields('{{name}} {{nmae}} {{custom.X}} {{date}}')).toEqual(['nmae']);
  });
});
