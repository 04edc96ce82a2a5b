// Our own CSVs, one per exporter and quirk (tests/fixtures/interop/sampark/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContactsFile } from './parse-contacts-file';

const SAMPARK = join(import.meta.dirname, '../../../tests/fixtures/interop/sampark');
const fixture = (name: string): Uint8Array => readFileSync(join(SAMPARK, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('CSV presets', () => {
  it("reads Google's current export: ' ::: ' multi-values, labels, * myContacts dropped", () => {
    const { records, preset, errors, encoding } = parseContactsFile(fixture('google-contacts.csv'), { defaultCountry: 'IN' });
    expect([preset, encoding, errors]).toEqual(['google', 'UTF-8', []]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      sourceLine: 2,
      displayName: 'Priya Sharma',
      nickname: 'Pri',
      organization: 'Sharma & Sons',
      title: 'Manager',
      department: 'Sales',
      birthday: '--08-15',
      notes: 'Met at the Diwali mela.\nPrefers WhatsApp.',
      tags: ['Customers', 'Delhi'],
      emails: [
        { value: 'priya@example.in', label: 'work' },
        { value: 'priya.sharma@example.com', label: 'work' },
        { value: 'priya.home@example.in', label: 'home' },
      ],
      phones: [
        { value: '+91 94440 12345', e164: '+919444012345', label: 'mobile' },
        { value: '094440 54321', e164: '+919444054321', label: 'mobile' },
        { value: '011 2345 6789', e164: '+911123456789', label: 'work fax' },
      ],
      addresses: [{ label: 'work', street: '12 Gandhi Marg', locality: 'New Delhi', region: 'Delhi', postalCode: '110001', country: 'India' }],
      websites: ['https://example.in'],
      customFields: { GSTIN: '07ABCDE1234F1Z5' },
    });
    // The first row's note spans lines 2-3, so the next row starts on line 4.
    expect(records[1]).toMatchObject({ sourceLine: 4, displayName: 'कार्तिक राजा', givenName: 'कार्तिक', familyName: 'राजा', birthday: '1990-02-28', tags: [] });
  });

  it("reads Google's older export (Name, Given Name, Group Membership, '* Home' types)", () => {
    const { records, preset } = parseContactsFile(fixture('google-old.csv'));
    expect(preset).toBe('google-old');
    expect(records[0]).toMatchObject({
      displayName: 'Ravi Kumar',
      givenName: 'Ravi',
      familyName: 'Kumar',
      birthday: '1985-11-02',
      organization: 'Kumar Electricals',
      title: 'Owner',
      tags: ['starred', 'Family'],
      emails: [{ value: 'ravi@example.in', label: 'home' }],
      phones: [
        { value: '+91 98450 22222', label: 'mobile' },
        { value: '080 4123 4567', label: 'work' },
      ],
      addresses: [{ label: 'home', street: '5 MG Road', locality: 'Bengaluru', postalCode: '560001', country: 'India' }],
      customFields: { Hobby: 'Cricket' },
    });
  });

  it('reads an Outlook export with ; delimiter in Windows-1252 and says which charset it assumed', () => {
    const { records, preset, encoding, warnings } = parseContactsFile(fixture('outlook-semicolon-1252.csv'), { defaultCountry: 'DE' });
    expect([preset, encoding]).toEqual(['outlook', 'Windows-1252 (detected, not valid UTF-8)']);
    expect(warnings).toEqual([expect.stringContaining('read as Windows-1252')]);
    expect(records[0]).toMatchObject({
      prefix: 'Herr',
      givenName: 'Jürgen',
      familyName: 'Müller',
      organization: 'Müller & Söhne GmbH',
      department: 'Einkauf',
      title: 'Leiter',
      birthday: '1980-03-22',
      notes: 'Preis: 5 €; Zahlung binnen 30 Tagen',
      tags: ['Lieferant', 'Köln'],
      emails: [{ value: 'juergen@example.de', label: '' }],
      phones: [
        { value: '0221 123456', e164: '+49221123456', label: 'work' },
        { value: '+49 171 2345678', e164: '+491712345678', label: 'mobile' },
      ],
      addresses: [{ label: 'work', street: 'Königstraße 5\nHinterhaus', locality: 'Köln', postalCode: '50667', country: 'Deutschland' }],
      websites: ['www.example.de'],
      customFields: {},
    });
    expect(records[1]).toMatchObject({ displayName: 'Zoë Lefèvre', birthday: null, addresses: [{ label: 'home', street: '1 Rue de l’Église', locality: 'Paris' }] });
  });

  it('reads a Thunderbird export with Japanese headers in Shift_JIS', () => {
    const { records, preset, encoding } = parseContactsFile(fixture('thunderbird-japanese-headers.csv'), { defaultCountry: 'JP' });
    expect([preset, encoding]).toEqual(['thunderbird', 'Shift_JIS (detected, not valid UTF-8)']);
    expect(records[0]).toMatchObject({
      givenName: '花子',
      familyName: '山田',
      displayName: '山田 花子',
      organization: '山田商店',
      title: '店長',
      birthday: '1985-04-01',
      notes: '毎月訪問',
      emails: [{ value: 'hanako@example.jp', label: '' }],
      phones: [{ value: '090-1234-5678', e164: '+819012345678', label: 'mobile' }],
      addresses: [{ label: 'work', locality: '渋谷区', region: '東京都', postalCode: '150-0002' }],
      customFields: { '追加情報 1': 'お得意様' },
    });
  });

  it('guesses the columns of a hand-kept Hindi/Tamil sheet; unknown columns become custom fields', () => {
    const { records, preset } = parseContactsFile(fixture('hindi-tamil.csv'), { defaultCountry: 'IN' });
    expect(preset).toBe('generic');
    expect(records[0]).toMatchObject({
      displayName: 'प्रिया शर्मा',
      phones: [{ value: '094440 12345', e164: '+919444012345', label: 'mobile' }],
      emails: [{ value: 'priya@example.in' }],
      organization: 'शर्मा एंड संस',
      addresses: [{ locality: 'नई दिल्ली', postalCode: '110001' }],
      birthday: '1990-08-15',
      notes: 'पसंदीदा ग्राहक, हर महीने',
      customFields: { 'Customer Since': '2019' },
    });
    expect(records[1]).toMatchObject({ displayName: 'கார்த்திக் ராஜா', addresses: [{ locality: 'சென்னை', postalCode: '600001' }] });
  });

  it('lets a saved mapping override the guess', () => {
    const text = 'Naam,Phone A,Shehar,Extra\nAsha,98765 43210,Pune,x\n';
    const { records, warnings } = parseContactsFile(utf8(text), {
      defaultCountry: 'IN',
      csvMapping: { Naam: 'givenName', 'Phone A': 'phones:work', Shehar: 'addresses.locality:home', Extra: 'no-such-field' },
    });
    expect(records[0]).toMatchObject({
      givenName: 'Asha',
      displayName: 'Asha',
      phones: [{ value: '98765 43210', e164: '+919876543210', label: 'work' }],
      addresses: [{ label: 'home', locality: 'Pune' }],
      customFields: { Extra: 'x' },
    });
    expect(warnings).toEqual(["Column 'Extra': unknown mapping 'no-such-field'; kept as a custom field."]);
  });

  it('asks for a mapping when no column is recognisable', () => {
    const { records, errors } = parseContactsFile(utf8('foo,bar\n1,2\n'));
    expect(records).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: expect.stringContaining('choose what each column holds') }]);
  });

  it('reads a Thunderbird birthday split over three columns, and a row naming only a company as one', () => {
    const text = 'First Name,Last Name,Organization,Birth Year,Birth Month,Birth Day,Primary Email\n,,Acme,,,,info@acme.example\nA,B,,1990,2,3,\n';
    const { records, preset } = parseContactsFile(utf8(text));
    expect(preset).toBe('thunderbird');
    expect(records.map((r) => [r.kind, r.displayName, r.birthday])).toEqual([
      ['organization', 'Acme', null],
      ['person', 'A B', '1990-02-03'],
    ]);
  });

  it("follows Excel's sep= hint line and keeps line numbers right", () => {
    const { records } = parseContactsFile(utf8('sep=;\r\nFirst Name;Company\r\nAsha;Acme, Pune\r\n'));
    expect(records).toMatchObject([{ givenName: 'Asha', organization: 'Acme, Pune', sourceLine: 3 }]);
  });

  it('reports an unclosed quote at the row where it starts', () => {
    const { records, errors } = parseContactsFile(utf8('First Name,Notes\nA,ok\nB,"never closed\nC,x\n'));
    expect(records.map((r) => r.givenName)).toEqual(['A']);
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });
});
