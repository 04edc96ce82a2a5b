// A fresh in-memory database with contacts and interactions services on a movable clock (tests only).
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { InteractionFields, type InteractionFieldsInput } from '../../../src-shared/contract/interactions';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createContactsService, tagIdOf } from '../contacts';
import { fixedClock } from './clock';
import { createInteractionsService } from './interactions.domain';

export async function interactionsFixture(options: { atMs: number; timeZone?: string }) {
  const sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  const clock = fixedClock(options.atMs, options.timeZone ?? 'UTC');
  const contacts = createContactsService(sqlite, events, writer, clock.now);
  const service = createInteractionsService({ sqlite, events, writer, tagIdOf, clock });
  return {
    sqlite,
    writer,
    clock,
    contacts,
    service,
    contact: (input: ContactFieldsInput) => contacts.create(ContactFields.parse(input)).id,
    log: (input: Partial<InteractionFieldsInput> & { contactIds: string[] }) =>
      service.log(InteractionFields.parse({ kindId: 'kind-call', occurredAtMs: clock.now(), ...input })),
    fields: (input: Partial<InteractionFieldsInput> & { contactIds: string[] }) => InteractionFields.parse({ kindId: 'kind-call', occurredAtMs: clock.now(), ...input }),
  };
}
