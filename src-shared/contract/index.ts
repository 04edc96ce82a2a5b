import { cases } from './cases';
import { companies } from './companies';
import { contacts } from './contacts';
import { customFields } from './custom-fields';
import { deals } from './deals';
import { pipelines } from './pipelines';
import { relationships } from './relationships';
import { exports, imports } from './imports';
import { labels } from './labels';
import { segments } from './segments';
import { interactions } from './interactions';
import { calendar, reminders, today } from './reminders';
import { sync } from './sync';
import { backups, demo, system } from './system';
import { payments } from './payments';
import { products } from './products';
import { purchases } from './purchases';

/** Every operation the UI, the CLI and tests may ask of the core. Nothing else names methods. */
export const appContract = { contacts, companies, system, backups, demo, sync, imports, exports, labels, relationships, customFields, segments, interactions, reminders, today, calendar, pipelines, deals, cases, products, purchases, payments };
export type AppContract = typeof appContract;
