export { segmentsHandlers } from './segments.handlers';
export { createSegmentsService, type SegmentsService } from './segments.service';
export { createBulkActions, type BulkActions } from './bulk-actions';
export { createFieldRegistry, type FieldRegistry, type FilterField, type FieldSource } from './filter-fields';
export { registerBuiltinFields } from './builtin-fields';
export { compileFilter } from './compile-filter';
export { createSegmentsDomain } from './segments.domain';
export { customFieldFilterFields } from './custom-field-filters';
export { registerInteractionFields } from './interaction-filters';
