// Files people pick by mistake or that arrive damaged: one clear message, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContactsFile } from './parse-contacts-file';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('bad input', () => {
  it('refuses a binary file renamed .csv with one clear error', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(parseContactsFile(png)).toMatchObject({
      records: [],
      errors: [{ line: 1, message: 'Not a contacts file: it looks like a PNG image. Sampark imports vCard (.vcf) and CSV files.' }],
    });
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(parseContactsFile(noise, { format: 'csv' }).errors).toEqual([{ line: 1, message: expect.stringContaining('it contains binary data') }]);
  });

  it('tells an Excel workbook from a CSV', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]);
    expect(parseContactsFile(xlsx).errors[0]!.message).toContain('Excel workbook (.xlsx); save the sheet as CSV first');
  });

  it('reports an empty file', () => {
    expect(parseContactsFile(new Uint8Array()).errors).toEqual([{ line: 1, message: 'The file is empty.' }]);
  });

  it('refuses a CSV with a million columns quickly, without building the row', () => {
    const header = 'First Name,' + 'x,'.repeat(1_000_000);
    const started = performance.now();
    const result = parseContactsFile(utf8(`Name,Email\nA,a@example.in\n${header}\n`));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([{ line: 3, message: 'Line 3 has more than 2,000 columns; this is not a contacts table Sampark can read.' }]);
  });

  it('accepts 2,000 columns', () => {
    const header = ['First Name', ...Array.from({ length: 1999 }, (_, i) => `c${i}`)].join(',');
    const result = parseContactsFile(utf8(`${header}\nAsha${','.repeat(1999)}\n`));
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.givenName)).toEqual(['Asha']);
  });

  it('drops a 50 MB embedded photo with a warning and keeps the contact', () => {
    const base64 = 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4);
    const folded = base64.match(/.{1,76}/g)!.join('\r\n ');
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:${folded}\r\nEMAIL:big@example.in\r\nEND:VCARD\r\n`;
    const result = parseContactsFile(utf8(card));
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ displayName: 'Big Photo', photo: null, emails: [{ value: 'big@example.in' }] });
    expect(result.warnings).toEqual(['Line 4: photo of about 50.0 MB is over the 5 MB limit; dropped.']);
  }, 60_000);

  it('keeps a photo just under the limit', () => {
    const bytes = 5 * 1024 * 1024 - 2; // a multiple of 3: base64 without padding
    const card = `BEGIN:VCARD\nVERSION:3.0\nFN:P\nPHOTO;ENCODING=b:${'/9j/'.padEnd((bytes / 3) * 4, 'A')}\nEND:VCARD\n`;
    const photo = parseContactsFile(utf8(card)).records[0]!.photo;
    expect(photo !== null && 'bytes' in photo ? [photo.bytes.length, photo.mediaType] : null).toEqual([bytes, 'image/jpeg']);
  });

  it('reads invalid UTF-8 in a CSV as a legacy charset and says so', () => {
    const bytes = new Uint8Array([...utf8('First Name,Last Name\nJos'), 0xe9, ...utf8(',Garc'), 0xed, ...utf8('a\n')]);
    const result = parseContactsFile(bytes);
    expect(result.encoding).toBe('Windows-1252 (detected, not valid UTF-8)');
    expect(result.records[0]).toMatchObject({ givenName: 'José', familyName: 'García' });
    expect(result.warnings).toEqual([expect.stringContaining('it was read as Windows-1252')]);
  });

  it('reports text that is no contacts table', () => {
    const result = parseContactsFile(utf8('Dear Sir,\nplease find attached\n'));
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining('choose what each column holds') }]);
  });

  it('reports a vCard file without any card', () => {
    expect(parseContactsFile(utf8('hello\n'), { format: 'vcard' }).errors).toEqual([{ line: 1, message: 'Not a contacts file: no BEGIN:VCARD found.' }]);
  });

  it('never throws, whatever the bytes', () => {
    const vcardish = fc
      .array(fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'N;ENCODING=QUOTED-PRINTABLE:=C3=', '=A4=', ' folded', 'TEL;CELL:1', 'PHOTO;ENCODING=b:@@', 'BDAY:--1399', 'ADR:;;a\\', 'x', '', '"'), { maxLength: 30 })
      .map((lines) => utf8(lines.join('\r\n')));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 500 }), vcardish, fc.string({ unit: 'binary', maxLength: 200 }).map(utf8));
    fc.assert(
      fc.property(bytes, fc.constantFrom('auto' as const, 'csv' as const, 'vcard' as const), (input, format) => {
        const result = parseContactsFile(input, { format, defaultCountry: 'IN' });
        expect(Array.isArray(result.records) && Array.isArray(result.errors) && Array.isArray(result.warnings)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
