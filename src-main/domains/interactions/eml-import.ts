// Dropped .eml files become email interactions: matched to contacts by every address in From, To,
// Cc and Bcc; inbound when the sender is one of our contacts. Each file succeeds or fails on its
// own, with a message; the same Message-ID is logged once.
import type { EmlResult } from '../../../src-shared/contract/interactions';
import type { Sqlite } from '../../db/open-database';
import { kindId } from './interaction-lists';
import type { InteractionsCore } from './interactions.service';
import { EmlError, parseEml } from './parse-eml';

export function createEmlImport(sqlite: Sqlite, core: InteractionsCore) {
  const byEmail = sqlite.prepare(
    `SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
     WHERE lower(e.value) = ? AND e.deleted_at_ms IS NULL AND c.archived_at_ms IS NULL ORDER BY c.created_at_ms LIMIT 1`,
  ).pluck();
  const match = (address: string) => (byEmail.get(address) as string | undefined) ?? null;

  async function importOne(file: { name: string; bytes: Buffer }, dropTarget: string | null): Promise<EmlResult> {
    const result = (status: EmlResult['status'], message: string, interactionId: string | null = null): EmlResult => ({ name: file.name, status, interactionId, message });
    let email;
    try {
      email = await parseEml(file.bytes);
    } catch (error) {
      if (error instanceof EmlError) return result('failed', error.message);
      throw error;
    }
    if (email.messageId && core.repo.byMessageId.get(email.messageId)) return result('duplicate', 'Already logged (same Message-ID).');
    const senders = email.from.map(match).filter((id): id is string => id !== null);
    const recipients = email.to.map(match).filter((id): id is string => id !== null);
    const contactIds = [...new Set([...(dropTarget ? [dropTarget] : []), ...senders, ...recipients])];
    if (contactIds.length === 0) {
      return result('unmatched', `No contact has any of these addresses: ${[...email.from, ...email.to].join(', ')}. Add one, or drop the file onto the contact.`);
    }
    const companyId = (core.repo.companyOfContact.get(contactIds[0]) as string | null | undefined) ?? null;
    const interaction = core.log(
      {
        kindId: kindId('email'),
        direction: senders.length > 0 ? 'inbound' : 'outbound',
        occurredAtMs: email.occurredAtMs ?? core.clock.now(),
        durationMinutes: null,
        contactIds,
        companyId,
        subject: email.subject,
        notes: email.excerpt,
        outcomeId: null,
        satisfaction: null,
      },
      { messageId: email.messageId },
    );
    return result('logged', email.subject || file.name, interaction.id);
  }

  return {
    async importFiles(files: { name: string; bytes: Buffer }[], dropTarget: string | null): Promise<EmlResult[]> {
      const results: EmlResult[] = [];
      for (const file of files) results.push(await importOne(file, dropTarget));
      return results;
    },
  };
}
