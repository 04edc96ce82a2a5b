export { purchasesHandlers, type RemindReorder } from './purchases.handlers';
export { createPurchasesReads, type PurchasesReads } from './purchases.reads';
export { createPurchasesService, type PurchasesService } from './purchases.service';
export { purchasesTimelineSource, SALES_KINDS } from './purchases-timeline-source';
