// The fields every installation has. Keys are stored in saved segments: add, never rename.
import { LIFECYCLE_STAGES } from '../../../src-shared/contract/contacts';
import type { Sqlite } from '../../db/open-database';
import { tagIdOf } from '../contacts';
import type { FieldRegistry, FilterField } from './filter-fields';

const address = (value: string) => ({ rows: { table: 'contact_addresses', value: `x.${value}` } });
const distinct = (sql: string) => (sqlite: Sqlite) => sqlite.prepare(sql).pluck().all() as string[];
const STAGES = LIFECYCLE_STAGES.filter((s) => s !== '');

export const BUILTIN_FIELDS: readonly FilterField[] = [
  { key: 'name', kind: 'text', source: { scalar: 'c.display_name' } },
  {
    key: 'tag',
    kind: 'tag',
    source: { rows: { table: 'contact_tags', value: 'x.tag_id' } },
    toStored: tagIdOf,
    options: distinct('SELECT name FROM tags WHERE deleted_at_ms IS NULL ORDER BY name LIMIT 500'),
  },
  { key: 'stage', kind: 'choice', source: { scalar: 'c.lifecycle_stage' }, allowedValues: STAGES },
  { key: 'company', kind: 'text', source: { scalar: '(SELECT co.name FROM companies co WHERE co.id = c.company_id)' } },
  { key: 'jobTitle', kind: 'text', source: { scalar: 'c.job_title' } },
  { key: 'department', kind: 'text', source: { scalar: 'c.department' } },
  { key: 'city', kind: 'text', source: address('locality') },
  { key: 'region', kind: 'text', source: address('region') },
  { key: 'country', kind: 'text', source: address('country') },
  { key: 'postalCode', kind: 'text', source: address('postal_code') },
  {
    key: 'address',
    kind: 'text',
    source: address(`street || ' ' || x.locality || ' ' || x.region || ' ' || x.postal_code || ' ' || x.country`),
  },
  { key: 'email', kind: 'text', source: { rows: { table: 'contact_emails', value: 'x.value' } } },
  { key: 'phone', kind: 'text', source: { rows: { table: 'contact_phones', value: `x.value || ' ' || coalesce(x.e164, '')` } } },
  {
    key: 'owner',
    kind: 'text',
    source: { scalar: 'c.owner' },
    options: distinct(`SELECT DISTINCT owner FROM contacts WHERE owner <> '' AND archived_at_ms IS NULL ORDER BY owner LIMIT 200`),
  },
  {
    key: 'source',
    kind: 'text',
    source: { scalar: 'c.source' },
    options: distinct(`SELECT DISTINCT source FROM contacts WHERE source <> '' AND archived_at_ms IS NULL ORDER BY source LIMIT 200`),
  },
  {
    key: 'language',
    kind: 'choice',
    source: { scalar: 'c.preferred_language' },
    options: (sqlite) => [
      ...new Set(['en', 'hi', 'ta', ...distinct(`SELECT DISTINCT preferred_language FROM contacts WHERE preferred_language <> '' LIMIT 100`)(sqlite)]),
    ],
  },
  { key: 'birthdayMonth', kind: 'month', source: { scalar: 'c.birthday' } },
  { key: 'created', kind: 'date', source: { scalar: 'c.created_at_ms' } },
  { key: 'updated', kind: 'date', source: { scalar: 'c.updated_at_ms' } },
  { key: 'doNotContact', kind: 'flag', source: { scalar: 'c.is_do_not_contact' } },
  { key: 'doNotMail', kind: 'flag', source: { scalar: 'c.is_do_not_mail' } },
  { key: 'kind', kind: 'choice', source: { scalar: 'c.kind' }, allowedValues: ['person', 'organization'] },
];

export function registerBuiltinFields(registry: FieldRegistry): void {
  for (const field of BUILTIN_FIELDS) registry.register(field);
}
