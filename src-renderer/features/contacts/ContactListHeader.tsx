import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useTranslation } from 'react-i18next';
import type { ListColumn, ListSort, SortColumn } from '../../../src-shared/contract/segments';
import { CHECKBOX_WIDTH_PX, COLUMN_WIDTH_PX, NAME_WIDTH_PX, type ExtraColumn } from './list-columns';

export const HEADER_HEIGHT_PX = 40;

interface Props {
  columns: readonly ExtraColumn[];
  sort: ListSort;
  onSort(sort: ListSort): void;
  selection?: { isChecked: boolean; isIndeterminate: boolean; onToggle(): void };
}

/** Column headings: click one to sort by it, again to reverse. Stays on top while the rows scroll. */
export function ContactListHeader({ columns, sort, onSort, selection }: Props) {
  const { t } = useTranslation();
  const isCompact = columns.length === 0;
  const heading = (column: ListColumn, width: number | undefined) => {
    const label = t(`segments.columns.${column}`);
    const isActive = sort.column === column;
    const cell = { px: column === 'name' ? 2 : 1.5, ...(width === undefined ? { flex: 1, minWidth: 0 } : { width, flexShrink: 0 }) };
    if (column === 'tags') {
      return (
        <Box key={column} sx={{ ...cell, fontSize: '0.8125rem', fontWeight: 500 }}>
          {label}
        </Box>
      );
    }
    return (
      <Box key={column} sx={cell}>
        <TableSortLabel
          active={isActive}
          direction={isActive ? sort.direction : 'asc'}
          onClick={() => onSort({ column: column as SortColumn, direction: isActive && sort.direction === 'asc' ? 'desc' : 'asc' })}
          aria-label={isActive ? t(sort.direction === 'asc' ? 'segments.columns.sortedAsc' : 'segments.columns.sortedDesc', { column: label }) : t('segments.columns.sortBy', { column: label })}
          sx={{ fontSize: '0.8125rem', fontWeight: 500 }}
        >
          {label}
        </TableSortLabel>
      </Box>
    );
  };
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        height: HEADER_HEIGHT_PX,
        position: 'sticky',
        top: 0,
        zIndex: 1,
        bgcolor: 'background.paper',
        borderBottom: 1,
        borderColor: 'divider',
        minWidth: isCompact ? undefined : 'max-content',
      }}
    >
      {selection && (
        <Box sx={{ width: CHECKBOX_WIDTH_PX, flexShrink: 0, textAlign: 'center' }}>
          <Checkbox
            size="small"
            checked={selection.isChecked}
            indeterminate={selection.isIndeterminate}
            onChange={selection.onToggle}
            slotProps={{ input: { 'aria-label': t('segments.select.shown') } }}
          />
        </Box>
      )}
      {heading('name', isCompact ? undefined : NAME_WIDTH_PX)}
      {columns.map((column) => heading(column, COLUMN_WIDTH_PX[column]))}
    </Box>
  );
}
