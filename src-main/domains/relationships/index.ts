export { relationshipsHandlers } from './relationships.handlers';
export { createRelationshipsService, type RelationshipsService } from './relationships.service';
export { roleFor } from './relationship-role';
