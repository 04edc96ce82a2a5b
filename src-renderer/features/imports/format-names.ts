// Product and format names are written the same in every language, so they stay out of the catalogues.
export const FILE_FORMAT_NAMES: Record<string, string> = { csv: 'CSV', vcard: 'vCard', vcard3: 'vCard 3.0', vcard4: 'vCard 4.0', json: 'JSON' };

/** CSV layouts the core recognises by their header, named as their makers name them. */
export const CSV_PRESET_NAMES: Record<string, string> = { google: 'Google Contacts', outlook: 'Outlook', thunderbird: 'Thunderbird' };
