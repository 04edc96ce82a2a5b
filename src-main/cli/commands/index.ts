import type { CliCommand } from '../command';
import { backup, backups, restore } from './backups';
import { contactsList, contactsSearch } from './contacts';
import { dealsCreate, dealsList, dealsMove } from './deals';
import { exportContacts, importContacts, importList, importUndo } from './import-export';
import { envelopesCommand, labelsCommand, lettersCommand } from './labels';
import { seed } from './seed';
import { serve } from './serve';
import { syncNow, syncStatus } from './sync';

/** Every CLI command; help lists them in this order. */
export const COMMANDS: CliCommand[] = [serve, contactsList, contactsSearch, seed, importContacts, importUndo, importList, exportContacts, labelsCommand, envelopesCommand, lettersCommand, dealsList, dealsCreate, dealsMove, syncNow, syncStatus, backup, backups, restore];
