import AlarmIcon from '@mui/icons-material/AccessAlarm';
import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../src-shared/contract/cases';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { formatRelative, responseNow } from './relative-time';
import { useNow } from './useNow';

/** "Answer due in 3 hr." or "Overdue: answer was due 2 hr. ago"; answered cases say on time or late. */
export function ResponseIndicator({ item }: { item: Pick<CaseSummary, 'response' | 'firstResponseAtMs'> }) {
  const { t, i18n } = useTranslation();
  const nowMs = useNow();
  const { state, deltaMs } = responseNow(item, nowMs);
  const when = formatRelative(INTL_LOCALES[asLanguage(i18n.resolvedLanguage)], deltaMs);
  const label = t(`cases.response.${state}`, { when });
  if (state === 'overdue') return <Chip size="small" color="error" icon={<AlarmIcon />} label={label} />;
  if (state === 'due') return <Chip size="small" variant="outlined" color="warning" icon={<ScheduleIcon />} label={label} />;
  return <Chip size="small" variant="outlined" color={state === 'met' ? 'success' : 'default'} icon={<CheckIcon />} label={label} />;
}
