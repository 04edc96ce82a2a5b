// vCard 2.1 / 3.0 / 4.0 files → records. Bytes stay octets until each value is whole (see octets.ts),
// so legacy charsets, QUOTED-PRINTABLE and folds inside multi-byte characters all decode exactly.
// A card without END:VCARD is an error at its BEGIN line; every other card still imports.
import type { CountryCode } from 'libphonenumber-js/max';
import type { ContactRecord, ParseResult } from './contact-record';
import { decodeExact } from './decode-text';
import { detectLegacyEncoding } from './detect-legacy-encoding';
import { mapVCardCard } from './map-vcard-card';
import { bytesToOctets } from './octets';
import { parseContentLine, type ContentLine } from './vcard-content-line';
import { unfoldLines } from './vcard-unfold';
import { createValueDecoder } from './vcard-value-decoder';

export interface VCardInput {
  /** UTF-8 or a legacy charset; UTF-16 files are re-encoded as UTF-8 by the caller. */
  bytes: Uint8Array;
  /** How the file as a whole reads, e.g. 'UTF-8 (BOM)'. */
  base: string;
  wasUtf16: boolean;
  defaultCountry: CountryCode | undefined;
}

const isCardBoundary = (p: ContentLine, name: 'BEGIN' | 'END'): boolean => p.name === name && /^\s*VCARD\s*$/i.test(p.value);

export function parseVCard(input: VCardInput): ParseResult {
  const records: ContactRecord[] = [];
  const errors: ParseResult['errors'] = [];
  const warnings: string[] = [];
  const warn = (message: string): void => void warnings.push(message);
  const isValidUtf8 = decodeExact(input.bytes, 'utf-8') !== null;
  const fallback = isValidUtf8 ? 'windows-1252' : detectLegacyEncoding(input.bytes);
  const decoder = createValueDecoder({ base: input.base, isValidUtf8, fallback, trustDeclaredCharset: !input.wasUtf16, warn });
  const context = { decoder, defaultCountry: input.defaultCountry, warn };
  let card: { begin: number; properties: ContentLine[] } | null = null;
  let cardsSeen = 0;

  for (const { line, text } of unfoldLines(bytesToOctets(input.bytes))) {
    const property = parseContentLine(line, text);
    if (property === null) {
      if (card !== null) warn(`Line ${line}: not a vCard property; ignored.`);
      continue;
    }
    if (isCardBoundary(property, 'BEGIN')) {
      if (card !== null) {
        errors.push({ line: card.begin, message: `The card starting on line ${card.begin} has no END:VCARD before the next card; it was not imported.` });
      }
      card = { begin: line, properties: [] };
      cardsSeen++;
    } else if (isCardBoundary(property, 'END')) {
      if (card === null) warn(`Line ${line}: END:VCARD without BEGIN:VCARD; ignored.`);
      else {
        const record = mapVCardCard(card.properties, card.begin, context);
        if (record !== null) records.push(record);
      }
      card = null;
    } else if (card !== null) card.properties.push(property);
  }
  if (card !== null) {
    errors.push({ line: card.begin, message: `The card starting on line ${card.begin} ends without END:VCARD (the file may be cut off); it was not imported.` });
  }
  decoder.finish();
  if (cardsSeen === 0) errors.push({ line: 1, message: 'Not a contacts file: no BEGIN:VCARD found.' });
  return { records, errors, warnings, encoding: decoder.encodingSummary(), format: 'vcard' };
}
