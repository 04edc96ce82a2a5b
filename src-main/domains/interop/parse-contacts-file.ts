// The one entry point for importing contacts: bytes in, records out, nothing thrown for bad input.
// Decides text or not, vCard or CSV, and the charset; parse-vcard.ts and parse-csv.ts do the rest.
import type { ParseOptions, ParseResult } from './contact-record';
import { charsetDisplayName } from './decode-text';
import { decodeTableText } from './decode-table-text';
import { toCountryCode } from './normalize-phone';
import { parseCsv } from './parse-csv';
import { parseVCard } from './parse-vcard';
import { detectBom, detectUtf16WithoutBom, fileStart, notTextReason, sniffFormat } from './sniff-file';

function failure(format: ParseResult['format'], message: string): ParseResult {
  return { records: [], errors: [{ line: 1, message }], warnings: [], encoding: 'unknown', format };
}

function parse(bytes: Uint8Array, options: ParseOptions): ParseResult {
  const requested = options.format ?? 'auto';
  if (bytes.length === 0) return failure(requested === 'vcard' ? 'vcard' : 'csv', 'The file is empty.');
  const bom = detectBom(bytes);
  const unicode = bom?.charset ?? detectUtf16WithoutBom(bytes);
  const sniffed = sniffFormat(fileStart(bytes.subarray(bom?.length ?? 0), unicode));
  const format = requested === 'auto' ? (sniffed === 'vcard' ? 'vcard' : 'csv') : requested;
  const notText = notTextReason(bytes, unicode);
  if (notText !== null) return failure(format, `Not a contacts file: ${notText}. Sampark imports vCard (.vcf) and CSV files.`);
  if (requested === 'auto' && sniffed === 'calendar') {
    return failure(format, 'This is a calendar file (.ics), not contacts. Sampark imports vCard (.vcf) and CSV files.');
  }
  const defaultCountry = toCountryCode(options.defaultCountry);
  const countryWarnings = options.defaultCountry !== undefined && defaultCountry === undefined ? [`Unknown default country '${options.defaultCountry}'; phone numbers without a country code were not normalized.`] : [];

  let result: ParseResult;
  if (format === 'vcard') {
    let payload = bytes.subarray(bom?.length ?? 0);
    let base = bom?.charset === 'utf-8' ? 'UTF-8 (BOM)' : 'UTF-8';
    if (unicode === 'utf-16le' || unicode === 'utf-16be') {
      // Re-encoded as UTF-8 so the octet-level reader sees one ASCII-compatible charset.
      payload = new TextEncoder().encode(new TextDecoder(unicode).decode(payload));
      base = `${charsetDisplayName(unicode)} (${bom !== null ? 'BOM' : 'detected, no BOM'})`;
    }
    result = parseVCard({ bytes: payload, base, wasUtf16: unicode === 'utf-16le' || unicode === 'utf-16be', defaultCountry });
  } else {
    const decoded = decodeTableText(bytes, bom, unicode);
    result = parseCsv({ text: decoded.text, encoding: decoded.encoding, defaultCountry, csvMapping: options.csvMapping, rememberedMapping: options.rememberedMapping });
    result.warnings.unshift(...decoded.warnings);
  }
  result.warnings.unshift(...countryWarnings);
  return result;
}

/**
 * Reads a vCard (2.1, 3.0, 4.0) or CSV (Google, Outlook, Thunderbird or any table) contacts file.
 * Problems come back as `errors` (input that became no record) and `warnings` (data changed or
 * dropped); the function does not throw for any input.
 */
export function parseContactsFile(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  try {
    return parse(bytes, options);
  } catch (error) {
    // Last resort (e.g. memory exhausted by a pathological file): report, never crash the import.
    const message = error instanceof Error ? error.message : String(error);
    return failure(options.format === 'vcard' ? 'vcard' : 'csv', `The file could not be read: ${message}`);
  }
}
