import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { emptyContactRecord, type ContactRecord } from './contact-record';
import { decodeExact } from './decode-text';
import { foldLine } from './vcard-fold';
import { writeVCard } from './write-vcard';

const contact = (fields: Partial<ContactRecord>): ContactRecord => ({ ...emptyContactRecord(0), ...fields });
const lines = (text: string): string[] => text.split('\r\n').slice(0, -1);

describe('writeVCard', () => {
  const priya = contact({
    displayName: 'प्रिया शर्मा',
    givenName: 'प्रिया',
    familyName: 'शर्मा',
    organization: 'Sharma; Sons, Ltd.',
    notes: 'C:\\path, line one\nline two; done',
    phones: [
      { value: '+91 94440 12345', e164: '+919444012345', label: 'mobile' },
      { value: '011 2345 6789', e164: null, label: 'work fax' },
      { value: '2811 2222', e164: null, label: 'Shop counter' },
    ],
    emails: [{ value: 'priya@example.in', label: 'other' }],
    birthday: '--08-15',
    tags: ['Customers, Delhi', 'VIP'],
  });

  it('writes 3.0 with CRLF, TYPE labels, Apple labels for the rest and escaped text', () => {
    expect(lines(writeVCard([priya]))).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:प्रिया शर्मा',
      'N:शर्मा;प्रिया;;;',
      'ORG:Sharma\\; Sons\\, Ltd.',
      'item1.EMAIL;TYPE=INTERNET:priya@example.in',
      'item1.X-ABLabel:_$!<Other>!$_',
      'TEL;TYPE=CELL:+91 94440 12345',
      'TEL;TYPE=WORK,FAX:011 2345 6789',
      'item2.TEL:2811 2222',
      'item2.X-ABLabel:Shop counter',
      'BDAY;X-APPLE-OMIT-YEAR=1604:1604-08-15',
      'NOTE:C:\\\\path\\, line one\\nline two; done',
      'CATEGORIES:Customers\\, Delhi,VIP',
      'END:VCARD',
    ]);
  });

  it('writes 4.0 year-less birthdays as --MMDD and organizations as KIND:org', () => {
    const text = writeVCard([contact({ kind: 'organization', displayName: 'Anand Traders', organization: 'Anand Traders', birthday: '--03-15' })], '4.0');
    expect(lines(text)).toEqual(['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', 'FN:Anand Traders', 'N:;;;;', 'ORG:Anand Traders', 'BDAY:--0315', 'END:VCARD']);
    expect(writeVCard([contact({ kind: 'organization', displayName: 'X' })], '3.0')).toContain('\r\nX-ABShowAs:COMPANY\r\n');
  });

  it('folds at 75 octets without splitting a UTF-8 sequence', () => {
    const long = contact({ displayName: 'க'.repeat(30) + 'प्रि'.repeat(30) + '😀'.repeat(10) + 'a'.repeat(100) });
    const text = writeVCard([long]);
    for (const line of lines(text)) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decodeExact(bytes, 'utf-8'), 'each physical line is whole UTF-8').not.toBeNull();
    }
    expect(text.replaceAll('\r\n ', '')).toContain(`FN:${long.displayName}\r\n`);
  });

  it('folds exactly at the limit', () => {
    const line = 'N'.repeat(75 + 74 + 1);
    expect(foldLine(line).split('\r\n').map((l) => l.length)).toEqual([75, 75, 2]);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('embeds photos as base64 (3.0) or data URIs (4.0), and links as URIs', () => {
    const photo = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), mediaType: 'image/jpeg' };
    expect(writeVCard([contact({ displayName: 'P', photo })], '3.0')).toContain('PHOTO;ENCODING=b;TYPE=JPEG:/9j/4A==');
    expect(writeVCard([contact({ displayName: 'P', photo })], '4.0')).toContain('PHOTO:data:image/jpeg;base64,/9j/4A==');
    expect(writeVCard([contact({ displayName: 'P', photo: { url: 'https://example.in/p.jpg' } })], '3.0')).toContain('PHOTO;VALUE=uri:https://example.in/p.jpg');
  });

  it('is read by ical.js with the same values', () => {
    const card = new ICAL.Component(ICAL.parse(writeVCard([priya])));
    expect(card.getFirstPropertyValue('org')).toBe('Sharma; Sons, Ltd.');
    expect(card.getFirstPropertyValue('note')).toBe(priya.notes);
    expect(card.getAllProperties('tel').map((p) => p.getFirstValue())).toEqual(priya.phones.map((p) => p.value));
    expect(card.getFirstProperty('categories')?.getValues()).toEqual(priya.tags);
  });

  it('writes nothing for no records', () => {
    expect(writeVCard([])).toBe('');
  });
});
