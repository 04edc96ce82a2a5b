export { paymentsHandlers } from './payments.handlers';
export { createPaymentsService, type ChasePaymentHook, type PaymentsService } from './payments.service';
export { createSalesDomains, type SalesDomains } from './sales-domains';
