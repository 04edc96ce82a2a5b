import type { imports } from '../../../src-shared/contract/imports';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { ImportsService } from './imports.service';

export { createImportsService, type ImportsService } from './imports.service';

export function importsHandlers(service: ImportsService): DomainHandlers<typeof imports> {
  return {
    preview: (source) => service.preview(source),
    run: (source) => service.run(source),
    undo: ({ id }) => service.undo(id),
    list: () => ({ items: service.list() }),
    cancel: () => service.cancel(),
    photo: ({ contactId }) => service.photo(contactId),
  };
}
