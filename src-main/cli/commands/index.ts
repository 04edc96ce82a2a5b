import type { CliCommand } from '../command';
import { backup, backups, restore } from './backups';
import { casesList, casesOpen, casesRespond, casesResolve, exportCases } from './cases';
import { contactsList, contactsSearch } from './contacts';
import { exportContacts, importContacts, importList, importUndo } from './import-export';
import { envelopesCommand, labelsCommand, lettersCommand } from './labels';
import { seed } from './seed';
import { serve } from './serve';
import { syncNow, syncStatus } from './sync';

/** Every CLI command; help lists them in this order. */
export const COMMANDS: CliCommand[] = [serve, contactsList, contactsSearch, seed, importContacts, importUndo, importList, exportContacts, labelsCommand, envelopesCommand, lettersCommand, casesList, casesOpen, casesRespond, casesResolve, exportCases, syncNow, syncStatus, backup, backups, restore];
