export { customFieldsHandlers } from './custom-fields.handlers';
export { createCustomFieldsService, type CustomFieldsService } from './custom-fields.service';
export { customValueIdOf } from './custom-field-values';
export { customFieldFilterSql, CUSTOM_FIELD_FILTER_OPS, OPS_BY_TYPE, type CustomFieldFilterOp, type FilterValue, type SqlFragment } from './custom-field-filter';
