import { companies } from './companies';
import { contacts } from './contacts';
import { customFields } from './custom-fields';
import { relationships } from './relationships';
import { exports, imports } from './imports';
import { labels } from './labels';
import { sync } from './sync';
import { backups, demo, system } from './system';
import { payments } from './payments';
import { products } from './products';
import { purchases } from './purchases';

/** Every operation the UI, the CLI and tests may ask of the core. Nothing else names methods. */
export const appContract = { contacts, companies, system, backups, demo, sync, imports, exports, labels, relationships, customFields, products, purchases, payments };
export type AppContract = typeof appContract;
