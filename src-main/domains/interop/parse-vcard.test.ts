// Our own small vCards, one per quirk real exporters produce (tests/fixtures/interop/sampark/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContactsFile } from './parse-contacts-file';

const SAMPARK = join(import.meta.dirname, '../../../tests/fixtures/interop/sampark');
const parseFixture = (name: string, defaultCountry = 'IN') => parseContactsFile(readFileSync(join(SAMPARK, name)), { defaultCountry });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('vCard quirks', () => {
  it('joins quoted-printable soft breaks, even inside a UTF-8 sequence and without a leading space', () => {
    const { records, errors, warnings } = parseFixture('qp-soft-breaks.vcf');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      familyName: 'शर्मा',
      givenName: 'प्रिया',
      displayName: 'प्रिया शर्मा',
      notes: 'Line one\nदूसरी linecontinues here',
      phones: [{ value: '+91 94440 12345', e164: '+919444012345', label: 'mobile' }],
    });
  });

  it('unfolds a line folded in the middle of a multi-byte character', () => {
    const { records, encoding } = parseFixture('fold-inside-multibyte.vcf');
    expect(encoding).toBe('UTF-8');
    expect(records[0]).toMatchObject({
      displayName: 'கார்த்திக் ராஜா',
      addresses: [{ label: 'home', street: '12 பெரிய தெரு', locality: 'சென்னை', region: 'தமிழ்நாடு', postalCode: '600001', country: 'இந்தியா' }],
      phones: [{ value: '044 2345 6789', e164: '+914423456789', label: 'mobile' }],
    });
  });

  it('reads Apple item groups, built-in labels, company cards and year-less birthdays', () => {
    const { records } = parseFixture('apple-item-groups.vcf');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      kind: 'person',
      displayName: 'Meena Iyer',
      phones: [
        { value: '+91 98400 11111', label: 'mobile' },
        { value: '+91 44 2811 2222', label: 'Shop counter' },
      ],
      emails: [{ value: 'meena@example.in', label: 'other' }],
      websites: ['https://example.in/meena'],
      addresses: [{ label: 'home', street: '4 Temple Road', locality: 'Madurai', postalCode: '625001' }],
      birthday: '--08-15',
      tags: ['Customers', 'Madurai'],
      customFields: { Anniversary: '2010-02-14' },
    });
    expect(records[1]).toMatchObject({ kind: 'organization', displayName: 'Sundaram Textiles', organization: 'Sundaram Textiles', department: 'Wholesale' });
  });

  it('reads 4.0 --MMDD, 3.0 --MM-DD and KIND:org, and strips tel: URIs', () => {
    const { records } = parseFixture('yearless-birthdays.vcf');
    expect(records.map((r) => [r.kind, r.displayName, r.birthday])).toEqual([
      ['organization', 'Anand Traders', null],
      ['person', 'Ravi Kumar', '--03-15'],
      ['person', 'Lakshmi Rao', '--12-01'],
    ]);
    expect(records[0]!.phones).toEqual([{ value: '+91-22-2345-6789', e164: '+912223456789', label: 'work' }]);
  });

  it('reads 2.1 bare types (TEL;CELL), a bare newline inside FN and a declared Windows-1252 value', () => {
    const { records, encoding } = parseFixture('tel-cell-bare-types.vcf', 'ES');
    expect(encoding).toBe('Windows-1252 (declared CHARSET)');
    expect(records[0]).toMatchObject({
      familyName: 'Fernández',
      givenName: 'José',
      displayName: 'José Fernández',
      emails: [{ value: 'jose@example.es', label: '' }],
      phones: [
        { value: '+34 612 345 678', e164: '+34612345678', label: 'mobile' },
        { value: '612 000 111', e164: '+34612000111', label: 'mobile' },
        { value: '+34 91 123 45 67', label: 'home fax' },
        { value: '91 765 43 21', label: 'work' },
      ],
    });
  });

  it('reads Hindi and Tamil cards with escaped commas and newlines', () => {
    const { records } = parseFixture('hindi-tamil.vcf');
    expect(records[0]).toMatchObject({
      prefix: 'श्रीमती',
      displayName: 'श्रीमती प्रिया शर्मा',
      organization: 'शर्मा एंड संस',
      department: 'बिक्री',
      title: 'प्रबंधक',
      phones: [{ value: '094440 12345', e164: '+919444012345', label: 'mobile' }],
      addresses: [{ street: '१२ गांधी मार्ग, दूसरी मंज़िल', locality: 'नई दिल्ली', postalCode: '110001', country: 'भारत' }],
      notes: 'पहली पंक्ति\nदूसरी पंक्ति',
    });
    expect(records[1]).toMatchObject({ displayName: 'கார்த்திக் ராஜா', emails: [{ value: 'karthik@example.in', label: 'work' }], tags: ['நண்பர்கள்'] });
  });

  it('reports a truncated last card at its BEGIN line and keeps the cards before it', () => {
    const { records, errors } = parseFixture('truncated.vcf');
    expect(records.map((r) => r.displayName)).toEqual(['First Card']);
    expect(errors).toEqual([{ line: 5, message: expect.stringContaining('without END:VCARD') }]);
  });

  it('reports a card cut off by the next BEGIN and still imports the next one', () => {
    const text = 'BEGIN:VCARD\nFN:Cut\nBEGIN:VCARD\nFN:Whole\nEND:VCARD\n';
    const { records, errors } = parseContactsFile(utf8(text));
    expect(records.map((r) => [r.displayName, r.sourceLine])).toEqual([['Whole', 3]]);
    expect(errors).toEqual([{ line: 1, message: expect.stringContaining('no END:VCARD before the next card') }]);
  });

  it('keeps a declared-UTF-8 value with a stray byte, saying what was replaced', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 =80\r\nEND:VCARD\r\n';
    const { records, warnings, encoding } = parseContactsFile(utf8(text));
    expect(records[0]!.displayName).toBe('Café \uFFFD');
    expect(warnings).toEqual([expect.stringContaining('Line 3 (FN): not valid UTF-8')]);
    expect(encoding).toContain('UTF-8 (declared CHARSET, some bytes invalid)');
  });

  it('skips a card with nothing to recognise, with a warning, but counts a card with only an email', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nCATEGORIES:x\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nEMAIL:a@example.com\nEND:VCARD\n';
    const { records, warnings } = parseContactsFile(utf8(text));
    expect(records.map((r) => r.displayName)).toEqual(['a@example.com']);
    expect(warnings).toEqual(['Line 1: card has no name, email, phone or address; skipped.']);
  });

  it('names the first few lines read as a legacy charset, then counts the rest', () => {
    const cards = ['Jos', 'Ren', 'Zo', 'Andr', 'Mir'].map((name) => [...utf8(`BEGIN:VCARD\nVERSION:2.1\nFN:${name}`), 0xe9, ...utf8('\nEND:VCARD\n')]);
    const { records, warnings, encoding } = parseContactsFile(new Uint8Array(cards.flat()));
    expect(records.map((r) => r.displayName)).toEqual(['José', 'René', 'Zoé', 'André', 'Miré']);
    expect(encoding).toBe('Windows-1252 (not valid UTF-8, no CHARSET)');
    expect(warnings).toEqual([
      'Line 3 (FN): not valid UTF-8 and no CHARSET declared; read as Windows-1252.',
      'Line 7 (FN): not valid UTF-8 and no CHARSET declared; read as Windows-1252.',
      'Line 11 (FN): not valid UTF-8 and no CHARSET declared; read as Windows-1252.',
      '2 more values were not valid UTF-8 and were read as Windows-1252.',
    ]);
  });

  it('reads UTF-16 vCards (Outlook "Unicode" export)', () => {
    const body = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:அருண்\r\nEND:VCARD\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(body, (c) => c.charCodeAt(0)).buffer)]);
    const { records, encoding } = parseContactsFile(bytes);
    expect(records[0]!.displayName).toBe('அருண்');
    expect(encoding).toBe('UTF-16LE (BOM)');
  });

  it('drops invalid birthdays and sentinels, keeping the rest of the card', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:A\nBDAY:2001-02-29\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\nBDAY:0000-00-00\nEND:VCARD\n';
    const { records, warnings } = parseContactsFile(utf8(text));
    expect(records.map((r) => [r.displayName, r.birthday])).toEqual([['A', null], ['B', null]]);
    expect(warnings).toEqual(["Line 4: birthday '2001-02-29' is not a valid date; not imported."]);
  });
});
