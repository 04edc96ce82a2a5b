import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { CasePriority, CaseSummary } from '../../../src-shared/contract/cases';

const PRIORITY_COLOR: Record<CasePriority, 'error' | 'warning' | 'default' | 'info'> = { urgent: 'error', high: 'warning', normal: 'default', low: 'info' };

/** Status, priority and kind of a case, as small chips. */
export function CaseChips({ item }: { item: Pick<CaseSummary, 'status' | 'priority' | 'kind'> }) {
  const { t } = useTranslation();
  const isDone = item.status === 'resolved' || item.status === 'closed';
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" color={isDone ? 'success' : 'primary'} variant={isDone ? 'outlined' : 'filled'} label={t(`cases.status.${item.status}`)} />
      <Chip size="small" color={PRIORITY_COLOR[item.priority]} variant="outlined" label={t(`cases.priority.${item.priority}`)} />
      <Chip size="small" variant="outlined" label={t(`cases.kind.${item.kind}`)} />
    </Stack>
  );
}
