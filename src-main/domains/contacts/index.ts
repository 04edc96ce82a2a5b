export { contactsHandlers } from './contacts.handlers';
export { createContactsService, type ContactsService } from './contacts.service';
export { sortKey } from './search-text';
