import type { CliCommand } from '../command';
import { backup, backups, restore } from './backups';
import { contactsList, contactsSearch } from './contacts';
import { seed } from './seed';
import { serve } from './serve';

/** Every CLI command; help lists them in this order. */
export const COMMANDS: CliCommand[] = [serve, contactsList, contactsSearch, seed, backup, backups, restore];
