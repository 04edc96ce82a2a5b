import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../src-shared/contract/imports';
import { useFormat } from '../../i18n/useFormat';

/** Records found, and how many would be added, updated, skipped or refused. */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = [
    { key: 'total', value: preview.total },
    { key: 'create', value: preview.toCreate },
    { key: 'update', value: preview.toUpdate },
    { key: 'skip', value: preview.toSkip },
    { key: 'errors', value: preview.errors.length },
  ];
  return (
    <Box component="ul" aria-label={t('imports.counts.label')} sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0 }}>
      {counts.map(({ key, value }) => (
        <Paper
          key={key}
          component="li"
          variant="outlined"
          sx={{ px: 2, py: 1, minWidth: 110, borderColor: key === 'errors' && value > 0 ? 'error.main' : undefined }}
        >
          <Typography variant="h5" component="span" sx={{ display: 'block' }}>
            {format.number(value)}
          </Typography>
          <Typography variant="body2" component="span" color="text.secondary">
            {t(`imports.counts.${key}`)}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
