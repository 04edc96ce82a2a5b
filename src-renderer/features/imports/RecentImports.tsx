import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useFormat } from '../../i18n/useFormat';
import { useUndoImport } from './useUndoImport';

const SHOWN = 5;

/** The last imports, each undoable as a whole until it has been undone. */
export function RecentImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const undo = useUndoImport();
  const query = useApiQuery('imports', () => api.imports.list({}), ['contacts', 'imports']);
  const [undoingId, setUndoingId] = useState<string>();
  const items = query.data?.items.slice(0, SHOWN) ?? [];
  if (!items.length) return null;

  return (
    <Stack component="section" aria-label={t('imports.recent.title')}>
      <Typography variant="subtitle2" component="h3" color="text.secondary">
        {t('imports.recent.title')}
      </Typography>
      <List dense>
        {items.map((entry) => (
          <ListItem
            key={entry.id}
            disableGutters
            secondaryAction={
              entry.undoneAtMs === null ? (
                <Button
                  size="small"
                  aria-label={t('imports.recent.undo', { name: entry.fileName })}
                  loading={undoingId === entry.id}
                  onClick={() => {
                    setUndoingId(entry.id);
                    void undo(entry.id).finally(() => {
                      setUndoingId(undefined);
                      query.reload();
                    });
                  }}
                >
                  {t('common.undo')}
                </Button>
              ) : (
                <Chip size="small" label={t('imports.recent.undone')} />
              )
            }
          >
            <ListItemText
              primary={entry.fileName}
              secondary={t('imports.recent.summary', {
                date: format.dateTime(entry.atMs),
                created: format.number(entry.created),
                updated: format.number(entry.updated),
                skipped: format.number(entry.skipped),
              })}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere', pr: 10 } } }}
            />
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}
