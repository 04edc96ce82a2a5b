import type { CliCommand } from '../command';
import { backup, backups, restore } from './backups';
import { calendarExport } from './calendar';
import { contactsList, contactsSearch } from './contacts';
import { exportContacts, importContacts, importList, importUndo } from './import-export';
import { remindersAdd, remindersDone, remindersList } from './reminders';
import { seed } from './seed';
import { serve } from './serve';
import { syncNow, syncStatus } from './sync';

/** Every CLI command; help lists them in this order. */
export const COMMANDS: CliCommand[] = [serve, contactsList, contactsSearch, seed, importContacts, importUndo, importList, exportContacts, syncNow, syncStatus, backup, backups, restore, remindersList, remindersAdd, remindersDone, calendarExport];
