import { useCallback, useMemo, useRef, useState } from 'react';
import type { BulkTargetInput, Filter } from '../../../src-shared/contract/segments';

/** Chosen rows, or every contact the filter matches except some. */
type State = { isAll: false; ids: ReadonlySet<string> } | { isAll: true; excluded: ReadonlySet<string> };

export interface Selection {
  count: number;
  isAll: boolean;
  isSelected(id: string): boolean;
  /** Click on a row's checkbox; with Shift, every row between it and the last one clicked follows. */
  toggle(id: string, index: number, withShift: boolean): void;
  /** The header checkbox: the rows shown, or none. */
  toggleShown(): void;
  areAllShownSelected: boolean;
  selectAllMatching(): void;
  clear(): void;
  /** What a bulk action applies to. */
  target(): BulkTargetInput;
}

const NONE: State = { isAll: false, ids: new Set() };

export function useSelection(shownIds: readonly string[], matchingCount: number, filter: Filter): Selection {
  const [state, setState] = useState<State>(NONE);
  const lastIndex = useRef<number | null>(null);
  // A new filter is a new list: what was selected in the old one no longer applies.
  const filterKey = JSON.stringify(filter);
  const [selectedFor, setSelectedFor] = useState(filterKey);
  if (selectedFor !== filterKey) {
    setSelectedFor(filterKey);
    setState(NONE);
  }

  const isSelected = useCallback((id: string) => (state.isAll ? !state.excluded.has(id) : state.ids.has(id)), [state]);

  const toggle = useCallback(
    (id: string, index: number, withShift: boolean) => {
      const wanted = !isSelected(id);
      const from = withShift && lastIndex.current !== null ? Math.min(lastIndex.current, index) : index;
      const to = withShift && lastIndex.current !== null ? Math.max(lastIndex.current, index) : index;
      const affected = shownIds.slice(from, to + 1);
      lastIndex.current = index;
      setState((current) => {
        if (current.isAll) {
          const excluded = new Set(current.excluded);
          for (const a of affected) if (wanted) excluded.delete(a);
          else excluded.add(a);
          return { isAll: true, excluded };
        }
        const ids = new Set(current.ids);
        for (const a of affected) if (wanted) ids.add(a);
        else ids.delete(a);
        return { isAll: false, ids };
      });
    },
    [isSelected, shownIds],
  );

  const areAllShownSelected = shownIds.length > 0 && shownIds.every(isSelected);
  const count = state.isAll ? Math.max(0, matchingCount - state.excluded.size) : state.ids.size;

  return useMemo(
    () => ({
      count,
      isAll: state.isAll,
      isSelected,
      toggle,
      areAllShownSelected,
      toggleShown: () => setState(areAllShownSelected ? NONE : { isAll: false, ids: new Set(shownIds) }),
      selectAllMatching: () => setState({ isAll: true, excluded: new Set() }),
      clear: () => setState(NONE),
      target: (): BulkTargetInput =>
        state.isAll
          ? { filter: filter.conditions.length > 0 ? filter : null, excludeIds: [...state.excluded] }
          : { ids: [...state.ids] },
    }),
    [count, state, isSelected, toggle, areAllShownSelected, shownIds, filter],
  );
}
