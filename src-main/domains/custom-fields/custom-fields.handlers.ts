import type { customFields } from '../../../src-shared/contract/custom-fields';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { CustomFieldsService } from './custom-fields.service';

/** Adapts the contract to the service; no rules here. */
export function customFieldsHandlers(service: CustomFieldsService): DomainHandlers<typeof customFields> {
  return {
    list: () => service.list(),
    create: (input) => service.create(input),
    update: ({ id, name, options }) => service.update(id, name, options),
    remove: ({ id }) => service.remove(id),
    restore: ({ id }) => service.restore(id),
    reorder: ({ ids }) => service.reorder(ids),
    valuesOf: ({ contactId }) => service.valuesOf(contactId),
    setValues: ({ contactId, values }) => service.setValues(contactId, values),
  };
}
