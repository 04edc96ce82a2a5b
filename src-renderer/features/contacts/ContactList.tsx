import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListSort } from '../../../src-shared/contract/segments';
import type { ContactListItem } from './ContactCell';
import { ContactListHeader, HEADER_HEIGHT_PX } from './ContactListHeader';
import { ContactRow } from './ContactRow';
import type { ExtraColumn } from './list-columns';
import type { Selection } from './useSelection';

const ROW_HEIGHT_PX = 68;
/** Ask for the next page while this many rows are still below the visible ones. */
const PREFETCH_ROWS = 30;

interface Props {
  items: readonly ContactListItem[];
  selectedId: string | undefined;
  /** How many contacts the whole list has, for screen readers (only some rows are in the DOM). */
  total?: number;
  hasMore?: boolean;
  onEndReached?(): void;
  columns?: readonly ExtraColumn[];
  /** With a sort, the column headings sort the list. */
  sort?: ListSort;
  onSort?(sort: ListSort): void;
  /** With a selection, rows have checkboxes for bulk actions. */
  selection?: Selection;
}

/** Only the rows on screen are in the DOM, so a Rolodex of 100,000 people scrolls like one of 100. */
export function ContactList({ items, selectedId, total = items.length, hasMore = false, onEndReached, columns = [], sort, onSort, selection }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const hasHeader = sort !== undefined && onSort !== undefined;
  // The virtualizer re-renders this component on scroll by design; nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 8,
    scrollMargin: hasHeader ? HEADER_HEIGHT_PX : 0,
  });
  const rows = virtualizer.getVirtualItems();
  const lastVisible = rows.at(-1)?.index ?? 0;
  const offset = hasHeader ? HEADER_HEIGHT_PX : 0;

  useEffect(() => {
    if (hasMore && lastVisible >= items.length - PREFETCH_ROWS) onEndReached?.();
  }, [hasMore, lastVisible, items.length, onEndReached]);

  return (
    <Box ref={scrollRef} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      {hasHeader && (
        <ContactListHeader
          columns={columns}
          sort={sort}
          onSort={onSort}
          selection={
            selection && {
              isChecked: selection.areAllShownSelected || (selection.isAll && selection.count > 0),
              isIndeterminate: selection.count > 0 && !selection.areAllShownSelected,
              onToggle: selection.toggleShown,
            }
          }
        />
      )}
      <Box
        role="list"
        aria-label={t('contacts.listLabel')}
        sx={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: columns.length > 0 ? 'max-content' : undefined }}
      >
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
              style={{ transform: `translateY(${row.start - offset}px)` }}
            >
              <ContactRow
                contact={contact}
                isSelected={contact.id === selectedId}
                columns={columns}
                isChecked={selection?.isSelected(contact.id)}
                onCheck={selection && ((withShift) => selection.toggle(contact.id, row.index, withShift))}
              />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
