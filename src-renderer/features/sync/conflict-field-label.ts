import type { TFunction } from 'i18next';

/** Columns the conflicts view names in words; any other column shows under its own name. */
export const NAMED_COLUMNS = [
  'given_name',
  'family_name',
  'display_name',
  'is_display_name_set',
  'job_title',
  'notes',
  'company_id',
  'archived_at_ms',
  'name',
  'website',
  'industry',
  'phone',
  'city',
  'label',
  'is_primary',
  'sort_order',
  'deleted_at_ms',
] as const;

/** `value` means an email address or a phone number, depending on the table. */
const VALUE_COLUMN_KEYS: Record<string, string> = {
  contact_emails: 'sync.columns.email',
  contact_phones: 'sync.columns.phoneNumber',
};

export function conflictFieldLabel(t: TFunction, table: string, column: string): string {
  if (column === 'value') return t(VALUE_COLUMN_KEYS[table] ?? 'sync.columns.value');
  return (NAMED_COLUMNS as readonly string[]).includes(column) ? t(`sync.columns.${column}`) : column;
}
