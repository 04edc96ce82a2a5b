import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { ContactRow } from './ContactRow';

const ROW_HEIGHT_PX = 68;
/** Ask for the next page while this many rows are still below the visible ones. */
const PREFETCH_ROWS = 30;

interface Props {
  items: ContactSummary[];
  selectedId: string | undefined;
  /** How many contacts the whole list has, for screen readers (only some rows are in the DOM). */
  total?: number;
  hasMore?: boolean;
  onEndReached?(): void;
}

/** Only the rows on screen are in the DOM, so a Rolodex of 100,000 people scrolls like one of 100. */
export function ContactList({ items, selectedId, total = items.length, hasMore = false, onEndReached }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component on scroll by design; nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const lastVisible = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastVisible >= items.length - PREFETCH_ROWS) onEndReached?.();
  }, [hasMore, lastVisible, items.length, onEndReached]);

  return (
    <Box ref={scrollRef} sx={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
      <Box role="list" aria-label={t('contacts.listLabel')} sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const contact = items[row.index];
          if (!contact) return null;
          return (
            <Box
              key={contact.id}
              role="listitem"
              aria-posinset={row.index + 1}
              aria-setsize={Math.max(total, items.length)}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT_PX }}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <ContactRow contact={contact} isSelected={contact.id === selectedId} />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
