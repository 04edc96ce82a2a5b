import type { CliCommand } from '../command';
import { backup, backups, restore } from './backups';
import { calendarExport } from './calendar';
import { casesList, casesOpen, casesRespond, casesResolve, exportCases } from './cases';
import { contactsList, contactsSearch } from './contacts';
import { dealsCreate, dealsList, dealsMove } from './deals';
import { exportContacts, importContacts, importList, importUndo } from './import-export';
import { envelopesCommand, labelsCommand, lettersCommand } from './labels';
import { segmentsList } from './segments';
import { interactionsImportEml, interactionsList, interactionsLog } from './interactions';
import { remindersAdd, remindersDone, remindersList } from './reminders';
import { exportPayments, exportPurchases, purchasesImport, receivables } from './purchases';
import { seed } from './seed';
import { serve } from './serve';
import { syncNow, syncStatus } from './sync';

/** Every CLI command; help lists them in this order. */
export const COMMANDS: CliCommand[] = [serve, contactsList, contactsSearch, interactionsLog, interactionsList, interactionsImportEml, seed, importContacts, importUndo, importList, exportContacts, purchasesImport, exportPurchases, exportPayments, receivables, labelsCommand, envelopesCommand, lettersCommand, syncNow, syncStatus, dealsList, dealsCreate, dealsMove, casesList, casesOpen, casesRespond, casesResolve, exportCases, backup, backups, restore, segmentsList, remindersList, remindersAdd, remindersDone, calendarExport];
