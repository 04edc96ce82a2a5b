import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { payments } from '../../../src-shared/contract/payments';
import type { PaymentsService } from './payments.service';

export function paymentsHandlers(service: PaymentsService): DomainHandlers<typeof payments> {
  return {
    record: (payment) => service.record(payment),
    remove: ({ id }) => service.remove(id),
    restore: ({ id }) => service.restore(id),
    chase: ({ purchaseId, dueAtMs }) => service.chase(purchaseId, dueAtMs),
  };
}
