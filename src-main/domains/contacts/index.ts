export { contactsHandlers } from './contacts.handlers';
export { createContactsService, type ContactsService } from './contacts.service';
export { sortKey } from './search-text';
export { toCountryCode, toE164, type CountryCode } from './phone-number';
export { detailToFields } from './detail-to-fields';
export { combineFields } from './combine-fields';
export { tagIdOf } from './contacts.tags';
