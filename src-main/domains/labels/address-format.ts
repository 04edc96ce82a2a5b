// Address lines by destination country: small and table-driven. Patterns name the parts to put on
// one line; empty parts drop out with their separators. The country line is printed (in capitals)
// only for mail going abroad.
import type { CountryCode } from './country-codes';

export interface PostalAddress {
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

type Part = 'locality' | 'region' | 'postalCode';
/** Lines after the street; each line is parts joined by the separator that follows them. */
type LineSpec = (Part | string)[];

interface CountryFormat {
  lines: LineSpec[];
  upperLocality?: boolean;
  upperPostalCode?: boolean;
}

const PARTS = new Set<string>(['locality', 'region', 'postalCode']);

// `City 600001` then the state (India Post); UK post town in capitals and postcode on its own line
// (Royal Mail); `PLZ Ort` (Deutsche Post); `CITY ST ZIP` (USPS).
const FORMATS: Partial<Record<CountryCode, CountryFormat>> = {
  IN: { lines: [['locality', ' ', 'postalCode'], ['region']] },
  GB: { lines: [['locality'], ['postalCode']], upperLocality: true, upperPostalCode: true },
  DE: { lines: [['postalCode', ' ', 'locality']] },
  AT: { lines: [['postalCode', ' ', 'locality']] },
  CH: { lines: [['postalCode', ' ', 'locality']] },
  FR: { lines: [['postalCode', ' ', 'locality']], upperLocality: true },
  NL: { lines: [['postalCode', ' ', 'locality']] },
  IT: { lines: [['postalCode', ' ', 'locality', ' ', 'region']] },
  ES: { lines: [['postalCode', ' ', 'locality'], ['region']] },
  US: { lines: [['locality', ' ', 'region', ' ', 'postalCode']], upperPostalCode: true },
  CA: { lines: [['locality', ' ', 'region', '  ', 'postalCode']], upperPostalCode: true },
  AU: { lines: [['locality', ' ', 'region', ' ', 'postalCode']], upperLocality: true },
  SG: { lines: [['locality', ' ', 'postalCode']] },
  LK: { lines: [['locality'], ['postalCode']] },
  AE: { lines: [['locality'], ['region']] },
};
const DEFAULT_FORMAT: CountryFormat = { lines: [['locality', ', ', 'region', ' ', 'postalCode']] };

function line(spec: LineSpec, values: Record<Part, string>): string {
  let text = '';
  let pendingSeparator = '';
  for (const item of spec) {
    if (!PARTS.has(item)) {
      if (text) pendingSeparator = item;
      continue;
    }
    const value = values[item as Part];
    if (!value) continue;
    text += (text ? pendingSeparator || ' ' : '') + value;
    pendingSeparator = '';
  }
  return text;
}

/**
 * The lines below the name. `country` is the destination (null when unknown: the sender's own
 * format); `countryName` is printed last when the mail crosses a border.
 */
export function formatAddressLines(address: PostalAddress, country: CountryCode | null, home: CountryCode, countryName: string): string[] {
  const format = FORMATS[country ?? home] ?? DEFAULT_FORMAT;
  const values: Record<Part, string> = {
    locality: format.upperLocality ? address.locality.toUpperCase() : address.locality,
    region: address.region,
    postalCode: format.upperPostalCode ? address.postalCode.toUpperCase() : address.postalCode,
  };
  if ((country ?? home) === 'IN' && !values.locality && values.postalCode) values.locality = 'PIN';
  const streetLines = address.street.split(/\r?\n/).map((s) => s.trim());
  const lines = [...streetLines, ...format.lines.map((spec) => line(spec, values))].filter((l) => l !== '');
  // A country we cannot recognise is still printed: the post office may.
  const isAbroad = country ? country !== home : address.country.trim() !== '';
  if (isAbroad && countryName) lines.push(countryName.toUpperCase());
  return lines;
}
