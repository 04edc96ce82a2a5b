// The contact list's columns: which can be shown, their widths, and the default choice. The
// choice and the sort are remembered in this browser's local storage (a view preference, not data).
import type { ListColumn, ListSort } from '../../../src-shared/contract/segments';
import { LIST_COLUMNS } from '../../../src-shared/contract/segments';

/** Columns besides the name, which is always shown. */
export type ExtraColumn = Exclude<ListColumn, 'name'>;
export const EXTRA_COLUMNS = LIST_COLUMNS.filter((c): c is ExtraColumn => c !== 'name');
export const DEFAULT_COLUMNS: readonly ExtraColumn[] = ['company', 'email', 'phone', 'city', 'stage'];
export const DEFAULT_SORT: ListSort = { column: 'name', direction: 'asc' };

export const COLUMN_WIDTH_PX: Record<ExtraColumn, number> = {
  company: 170,
  jobTitle: 150,
  email: 200,
  phone: 140,
  city: 120,
  stage: 110,
  owner: 120,
  source: 120,
  language: 110,
  tags: 160,
  created: 120,
  updated: 120,
};
export const NAME_WIDTH_PX = 260;
export const CHECKBOX_WIDTH_PX = 48;

const COLUMNS_KEY = 'sampark.contacts.columns';
const SORT_KEY = 'sampark.contacts.sort';

function read<T>(key: string, parse: (value: unknown) => T | null, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return (raw && parse(JSON.parse(raw))) || fallback;
  } catch {
    return fallback;
  }
}

export function loadColumns(): ExtraColumn[] {
  return read(
    COLUMNS_KEY,
    (v) => (Array.isArray(v) ? v.filter((c): c is ExtraColumn => (EXTRA_COLUMNS as string[]).includes(c as string)) : null),
    [...DEFAULT_COLUMNS],
  );
}

export function saveColumns(columns: readonly ExtraColumn[]): void {
  localStorage.setItem(COLUMNS_KEY, JSON.stringify(columns));
}

export function loadSort(): ListSort {
  return read(
    SORT_KEY,
    (v) => {
      const sort = v as Partial<ListSort> | null;
      return sort && LIST_COLUMNS.includes(sort.column as ListColumn) && sort.column !== ('tags' as string) && (sort.direction === 'asc' || sort.direction === 'desc')
        ? (sort as ListSort)
        : null;
    },
    DEFAULT_SORT,
  );
}

export function saveSort(sort: ListSort): void {
  localStorage.setItem(SORT_KEY, JSON.stringify(sort));
}
