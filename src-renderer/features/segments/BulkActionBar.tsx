import ArchiveIcon from '@mui/icons-material/Archive';
import DownloadIcon from '@mui/icons-material/Download';
import LabelIcon from '@mui/icons-material/LocalOffer';
import MoreIcon from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction, BulkTargetInput, FilterFieldInfo } from '../../../src-shared/contract/segments';
import { useFormat } from '../../i18n/useFormat';
import { BulkActionDialog, type ValueAction } from './BulkActionDialog';
import { BulkExportDialog } from './BulkExportDialog';
import { useBulkAction } from './useBulkAction';

interface Props {
  count: number;
  /** Every matching contact is selected, not just the rows on screen. */
  isAll: boolean;
  matchingCount: number;
  canSelectAllMatching: boolean;
  fields: readonly FilterFieldInfo[];
  target(): BulkTargetInput;
  onSelectAllMatching(): void;
  onClear(): void;
}

const FLAG_ACTIONS: { key: string; action: BulkAction }[] = [
  { key: 'doNotContactOn', action: { type: 'setFlag', field: 'isDoNotContact', value: true } },
  { key: 'doNotContactOff', action: { type: 'setFlag', field: 'isDoNotContact', value: false } },
  { key: 'doNotMailOn', action: { type: 'setFlag', field: 'isDoNotMail', value: true } },
  { key: 'doNotMailOff', action: { type: 'setFlag', field: 'isDoNotMail', value: false } },
];

/** Shown while contacts are ticked: what to do with all of them at once, each undoable as a whole. */
export function BulkActionBar({ count, isAll, matchingCount, canSelectAllMatching, fields, target, onSelectAllMatching, onClear }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [asking, setAsking] = useState<ValueAction>();
  const [isExporting, setIsExporting] = useState(false);
  const { run, progress } = useBulkAction(onClear);
  const isBusy = progress !== null;
  const apply = (action: BulkAction) => {
    setAsking(undefined);
    setAnchor(null);
    void run(target(), action, count);
  };
  const choose = (next: () => void) => {
    setAnchor(null);
    next();
  };

  return (
    <Box role="toolbar" aria-label={t('segments.bulk.label')} sx={{ px: 2, py: 1, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }} role="status">
          {t('segments.select.selected', { formatted: format.number(count) })}
        </Typography>
        {canSelectAllMatching && !isAll && matchingCount > count && (
          <Button size="small" onClick={onSelectAllMatching} disabled={isBusy}>
            {t('segments.select.allMatching', { formatted: format.number(matchingCount) })}
          </Button>
        )}
        <Button size="small" onClick={onClear} disabled={isBusy}>
          {t('segments.select.clear')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button size="small" variant="outlined" startIcon={<LabelIcon />} onClick={() => setAsking('addTag')} disabled={isBusy}>
          {t('segments.bulk.addTag')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => setAsking('removeTag')} disabled={isBusy}>
          {t('segments.bulk.removeTag')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => setAsking('setStage')} disabled={isBusy}>
          {t('segments.bulk.setStage')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => setAsking('setOwner')} disabled={isBusy}>
          {t('segments.bulk.setOwner')}
        </Button>
        <IconButton
          size="small"
          aria-label={t('segments.bulk.more')}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
          disabled={isBusy}
        >
          <MoreIcon />
        </IconButton>
        <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
          <MenuItem onClick={() => choose(() => setAsking('setSource'))}>{t('segments.bulk.setSource')}</MenuItem>
          <MenuItem onClick={() => choose(() => setAsking('setLanguage'))}>{t('segments.bulk.setLanguage')}</MenuItem>
          {FLAG_ACTIONS.map(({ key, action }) => (
            <MenuItem key={key} onClick={() => apply(action)}>
              {t(`segments.bulk.${key}`)}
            </MenuItem>
          ))}
          <MenuItem onClick={() => choose(() => setIsExporting(true))}>
            <ListItemIcon>
              <DownloadIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('segments.bulk.export')}</ListItemText>
          </MenuItem>
          <MenuItem onClick={() => apply({ type: 'archive' })}>
            <ListItemIcon>
              <ArchiveIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('segments.bulk.archive')}</ListItemText>
          </MenuItem>
        </Menu>
      </Stack>
      {progress && (
        <Stack spacing={0.5} sx={{ mt: 1 }}>
          <LinearProgress variant={progress.done > 0 ? 'determinate' : 'indeterminate'} value={progress.total > 0 ? (100 * progress.done) / progress.total : 0} />
          <Typography variant="caption" color="text.secondary" role="status">
            {t('segments.bulk.working', { done: format.number(progress.done), total: format.number(progress.total) })}
          </Typography>
        </Stack>
      )}
      {asking && <BulkActionDialog kind={asking} count={count} fields={fields} onApply={apply} onClose={() => setAsking(undefined)} />}
      {isExporting && <BulkExportDialog target={target()} count={count} onClose={() => setIsExporting(false)} />}
    </Box>
  );
}
