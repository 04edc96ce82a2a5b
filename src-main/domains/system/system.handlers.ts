import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { system } from '../../../src-shared/contract/system';
import type { z } from 'zod';
import type { AppInfo } from '../../../src-shared/contract/system';
import type { SettingsService } from './settings.service';

export function systemHandlers(settings: SettingsService, info: () => z.infer<typeof AppInfo>): DomainHandlers<typeof system> {
  return {
    info: () => info(),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
  };
}
