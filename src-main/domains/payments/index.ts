export { paymentsHandlers } from './payments.handlers';
export { createPaymentsService, type CreateReminderHook, type PaymentsService } from './payments.service';
export { createSalesDomains, type SalesDomains } from './sales-domains';
