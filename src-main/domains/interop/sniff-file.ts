// First look at an imported file: its byte-order mark, whether it is text at all, and whether it is
// a vCard, a calendar or (by elimination) a CSV table.
import { bytesToOctets } from './octets';

export type UnicodeCharset = 'utf-8' | 'utf-16le' | 'utf-16be';

export function detectBom(bytes: Uint8Array): { charset: UnicodeCharset; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM still shows itself: ASCII text has a zero in every other byte. */
export function detectUtf16WithoutBom(bytes: Uint8Array): UnicodeCharset | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook (.xlsx); save the sheet as CSV first' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Office document (.xls or .doc); save the sheet as CSV first' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

/** Why these bytes cannot be a contacts file, or null when they look like text. */
export function notTextReason(bytes: Uint8Array, unicode: UnicodeCharset | null): string | null {
  for (const { magic, what } of SIGNATURES) {
    if (magic.every((byte, i) => bytes[i] === byte)) return `it looks like ${what}`;
  }
  if (unicode === 'utf-16le' || unicode === 'utf-16be') return null;
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'it contains binary data';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) controls++;
  }
  return controls > sample.length * 0.01 ? 'it contains binary data' : null;
}

export type SniffedFormat = 'vcard' | 'calendar' | 'table';

/** Looks at the first lines only; `start` is the file's beginning already decoded (or as octets). */
export function sniffFormat(start: string): SniffedFormat {
  const head = start.replace(/^[\s\uFEFF]+/, '');
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'calendar';
  // A stray line before the first card (a title, a blank line with spaces) is still a vCard file.
  return /^BEGIN:VCARD\s*$/im.test(head) ? 'vcard' : 'table';
}

/** The beginning of the file as text, good enough for sniffing the format. */
export function fileStart(bytes: Uint8Array, unicode: UnicodeCharset | null): string {
  const head = bytes.subarray(0, 4096);
  if (unicode === 'utf-16le' || unicode === 'utf-16be') return new TextDecoder(unicode).decode(head);
  return bytesToOctets(head);
}
