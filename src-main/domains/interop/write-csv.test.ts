import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyContactRecord, type ContactRecord } from './contact-record';
import { parseContactsFile } from './parse-contacts-file';
import { writeCsv } from './write-csv';

const contact = (fields: Partial<ContactRecord>): ContactRecord => ({ ...emptyContactRecord(0), ...fields });
/** The CSV as a spreadsheet sees it: header → cell. */
function cells(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

describe('writeCsv', () => {
  it("uses Google's columns, so Google (and we) read it as a Google export", () => {
    const csv = writeCsv([
      contact({
        displayName: 'Priya Sharma',
        givenName: 'Priya',
        familyName: 'Sharma',
        emails: [{ value: 'priya@example.in', label: 'work' }],
        phones: [{ value: '+91 94440 12345', e164: '+919444012345', label: 'mobile' }],
        tags: ['Customers'],
        birthday: '--08-15',
        customFields: { GSTIN: '07ABCDE1234F1Z5' },
      }),
    ]);
    expect(csv.startsWith('\uFEFFFirst Name,Middle Name,Last Name,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(cells(csv)[0]).toMatchObject({
      'First Name': 'Priya',
      'Last Name': 'Sharma',
      'File As': '',
      Birthday: '--08-15',
      Labels: '* myContacts ::: Customers',
      'E-mail 1 - Label': 'Work',
      'E-mail 1 - Value': 'priya@example.in',
      'Phone 1 - Label': 'Mobile',
      'Phone 1 - Value': '+91 94440 12345',
      'Custom Field 1 - Label': 'GSTIN',
      'Custom Field 1 - Value': '07ABCDE1234F1Z5',
    });
    expect(parseContactsFile(new TextEncoder().encode(csv)).preset).toBe('google');
  });

  it('neutralises formula cells with an apostrophe, except plain phone numbers in phone columns', () => {
    const risky = contact({
      displayName: '=HYPERLINK("http://evil.example","click")',
      givenName: '+Ravi',
      familyName: '@home',
      nickname: '-5',
      notes: "'=already quoted",
      phones: [
        { value: '+91 94440 12345', e164: null, label: '' },
        { value: '+1 (415) 555-0100', e164: null, label: '' },
        { value: '+cmd|\' /C calc\'!A0', e164: null, label: '' },
        { value: '=1+2', e164: null, label: '' },
      ],
    });
    const row = cells(writeCsv([risky]))[0]!;
    expect(row).toMatchObject({
      'File As': '\'=HYPERLINK("http://evil.example","click")',
      'First Name': "'+Ravi",
      'Last Name': "'@home",
      Nickname: "'-5",
      Notes: "''=already quoted",
      'Phone 1 - Value': '+91 94440 12345',
      'Phone 2 - Value': '+1 (415) 555-0100',
      'Phone 3 - Value': "'+cmd|' /C calc'!A0",
      'Phone 4 - Value': "'=1+2",
    });
    // …and our importer takes the apostrophes off again.
    const [back] = parseContactsFile(new TextEncoder().encode(writeCsv([risky]))).records;
    expect(back).toMatchObject({ displayName: risky.displayName, givenName: '+Ravi', familyName: '@home', nickname: '-5', notes: "'=already quoted" });
    expect(back!.phones.map((p) => p.value)).toEqual(risky.phones.map((p) => p.value));
  });

  it('repeats numbered groups as often as the fullest record needs', () => {
    const csv = writeCsv([
      contact({ displayName: 'A', emails: [1, 2, 3].map((n) => ({ value: `a${n}@example.in`, label: '' })) }),
      contact({ displayName: 'B' }),
    ]);
    const header = csv.split('\r\n')[0]!;
    expect(header).toContain('E-mail 3 - Value');
    expect(header).not.toContain('E-mail 4');
    expect(header).toContain('Phone 1 - Value');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const csv = writeCsv([contact({ displayName: 'A', notes: 'one, "two"\nthree' })]);
    expect(csv).toContain('"one, ""two""\nthree"');
  });
});
