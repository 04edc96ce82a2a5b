export { createSettingsService, type SettingsService } from './settings.service';
export { systemHandlers } from './system.handlers';
