import { useCallback, useEffect, useRef, useState } from 'react';
import type { Filter, ListCursor, ListSort, ContactListRow } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { useAppEvent } from '../../api/useAppEvent';

const PAGE_SIZE = 100;
/** The contract's largest page: a refresh reloads what was on screen, up to this many rows. */
const MAX_REFRESH = 500;

interface Pages {
  items: ContactListRow[];
  nextCursor: ListCursor | null;
  error?: unknown;
  isLoaded: boolean;
}

export interface ContactPages extends Pages {
  isLoading: boolean;
  loadMore(): void;
  reload(): void;
}

/**
 * The contact list (every active contact, or those a filter matches) in the chosen order, fetched
 * page by page with the keyset cursor as the user scrolls. A new filter or sort starts over.
 */
export function useContactPages(filter: Filter, sort: ListSort): ContactPages {
  const [pages, setPages] = useState<Pages>({ items: [], nextCursor: null, isLoaded: false });
  const [isLoading, setIsLoading] = useState(true);
  // Bumped by every refresh; a page that arrives for an older generation is dropped.
  const generation = useRef(0);
  const inFlight = useRef(false);
  const loadedCount = useRef(0);
  const scopeKey = JSON.stringify([filter, sort]);
  const scope = useRef({ filter, sort });
  useEffect(() => {
    scope.current = { filter, sort };
  });

  // Sets state only once the page arrives, so the first load can start from an effect.
  const request = useCallback((after: ListCursor | null, limit: number, append: boolean) => {
    const mine = ++generation.current;
    inFlight.current = true;
    const { filter: currentFilter, sort: currentSort } = scope.current;
    api.segments.contacts({ filter: currentFilter.conditions.length > 0 ? currentFilter : null, sort: currentSort, after, limit }).then(
      (page) => {
        if (mine !== generation.current) return;
        inFlight.current = false;
        setIsLoading(false);
        setPages((previous) => {
          const items = append ? [...previous.items, ...page.items] : page.items;
          loadedCount.current = items.length;
          return { items, nextCursor: page.nextCursor, isLoaded: true };
        });
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        inFlight.current = false;
        setIsLoading(false);
        setPages((previous) => ({ ...previous, error, isLoaded: true }));
      },
    );
  }, []);

  const reload = useCallback(() => {
    setIsLoading(true);
    request(null, Math.min(MAX_REFRESH, Math.max(PAGE_SIZE, loadedCount.current)), false);
  }, [request]);

  useEffect(() => {
    loadedCount.current = 0;
    request(null, PAGE_SIZE, false);
    const pending = generation;
    return () => {
      pending.current++;
    };
  }, [request, scopeKey]);

  useAppEvent((event) => {
    // Company renames show in contact rows, so both domains refresh the list.
    if (event.type === 'changed' && (event.domain === 'contacts' || event.domain === 'companies')) reload();
  });

  const { nextCursor } = pages;
  const loadMore = useCallback(() => {
    if (!nextCursor || inFlight.current) return;
    setIsLoading(true);
    request(nextCursor, PAGE_SIZE, true);
  }, [nextCursor, request]);

  return { ...pages, isLoading, loadMore, reload };
}
