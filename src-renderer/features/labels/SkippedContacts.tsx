import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintDocument, SkipReason } from '../../../src-shared/contract/labels';
import { useFormat } from '../../i18n/useFormat';

const SHOWN = 50;

/** Who will get no label, and why: counts per reason, names on request. */
export function SkippedContacts({ skipped }: { skipped: PrintDocument['skipped'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isOpen, setIsOpen] = useState(false);
  if (skipped.length === 0) return null;
  const counts = new Map<SkipReason, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const summary = [...counts].map(([reason, n]) => t(`labels.skip.${reason}`, { count: n, formatted: format.number(n) })).join(', ');
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={() => setIsOpen(!isOpen)} aria-expanded={isOpen}>
          {isOpen ? t('labels.hideSkipped') : t('labels.showSkipped')}
        </Button>
      }
    >
      {t('labels.skipped', { count: skipped.length, formatted: format.number(skipped.length) })} {summary}
      {isOpen && (
        <List dense aria-label={t('labels.skippedList')}>
          {skipped.slice(0, SHOWN).map((s) => (
            <ListItem key={s.contactId} disableGutters>
              <ListItemText primary={s.displayName || s.contactId} secondary={t(`labels.reason.${s.reason}`)} />
            </ListItem>
          ))}
        </List>
      )}
    </Alert>
  );
}
