import SnoozeIcon from '@mui/icons-material/Snooze';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snooze } from '../../../src-shared/contract/reminders';

const CHOICES = ['hour', 'tomorrow', 'nextWeek'] as const;

/** Snooze: in an hour, tomorrow 9:00, next Monday 9:00, or a picked moment. */
export function SnoozeMenu({ title, onSnooze }: { title: string; onSnooze: (snooze: Snooze) => void }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [isPicking, setIsPicking] = useState(false);
  // The moment the picker opened: a picked time must be later.
  const [pickStartMs, setPickStartMs] = useState(0);
  const [picked, setPicked] = useState('');
  const titleId = useId();
  const pickedMs = picked ? new Date(picked).getTime() : Number.NaN;
  const label = t('reminders.snooze.label', { title });

  return (
    <>
      <Tooltip title={t('reminders.snooze.short')}>
        <IconButton aria-label={label} aria-haspopup="menu" onClick={(event) => setAnchor(event.currentTarget)}>
          <SnoozeIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {CHOICES.map((kind) => (
          <MenuItem
            key={kind}
            onClick={() => {
              setAnchor(null);
              onSnooze({ kind });
            }}
          >
            {t(`reminders.snooze.${kind}`)}
          </MenuItem>
        ))}
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setPickStartMs(Date.now());
            setIsPicking(true);
          }}
        >
          {t('reminders.snooze.pick')}
        </MenuItem>
      </Menu>
      {isPicking && (
        <Dialog open onClose={() => setIsPicking(false)} aria-labelledby={titleId}>
          <DialogTitle id={titleId}>{t('reminders.snooze.pickTitle')}</DialogTitle>
          <DialogContent>
            <TextField
              type="datetime-local"
              label={t('reminders.snooze.until')}
              value={picked}
              onChange={(event) => setPicked(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ mt: 1 }}
              autoFocus
              error={picked !== '' && pickedMs <= pickStartMs}
              helperText={picked !== '' && pickedMs <= pickStartMs ? t('reminders.snooze.future') : ' '}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setIsPicking(false)}>{t('common.cancel')}</Button>
            <Button
              variant="contained"
              disabled={!(pickedMs > pickStartMs)}
              onClick={() => {
                setIsPicking(false);
                onSnooze({ kind: 'until', atMs: pickedMs });
              }}
            >
              {t('reminders.snooze.short')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
