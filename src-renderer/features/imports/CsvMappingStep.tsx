import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../src-shared/contract/imports';
import { FIELD_OPTIONS, fieldLabel } from './csv-field-options';

interface Props {
  columns: NonNullable<ImportPreview['columns']>;
  onChange(header: string, target: string): void;
  isDisabled: boolean;
}

/** For a CSV no preset knows: what each column holds, with its first values; remembered for next time. */
export function CsvMappingStep({ columns, onChange, isDisabled }: Props) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} component="section" aria-label={t('imports.mapping.label')}>
      <Typography variant="subtitle2" component="h4">
        {t('imports.mapping.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('imports.mapping.hint')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('imports.mapping.column')}</TableCell>
            <TableCell>{t('imports.mapping.samples')}</TableCell>
            <TableCell sx={{ width: 260 }}>{t('imports.mapping.field')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {columns.map((column, index) => {
            const isListed = FIELD_OPTIONS.some((o) => o.spec === column.target);
            const name = column.header.trim() || t('imports.mapping.unnamed', { number: index + 1 });
            return (
              <TableRow key={`${index}:${column.header}`}>
                <TableCell sx={{ overflowWrap: 'anywhere', fontWeight: 500 }}>{name}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere', color: 'text.secondary' }}>{column.samples.join(' · ') || '—'}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={column.target}
                    disabled={isDisabled}
                    onChange={(event) => onChange(column.header, event.target.value)}
                    slotProps={{ htmlInput: { 'aria-label': t('imports.mapping.fieldFor', { column: name }) } }}
                  >
                    {!isListed && <MenuItem value={column.target}>{fieldLabel(t, column.target)}</MenuItem>}
                    {FIELD_OPTIONS.map((option) => (
                      <MenuItem key={option.spec} value={option.spec}>
                        {fieldLabel(t, option.spec)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Stack>
  );
}
