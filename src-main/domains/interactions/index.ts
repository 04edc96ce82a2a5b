export { interactionsHandlers } from './interactions.handlers';
export { createInteractionsService, type InteractionsService } from './interactions.domain';
export type { TimelineSource, TimelineScope, SourceBound } from './timeline';
export type { FatigueCheck } from './fatigue';
export { CONTACT_INTERACTION_COLUMNS } from './contact-stats';
export { systemClock, fixedClock, type Clock } from './clock';
export { kindId, outcomeId } from './interaction-lists';
export { createContactStats } from './contact-stats';
export { createAttribution } from './attribution';
