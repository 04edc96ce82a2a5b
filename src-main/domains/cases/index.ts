export { casesHandlers } from './cases.handlers';
export { createCasesService, type CasesService, type RecordedCase } from './cases.service';
export { DEFAULT_TARGETS, responseTarget } from './response-target';
export { casesTimelineSource, CASE_KINDS } from './cases-timeline-source';
