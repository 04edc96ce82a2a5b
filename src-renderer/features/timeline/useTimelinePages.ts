import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineCursor, TimelineItem } from '../../../src-shared/contract/interactions';
import { api } from '../../api/client';
import { useAppEvent } from '../../api/useAppEvent';

const PAGE = 30;

export type TimelineScope = { contactId: string } | { companyId: string };

interface Pages {
  key: string;
  items: TimelineItem[];
  nextCursor: TimelineCursor | null;
  error: unknown;
}

/** A timeline loaded page by page (keyset); reloaded from the top when interactions change. */
export function useTimelinePages(scope: TimelineScope, kinds: readonly string[]) {
  const key = `${'contactId' in scope ? `contact:${scope.contactId}` : `company:${scope.companyId}`}|${kinds.join(',')}`;
  const [pages, setPages] = useState<Pages>();
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  // Bumped by every reload; a page that arrives for an older generation is dropped.
  const generation = useRef(0);

  // Sets state only once the page arrives, so the first load can start from an effect.
  const request = useCallback((requestKey: string, after: TimelineCursor | null) => {
    const mine = ++generation.current;
    const [scopeText, kindsText] = requestKey.split('|') as [string, string];
    const [type, id] = scopeText.split(':') as [string, string];
    api.interactions
      .timeline({ scope: type === 'contact' ? { contactId: id } : { companyId: id }, kinds: kindsText ? kindsText.split(',') : [], after, limit: PAGE })
      .then(
        (page) => {
          if (mine !== generation.current) return;
          setIsLoadingMore(false);
          setPages((previous) => ({
            key: requestKey,
            items: after && previous?.key === requestKey ? [...previous.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            error: null,
          }));
        },
        (error: unknown) => {
          if (mine !== generation.current) return;
          setIsLoadingMore(false);
          setPages((previous) => ({ key: requestKey, items: previous?.key === requestKey ? previous.items : [], nextCursor: null, error }));
        },
      );
  }, []);

  useEffect(() => {
    request(key, null);
    const pending = generation;
    return () => {
      pending.current++;
    };
  }, [key, request]);

  useAppEvent((event) => {
    if (event.type === 'changed' && (event.domain === 'interactions' || event.domain === 'contacts' || event.domain === 'reminders' || event.domain === 'deals' || event.domain === 'cases' || event.domain === 'purchases' || event.domain === 'payments')) request(key, null);
  });

  const current = pages?.key === key ? pages : undefined;
  return {
    items: current?.items ?? [],
    hasMore: Boolean(current?.nextCursor),
    isLoading: !current || isLoadingMore,
    error: current?.error ?? null,
    loadMore() {
      if (!current?.nextCursor) return;
      setIsLoadingMore(true);
      request(key, current.nextCursor);
    },
    reload: () => request(key, null),
  };
}
