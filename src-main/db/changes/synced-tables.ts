// Every table whose rows sync between machines, with its columns. Tables added later join here,
// and their services write through the change writer (synced-writes.test.ts enforces it).
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';

/**
 * Columns derived from others on each machine (sort keys): written through the change writer with
 * their row but never sent; every machine recomputes them after a sync.
 */
const LOCAL_COLUMNS: Record<string, readonly string[]> = {
  companies: ['sort_key'],
  contacts: ['sort_key', 'family_key'],
  interaction_contacts: ['occurred_at_ms'],
  reminders: ['due_key_ms'],
  purchases: ['total_minor', 'paid_minor', 'paid_on'],
  purchase_lines: ['total_minor'],
};

function columnsOf(table: SQLiteTable): readonly string[] {
  const { name, columns } = getTableConfig(table);
  return columns.map((c) => c.name).filter((c) => c !== 'id' && !LOCAL_COLUMNS[name]?.includes(c));
}

/**
 * What a column holds when an insert leaves it out: its DEFAULT, or NULL for a nullable column.
 * A new row's cells that equal this need no stamp: "never set" merges the same way. A cell holding
 * it with no timestamp of its own counts as never written (cell-clocks.ts), so a synced column's
 * default must not change once released.
 */
function defaultsOf(table: SQLiteTable): ReadonlyMap<string, CellValue> {
  const defaults = new Map<string, CellValue>();
  for (const column of getTableConfig(table).columns) {
    const value = column.default;
    if (column.hasDefault && (typeof value === 'string' || typeof value === 'number')) defaults.set(column.name, value);
    else if (column.hasDefault && typeof value === 'boolean') defaults.set(column.name, value ? 1 : 0);
    else if (!column.notNull && !column.hasDefault) defaults.set(column.name, null);
  }
  return defaults;
}

/** The synced tables by SQL name: one line each. */
const TABLES = {
  companies: schema.companies,
  contacts: schema.contacts,
  contact_emails: schema.contactEmails,
  contact_phones: schema.contactPhones,
  contact_websites: schema.contactWebsites,
  contact_addresses: schema.contactAddresses,
  tags: schema.tags,
  contact_tags: schema.contactTags,
  company_emails: schema.companyEmails,
  company_phones: schema.companyPhones,
  company_addresses: schema.companyAddresses,
  company_tags: schema.companyTags,
  relationships: schema.relationships,
  custom_fields: schema.customFields,
  custom_field_values: schema.customFieldValues,
  label_sheets: schema.labelSheets,
  segments: schema.segments,
  data_settings: schema.dataSettings,
  interactions: schema.interactions,
  interaction_contacts: schema.interactionContacts,
  interaction_kinds: schema.interactionKinds,
  interaction_outcomes: schema.interactionOutcomes,
  interaction_rules: schema.interactionRules,
  reminders: schema.reminders,
  reminder_completions: schema.reminderCompletions,
  pipelines: schema.pipelines,
  stages: schema.stages,
  deals: schema.deals,
  deal_contacts: schema.dealContacts,
  deal_stage_history: schema.dealStageHistory,
  cases: schema.cases,
  case_events: schema.caseEvents,
  case_targets: schema.caseTargets,
  products: schema.products,
  purchases: schema.purchases,
  purchase_lines: schema.purchaseLines,
  payments: schema.payments,
} satisfies Record<string, SQLiteTable>;
const DEFAULTS = new Map(Object.entries(TABLES).map(([name, table]) => [name, defaultsOf(table)]));

/** True when an insert may leave this value out (the column's default gives the same). */
export function isDefaultValue(table: string, column: string, value: CellValue): boolean {
  const defaults = DEFAULTS.get(table);
  return defaults !== undefined && defaults.has(column) && defaults.get(column) === value;
}

export const SYNCED_TABLES = Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, columnsOf(table)])) as {
  readonly [T in keyof typeof TABLES]: readonly string[];
};

export type SyncedTable = keyof typeof SYNCED_TABLES;
/** A cell value as stored in SQLite. */
export type CellValue = string | number | null;

/** Synced columns as sets, built on first use: the applier asks once per cell. */
let syncedColumnSets: ReadonlyMap<string, ReadonlySet<string>> | undefined;

export function isSyncedColumn(table: string, column: string): table is SyncedTable {
  syncedColumnSets ??= new Map(Object.entries(SYNCED_TABLES).map(([name, columns]) => [name, new Set(columns)]));
  return syncedColumnSets.get(table)?.has(column) ?? false;
}

export function isLocalColumn(table: string, column: string): boolean {
  return LOCAL_COLUMNS[table]?.includes(column) ?? false;
}

/** Whether the defaults of a table's columns are known (every synced table's must be: see TABLES). */
export function knowsDefaultsOf(table: string): boolean {
  return DEFAULTS.has(table);
}

/** The columns of a table each machine derives for itself. */
export function localColumnsOf(table: string): readonly string[] {
  return LOCAL_COLUMNS[table] ?? [];
}
