export { dealsHandlers, pipelinesHandlers } from './deals.handlers';
export { createDealsService, type DealsService, type NewDealInput } from './deals.service';
export { createPipelinesService, type PipelinesService } from './pipelines.service';
export { DEFAULT_PIPELINE_ID, DEFAULT_STAGES } from './default-pipeline';
export { dealsTimelineSource, DEAL_MOVED } from './deals-timeline-source';
