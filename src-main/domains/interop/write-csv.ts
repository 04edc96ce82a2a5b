// Records → CSV in Google Contacts' current export layout, which Google imports directly and
// Outlook/Apple tools map easily. Numbered groups (`E-mail 1 - Label/Value` …) repeat as often as the
// fullest record needs. Cells are guarded against formula injection (csv-cell.ts).
//
// What the layout cannot carry: an embedded photo (only a photo URL is written) and the
// person/organization kind (a row with a company but no person name reads back as an organization).
// The display name goes in 'File As' only when it differs from the name Sampark would derive.
import type { ContactRecord } from './contact-record';
import { neutraliseFormula, quoteCsvCell, type CellKind } from './csv-cell';
import { labelForCell } from './csv-labels';
import { derivedDisplayName } from './finish-record';

const FIXED_COLUMNS = [
  'First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name',
  'Name Prefix', 'Name Suffix', 'Nickname', 'File As', 'Organization Name', 'Organization Title',
  'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels',
];
const ADDRESS_PARTS = ['Label', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address'];

interface Column {
  header: string;
  kind?: CellKind;
  cell(record: ContactRecord): string;
}

function numbered(count: number, make: (n: number) => Column[]): Column[] {
  return Array.from({ length: Math.max(1, count) }, (_, i) => make(i)).flat();
}

function columnsFor(records: readonly ContactRecord[]): Column[] {
  const most = (count: (record: ContactRecord) => number): number => Math.max(0, ...records.map(count));
  const displayName = (r: ContactRecord): string => {
    const derived = derivedDisplayName({ ...r, displayName: '' });
    return r.displayName === derived ? '' : r.displayName;
  };
  const fixed: ((r: ContactRecord) => string)[] = [
    (r) => r.givenName, (r) => r.additionalNames, (r) => r.familyName, () => '', () => '', () => '',
    (r) => r.prefix, (r) => r.suffix, (r) => r.nickname, displayName, (r) => r.organization, (r) => r.title,
    (r) => r.department, (r) => r.birthday ?? '', (r) => r.notes, (r) => (r.photo !== null && 'url' in r.photo ? r.photo.url : ''),
    (r) => ['* myContacts', ...r.tags].join(' ::: '),
  ];
  return [
    ...FIXED_COLUMNS.map((header, i): Column => ({ header, kind: header === 'Birthday' ? 'date' : 'text', cell: fixed[i]! })),
    ...numbered(most((r) => r.emails.length), (i) => [
      { header: `E-mail ${i + 1} - Label`, cell: (r) => labelForCell(r.emails[i]?.label ?? '') },
      { header: `E-mail ${i + 1} - Value`, cell: (r) => r.emails[i]?.value ?? '' },
    ]),
    ...numbered(most((r) => r.phones.length), (i) => [
      { header: `Phone ${i + 1} - Label`, cell: (r) => labelForCell(r.phones[i]?.label ?? '') },
      { header: `Phone ${i + 1} - Value`, kind: 'phone', cell: (r) => r.phones[i]?.value ?? '' },
    ]),
    ...numbered(most((r) => r.addresses.length), (i) =>
      ADDRESS_PARTS.map((part) => ({
        header: `Address ${i + 1} - ${part}`,
        cell: (r: ContactRecord) => {
          const a = r.addresses[i];
          if (a === undefined) return '';
          const byPart: Record<string, string> = { Label: labelForCell(a.label), Street: a.street, City: a.locality, Region: a.region, 'Postal Code': a.postalCode, Country: a.country };
          return byPart[part] ?? '';
        },
      })),
    ),
    ...numbered(most((r) => r.websites.length), (i) => [
      { header: `Website ${i + 1} - Label`, cell: () => '' },
      { header: `Website ${i + 1} - Value`, cell: (r) => r.websites[i] ?? '' },
    ]),
    ...numbered(most((r) => Object.keys(r.customFields).length), (i) => [
      { header: `Custom Field ${i + 1} - Label`, cell: (r) => Object.keys(r.customFields)[i] ?? '' },
      { header: `Custom Field ${i + 1} - Value`, cell: (r) => Object.values(r.customFields)[i] ?? '' },
    ]),
  ];
}

/**
 * CSV text with CRLF rows, starting with a UTF-8 byte-order mark so Excel shows Devanagari, Tamil
 * and accents correctly (Google and Sampark ignore it). Values holding ' ::: ' are split on import,
 * as Google does.
 */
export function writeCsv(records: readonly ContactRecord[]): string {
  const columns = columnsFor(records);
  const rows = [columns.map((c) => quoteCsvCell(c.header))];
  for (const record of records) rows.push(columns.map((c) => quoteCsvCell(neutraliseFormula(c.cell(record), c.kind))));
  return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
