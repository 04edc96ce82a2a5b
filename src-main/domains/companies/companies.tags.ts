// Tags on companies: the same tags table as contacts (one "VIP" tag for both), linked through
// company_tags with ids derived from company and tag, so two machines adding a tag converge.
import { createHash } from 'node:crypto';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { createTagLinks } from '../contacts';

const linkIdOf = (companyId: string, tagId: string) => `cot-${createHash('sha256').update(`${companyId}\u0000${tagId}`).digest('hex').slice(0, 32)}`;

export function createCompanyTags(sqlite: Sqlite, writer: ChangeWriter) {
  return createTagLinks(sqlite, writer, { table: 'company_tags', ownerColumn: 'company_id', linkIdOf });
}
