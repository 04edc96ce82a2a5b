// Real files from other projects (tests/fixtures/interop/SOURCES.md) against what a careful importer
// makes of them (expected.json; its `conventions` block defines the comparison used here).
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from './contact-record';
import { parseContactsFile } from './parse-contacts-file';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/interop');

interface ExpectedContact {
  match: Record<string, string>;
  expect: Record<string, unknown>;
}
interface ExpectedFile {
  count?: number;
  contacts?: ExpectedContact[];
  kind?: 'ics';
  vevents?: number;
  uids?: number;
  recurrenceOverrides?: number;
  summary?: string;
  allDay?: boolean;
}
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { files: Record<string, ExpectedFile> };

const norm = (value: string): string => value.trim().normalize('NFC');
const FIELD: Record<string, (r: ContactRecord) => string> = {
  family: (r) => r.familyName,
  given: (r) => r.givenName,
  additional: (r) => r.additionalNames,
  prefix: (r) => r.prefix,
  suffix: (r) => r.suffix,
  displayName: (r) => r.displayName,
  nickname: (r) => r.nickname,
  org: (r) => r.organization,
  orgUnit: (r) => r.department,
  title: (r) => r.title,
  notes: (r) => r.notes,
};

function matches(record: ContactRecord, match: Record<string, string>): boolean {
  return Object.entries(match).every(([key, value]) =>
    key === 'email' ? record.emails.some((e) => norm(e.value) === norm(value)) : norm(FIELD[key]!(record)) === norm(value),
  );
}

function checkContact(record: ContactRecord, want: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(want)) {
    if (key in FIELD) expect(norm(FIELD[key]!(record)), key).toBe(value === null ? '' : norm(value as string));
    else if (key === 'emails') expect(record.emails.map((e) => norm(e.value))).toEqual(expect.arrayContaining((value as string[]).map(norm)));
    else if (key === 'emailCount') expect(record.emails).toHaveLength(value as number);
    else if (key === 'phones') expect(record.phones.map((p) => norm(p.value))).toEqual(expect.arrayContaining((value as string[]).map(norm)));
    else if (key === 'phoneCount') expect(record.phones).toHaveLength(value as number);
    else if (key === 'birthday') expect(record.birthday).toBe(value);
    else if (key === 'isCompany') expect(record.kind === 'organization').toBe(value);
    else if (key === 'photoUrl') expect(record.photo).toEqual({ url: value });
    else if (key === 'tags') expect(record.tags).toEqual(expect.arrayContaining(value as string[]));
    else if (key === 'addresses') {
      for (const want of value as Record<string, string>[]) {
        const found = record.addresses.some((a) =>
          Object.entries(want).every(([k, v]) => norm(k === 'city' ? a.locality : a[k as 'street' | 'postalCode' | 'country']) === norm(v)),
        );
        expect(found, `address ${JSON.stringify(want)} in ${JSON.stringify(record.addresses)}`).toBe(true);
      }
    } else throw new Error(`expected.json key '${key}' is not handled by this test`);
  }
}

// The `encoding` notes in expected.json, as what ParseResult.encoding must say.
const ENCODING: Record<string, RegExp> = {
  'aosp_v21_japanese_sjis_qp.vcf': /^Shift_JIS \(declared CHARSET\)$/,
  'folkerkinzel_outlook_ansi.vcf': /^Windows-1252 \(not valid UTF-8, no CHARSET\)$/,
  'folkerkinzel_ukrainian_utf8bom.vcf': /^UTF-8 \(BOM\)$/,
  'thunderbird_utf16le_bom.csv': /^UTF-16LE \(BOM\)$/,
  'thunderbird_shiftjis.csv': /^Shift_JIS \(detected, not valid UTF-8\)$/,
  'thunderbird_export.csv': /^UTF-8$/,
  'gsc_outlook_style.csv': /^UTF-8$/,
};

const contactFiles = Object.entries(expected.files).filter(([, file]) => file.kind !== 'ics');

describe('real-world fixture files', () => {
  it.each(contactFiles)('%s', (name, file) => {
    const result = parseContactsFile(readFileSync(join(FIXTURES, name)));
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(file.count!);
    expect(result.format).toBe(name.endsWith('.csv') ? 'csv' : 'vcard');
    if (ENCODING[name] !== undefined) expect(result.encoding).toMatch(ENCODING[name]);
    for (const contact of file.contacts ?? []) {
      const found = result.records.filter((r) => matches(r, contact.match));
      expect(found, `exactly one record matching ${JSON.stringify(contact.match)}`).toHaveLength(1);
      checkContact(found[0]!, contact.expect);
    }
  });

  it('says a file that is not UTF-8 was read as something else, line by line', () => {
    const result = parseContactsFile(readFileSync(join(FIXTURES, 'folkerkinzel_outlook_ansi.vcf')));
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 5 \(ADR\): not valid UTF-8 .* read as Windows-1252\.$/)]);
  });

  it('knows the CSV exporters by their header', () => {
    const preset = (name: string): string | undefined => parseContactsFile(readFileSync(join(FIXTURES, name))).preset;
    expect(['thunderbird_export.csv', 'thunderbird_utf16le_bom.csv', 'thunderbird_shiftjis.csv'].map(preset)).toEqual(['thunderbird', 'thunderbird', 'thunderbird']);
    expect(preset('gsc_outlook_style.csv')).toBe('outlook');
  });
});

describe('the calendar fixture', () => {
  const bytes = readFileSync(join(FIXTURES, 'icaljs_google_birthday.ics'));
  const want = expected.files['icaljs_google_birthday.ics']!;

  it('is refused as a contacts file with a reason', () => {
    const result = parseContactsFile(bytes);
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining('calendar file (.ics)') }]);
  });

  it('reads in ical.js as the sanity check expected.json describes', () => {
    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(want.vevents!);
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(want.uids);
    expect(events.filter((e) => e.hasProperty('recurrence-id'))).toHaveLength(want.recurrenceOverrides!);
    const event = events.find((e) => e.getFirstPropertyValue('summary') === want.summary);
    expect((event?.getFirstPropertyValue('dtstart') as ICAL.Time | undefined)?.isDate).toBe(want.allDay);
  });
});
