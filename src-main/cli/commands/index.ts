import type { CliCommand } from '../command';
import { backup, backups, restore } from './backups';
import { contactsList, contactsSearch } from './contacts';
import { exportContacts, importContacts, importList, importUndo } from './import-export';
import { envelopesCommand, labelsCommand, lettersCommand } from './labels';
import { exportPayments, exportPurchases, purchasesImport, receivables } from './purchases';
import { seed } from './seed';
import { serve } from './serve';
import { syncNow, syncStatus } from './sync';

/** Every CLI command; help lists them in this order. */
export const COMMANDS: CliCommand[] = [serve, contactsList, contactsSearch, seed, importContacts, importUndo, importList, exportContacts, purchasesImport, exportPurchases, exportPayments, receivables, labelsCommand, envelopesCommand, lettersCommand, syncNow, syncStatus, backup, backups, restore];
