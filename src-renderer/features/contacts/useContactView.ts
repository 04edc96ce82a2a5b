import { useEffect, useMemo, useState } from 'react';
import type { Filter, ListSort, Segment } from '../../../src-shared/contract/segments';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { EMPTY_DRAFT, fromFilter, isSameFilter, toFilter, type FilterDraft } from '../segments/filter-draft';
import { useFilterFields } from '../segments/useFilterFields';
import { loadColumns, loadSort, saveColumns, saveSort, type ExtraColumn } from './list-columns';

const FILTER_DEBOUNCE_MS = 250;

interface Remembered {
  segmentId: string | null;
  draft: FilterDraft;
  isFilterOpen: boolean;
}
// The filter survives leaving the page and coming back within a session (not a restart).
let remembered: Remembered = { segmentId: null, draft: EMPTY_DRAFT, isFilterOpen: false };

/** How the contact list is looked at: segment, filter as built, sort and columns. */
export function useContactView(segments: readonly Segment[]) {
  const [segmentId, setSegmentId] = useState(remembered.segmentId);
  const [draft, setDraft] = useState(remembered.draft);
  const [isFilterOpen, setIsFilterOpen] = useState(remembered.isFilterOpen);
  const [columns, setColumnsState] = useState<ExtraColumn[]>(loadColumns);
  const [sort, setSortState] = useState<ListSort>(loadSort);
  const fieldQuery = useFilterFields();
  const fields = fieldQuery.items;

  useEffect(() => {
    remembered = { segmentId, draft, isFilterOpen };
  }, [segmentId, draft, isFilterOpen]);

  const built = useMemo(() => toFilter(draft, fields), [draft, fields]);
  const builtKey = useDebouncedValue(JSON.stringify(built), FILTER_DEBOUNCE_MS);
  const filter = useMemo(() => JSON.parse(builtKey) as Filter, [builtKey]);
  const segment = segments.find((s) => s.id === segmentId) ?? null;

  return {
    fields,
    filter,
    /** The filter as built, before the debounce: what Save would store. */
    built,
    draft,
    setDraft,
    segment,
    isSegmentChanged: segment !== null && !isSameFilter(built, segment.filter),
    chooseSegment(next: Segment | null) {
      setSegmentId(next?.id ?? null);
      setDraft(next ? fromFilter(next.filter) : EMPTY_DRAFT);
    },
    clearFilter() {
      setSegmentId(null);
      setDraft(EMPTY_DRAFT);
    },
    isFilterOpen,
    setIsFilterOpen(isOpen: boolean) {
      if (isOpen) fieldQuery.reload();
      setIsFilterOpen(isOpen);
    },
    columns,
    setColumns(next: ExtraColumn[]) {
      setColumnsState(next);
      saveColumns(next);
    },
    sort,
    setSort(next: ListSort) {
      setSortState(next);
      saveSort(next);
    },
  };
}
