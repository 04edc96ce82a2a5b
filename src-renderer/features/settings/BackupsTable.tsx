import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../src-shared/contract/system';
import { visuallyHidden } from '../../components/visually-hidden';
import { useFormat } from '../../i18n/useFormat';

export function BackupsTable({ items, onRestore }: { items: Backup[]; onRestore(backup: Backup): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...items].sort((a, b) => b.createdAtMs - a.createdAtMs);
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={t('settings.backups.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('settings.backups.date')}</TableCell>
            <TableCell>{t('settings.backups.reason')}</TableCell>
            <TableCell align="right">{t('settings.backups.size')}</TableCell>
            <TableCell align="right">
              <Box component="span" sx={visuallyHidden}>
                {t('settings.backups.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {newestFirst.map((backup) => {
            const date = format.dateTime(backup.createdAtMs);
            return (
              <TableRow key={backup.file}>
                <TableCell>{date}</TableCell>
                <TableCell>{t(`settings.backups.reasons.${backup.reason}`, { defaultValue: backup.reason })}</TableCell>
                <TableCell align="right">{format.bytes(backup.sizeBytes)}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => onRestore(backup)} aria-label={t('settings.backups.restoreOne', { date })}>
                    {t('settings.backups.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
