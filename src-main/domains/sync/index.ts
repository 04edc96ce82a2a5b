export { syncHandlers } from './sync.handlers';
export { createSyncService, type SyncService } from './sync.service';
export { fileSyncServiceOf } from './sync-guards';
export { startSyncScheduler } from './sync-scheduler';
