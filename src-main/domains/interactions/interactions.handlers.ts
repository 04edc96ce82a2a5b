import type { interactions } from '../../../src-shared/contract/interactions';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { notFound } from '../../rpc/app-error';
import type { InteractionsService } from './interactions.domain';

/** Adapts the contract to the service; no rules here. */
export function interactionsHandlers(service: InteractionsService): DomainHandlers<typeof interactions> {
  return {
    log: (fields) => {
      // Checked before the write, so the interaction being logged is not counted against itself.
      const fatigue = fields.direction === 'outbound' ? service.fatigueCheck(fields.contactIds, fields.occurredAtMs) : [];
      return { interaction: service.log(fields), fatigue };
    },
    get: ({ id }) => service.get(id),
    update: ({ id, fields }) => service.update(id, fields),
    delete: ({ id }) => {
      service.setDeleted(id, true);
      return { ok: true as const };
    },
    restore: ({ id }) => {
      service.setDeleted(id, false);
      return service.get(id);
    },
    timeline: ({ scope, kinds, after, limit }) =>
      service.timeline.page(scope.contactId !== undefined ? { contactId: scope.contactId } : { companyId: scope.companyId! }, kinds, after, limit),
    stats: ({ contactId }) => {
      if (!service.repo.contactExists.get(contactId)) notFound('contact', contactId);
      return service.stats(contactId);
    },
    kinds: () => ({ items: service.lists.list('kinds') }),
    saveKind: (input) => service.saveList('kinds', input),
    deleteKind: ({ id }) => {
      service.removeList('kinds', id);
      return { ok: true as const };
    },
    outcomes: () => ({ items: service.lists.list('outcomes') }),
    saveOutcome: (input) => service.saveList('outcomes', input),
    deleteOutcome: ({ id }) => {
      service.removeList('outcomes', id);
      return { ok: true as const };
    },
    fatigueCheck: ({ contactIds, atMs }) => ({ warnings: service.fatigueCheck(contactIds, atMs) }),
    stayInTouchDue: ({ asOfMs, limit }) => ({ items: service.stayInTouchDue(asOfMs, limit) }),
    rules: () => ({ fatigue: service.rules.globalFatigue(), tagRules: service.rules.tagRules() }),
    setRule: (rule) => {
      service.setRule(rule);
      return { ok: true as const };
    },
    setFatigueLimit: (limit) => service.rules.setGlobalFatigue(limit),
    importEml: async ({ files, contactId }) => ({
      results: await service.importEml(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })), contactId),
    }),
  };
}
