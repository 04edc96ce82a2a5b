import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../src-shared/contract/imports';
import { useFormat } from '../../i18n/useFormat';
import { importReason } from './import-reason';

const ACTION_COLORS = { create: 'success', update: 'info', skip: 'default' } as const;

/** The first records of the file with what importing would do to each. */
export function ImportSamples({ samples }: { samples: ImportPreview['samples'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!samples.length) return null;
  return (
    <Table size="small" aria-label={t('imports.samples.label')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 80 }}>{t('imports.samples.line')}</TableCell>
          <TableCell>{t('imports.samples.name')}</TableCell>
          <TableCell>{t('imports.samples.action')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {samples.map((sample) => (
          <TableRow key={sample.line}>
            <TableCell>{format.number(sample.line)}</TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{sample.displayName}</TableCell>
            <TableCell>
              <Chip size="small" color={ACTION_COLORS[sample.action]} label={t(`imports.actions.${sample.action}`)} />
              {sample.reason && (
                <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 1 }}>
                  {importReason(t, sample.reason)}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
