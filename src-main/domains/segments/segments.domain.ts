// The segments domain as boot wires it: the field registry (built-in fields registered; later
// features add theirs through `fields`), the segments service, bulk actions and the handlers.
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { createContactBulkWriter } from '../contacts';
import { registerBuiltinFields } from './builtin-fields';
import { createBulkActions } from './bulk-actions';
import { createFieldRegistry } from './filter-fields';
import { segmentsHandlers } from './segments.handlers';
import { createSegmentsService } from './segments.service';

export function createSegmentsDomain(options: { sqlite: Sqlite; writer: ChangeWriter; events: EventBus; now?: () => number }) {
  const fields = createFieldRegistry();
  registerBuiltinFields(fields);
  const service = createSegmentsService({ ...options, fields });
  const bulk = createBulkActions({ ...options, segments: service, contacts: createContactBulkWriter(options.sqlite, options.writer) });
  return { fields, service, bulk, handlers: segmentsHandlers(service, bulk) };
}
