import ColumnsIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXTRA_COLUMNS, type ExtraColumn } from './list-columns';

/** Which columns the list shows (the name always is); kept in the list's order. */
export function ColumnChooser({ columns, onChange }: { columns: readonly ExtraColumn[]; onChange(columns: ExtraColumn[]): void }) {
  const { t } = useTranslation();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const toggle = (column: ExtraColumn) =>
    onChange(EXTRA_COLUMNS.filter((c) => (c === column ? !columns.includes(c) : columns.includes(c))));
  return (
    <>
      <Button
        size="small"
        startIcon={<ColumnsIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('segments.columns.button')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {EXTRA_COLUMNS.map((column) => (
          <MenuItem key={column} role="menuitemcheckbox" aria-checked={columns.includes(column)} onClick={() => toggle(column)} dense>
            <ListItemIcon>
              <Checkbox size="small" edge="start" checked={columns.includes(column)} tabIndex={-1} disableRipple slotProps={{ input: { 'aria-hidden': true } }} />
            </ListItemIcon>
            <ListItemText>{t(`segments.columns.${column}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
