export type { ContactAddress, ContactEmail, ContactPhone, ContactPhoto, ContactRecord, CsvPreset, ParseOptions, ParseResult } from './contact-record';
export { emptyContactRecord } from './contact-record';
export { MAX_COLUMNS } from './csv-shape';
export { parseContactsFile } from './parse-contacts-file';
export { MAX_PHOTO_BYTES } from './vcard-photo';
export { writeCsv } from './write-csv';
export { writeVCard, type VCardVersion } from './write-vcard';
export { neutraliseFormula, quoteCsvCell } from './csv-cell';
