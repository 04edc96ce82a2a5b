// The shape every importer produces and every exporter consumes: plain data, no database ids, so
// previewing an import, diffing it against existing contacts and undoing it live elsewhere.

export interface ContactEmail {
  value: string;
  label: string;
}

export interface ContactPhone {
  /** Exactly as written in the source (after vCard unescaping and dropping a `tel:` scheme). */
  value: string;
  /** E.164 when the number is valid for its own or the default country, else null. */
  e164: string | null;
  label: string;
}

export interface ContactAddress {
  label: string;
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

export type ContactPhoto = { url: string } | { bytes: Uint8Array; mediaType: string };

export interface ContactRecord {
  kind: 'person' | 'organization';
  displayName: string;
  prefix: string;
  givenName: string;
  additionalNames: string;
  familyName: string;
  suffix: string;
  nickname: string;
  organization: string;
  department: string;
  title: string;
  emails: ContactEmail[];
  phones: ContactPhone[];
  addresses: ContactAddress[];
  /** 'YYYY-MM-DD', or '--MM-DD' when the year is unknown. */
  birthday: string | null;
  websites: string[];
  tags: string[];
  notes: string;
  photo: ContactPhoto | null;
  customFields: Record<string, string>;
  /** 1-based line (vCard: its BEGIN line; CSV: the data row's first line) for messages. */
  sourceLine: number;
}

export type CsvPreset = 'google' | 'google-old' | 'outlook' | 'thunderbird' | 'generic';

export interface ParseResult {
  records: ContactRecord[];
  /** Input that could not become a record (the rest of the file still imports). */
  errors: { line: number; message: string }[];
  /** Data that was changed or dropped on the way in; each names its line. */
  warnings: string[];
  /** What was detected or assumed, e.g. 'UTF-8 (BOM)' or 'Shift_JIS (detected, not valid UTF-8)'. */
  encoding: string;
  format: 'vcard' | 'csv';
  preset?: CsvPreset;
  /** A CSV no preset recognises: each column, where it went (a mapping string) and sample values. */
  csvColumns?: CsvColumn[];
}

export interface CsvColumn {
  header: string;
  /** As in ParseOptions.csvMapping: 'givenName', 'phones:mobile', 'ignore' … */
  target: string;
  samples: string[];
}

export interface ParseOptions {
  format?: 'auto' | 'csv' | 'vcard';
  /** ISO 3166 alpha-2 country for numbers written without a country code, e.g. 'IN'. */
  defaultCountry?: string;
  /** CSV header → target, e.g. { 'Mobile No': 'phones:mobile', 'Town': 'addresses.locality' }; see csv-targets.ts. */
  csvMapping?: Record<string, string> | undefined;
  /** A CSV no preset recognises and no csvMapping given: the mapping remembered for this header, if any. */
  rememberedMapping?: ((headers: readonly string[]) => Record<string, string> | undefined) | undefined;
}

export function emptyContactRecord(sourceLine: number): ContactRecord {
  return {
    kind: 'person',
    displayName: '',
    prefix: '',
    givenName: '',
    additionalNames: '',
    familyName: '',
    suffix: '',
    nickname: '',
    organization: '',
    department: '',
    title: '',
    emails: [],
    phones: [],
    addresses: [],
    birthday: null,
    websites: [],
    tags: [],
    notes: '',
    photo: null,
    customFields: {},
    sourceLine,
  };
}
