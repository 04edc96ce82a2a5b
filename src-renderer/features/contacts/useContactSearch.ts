import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';

const DEBOUNCE_MS = 150;

export interface ContactSearch {
  /** The text the shown results are for ('' when not searching). */
  text: string;
  items: ContactSummary[] | undefined;
  error: unknown;
  isLoading: boolean;
}

/** Search-as-you-type: waits for a pause in typing, then asks the core. */
export function useContactSearch(typed: string): ContactSearch {
  const text = useDebouncedValue(typed.trim(), DEBOUNCE_MS);
  const query = useApiQuery(text === '' ? null : `search:${text}`, () => api.contacts.search({ text, limit: 200 }), ['contacts', 'companies']);
  return {
    text,
    items: query.data?.items,
    error: query.error,
    isLoading: query.isLoading || text !== typed.trim(),
  };
}
