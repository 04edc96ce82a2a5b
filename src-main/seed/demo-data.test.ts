import { describe, expect, it } from 'vitest';
import { CompanyFields } from '../../src-shared/contract/companies';
import { ContactFields } from '../../src-shared/contract/contacts';
import { generateDemoData } from './demo-data';

const DEVANAGARI = /[\u0900-\u097f]/;
const TAMIL = /[\u0b80-\u0bff]/;
const scriptOf = (text: string) => (DEVANAGARI.test(text) ? 'devanagari' : TAMIL.test(text) ? 'tamil' : 'latin');

describe('generateDemoData', () => {
  const sample = generateDemoData({ contacts: 2000, seed: 7 });

  it('produces contacts and companies the contract accepts', () => {
    expect(sample.contacts).toHaveLength(2000);
    expect(sample.companies).toHaveLength(100);
    for (const company of sample.companies) expect(() => CompanyFields.parse(company)).not.toThrow();
    for (const contact of sample.contacts) {
      expect(() => ContactFields.parse(contact)).not.toThrow();
      if (contact.companyIndex !== null) {
        expect(contact.companyIndex).toBeGreaterThanOrEqual(0);
        expect(contact.companyIndex).toBeLessThan(sample.companies.length);
      }
    }
  });

  it('gives the same data for the same seed and different data for another', () => {
    expect(generateDemoData({ contacts: 2000, seed: 7 })).toEqual(sample);
    expect(generateDemoData({ contacts: 2000, seed: 8 })).not.toEqual(sample);
  });

  it('mixes about half Latin, a quarter Devanagari and a quarter Tamil names', () => {
    const counts = { latin: 0, devanagari: 0, tamil: 0 };
    for (const contact of sample.contacts) counts[scriptOf(contact.givenName ?? '')]++;
    expect(counts.latin / 2000).toBeCloseTo(0.5, 1);
    expect(counts.devanagari / 2000).toBeCloseTo(0.25, 1);
    expect(counts.tamil / 2000).toBeCloseTo(0.25, 1);
    const companyScripts = new Set(sample.companies.map((c) => scriptOf(c.name)));
    expect(companyScripts).toEqual(new Set(['latin', 'devanagari', 'tamil']));
  });

  it('links most contacts to a company and keeps email addresses ASCII', () => {
    const linked = sample.contacts.filter((c) => c.companyIndex !== null).length / 2000;
    expect(linked).toBeGreaterThan(0.6);
    expect(linked).toBeLessThan(0.8);
    const emails = sample.contacts.flatMap((c) => c.emails ?? []).map((e) => e.value);
    expect(emails.length).toBeGreaterThan(1000);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+$/);
  });

  it('scales companies with contacts within 1 to 5,000', () => {
    expect(generateDemoData({ contacts: 3, seed: 1 }).companies).toHaveLength(1);
    expect(generateDemoData({ contacts: 120_000, seed: 1 }).companies).toHaveLength(5000);
  });
});
