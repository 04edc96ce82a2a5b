import { useTranslation } from 'react-i18next';
import type { ListEntry } from '../../../src-shared/contract/interactions';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';

/** The editable kinds and outcomes, and how to name one: the user's name, else the default's translation. */
export function useInteractionLists() {
  const { t } = useTranslation();
  const kinds = useApiQuery('interactions:kinds', () => api.interactions.kinds({}), ['interactions']);
  const outcomes = useApiQuery('interactions:outcomes', () => api.interactions.outcomes({}), ['interactions']);
  const label = (group: 'kinds' | 'outcomes', entry: Pick<ListEntry, 'name' | 'code'>) =>
    entry.name || (entry.code ? t(`interactions.${group}.${entry.code}`, { defaultValue: entry.code }) : '');
  const byId = (group: 'kinds' | 'outcomes', id: string | null) =>
    id === null ? undefined : (group === 'kinds' ? kinds : outcomes).data?.items.find((e) => e.id === id);
  return {
    kinds: kinds.data?.items ?? [],
    outcomes: outcomes.data?.items ?? [],
    kindLabel: (entry: Pick<ListEntry, 'name' | 'code'>) => label('kinds', entry),
    outcomeLabel: (entry: Pick<ListEntry, 'name' | 'code'>) => label('outcomes', entry),
    /** A kind or outcome by id, deleted ones named from their id. */
    nameOf(group: 'kinds' | 'outcomes', id: string | null): string {
      if (id === null) return '';
      const entry = byId(group, id);
      if (entry) return label(group, entry);
      const code = id.replace(/^(kind|outcome)-/, '');
      return t(`interactions.${group}.${code}`, { defaultValue: code });
    },
  };
}
