import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { TodaySnapshot } from '../../../src-shared/contract/reminders';
import { useFormat } from '../../i18n/useFormat';
import { ReminderList } from '../reminders/ReminderList';
import { TodaySection } from './TodaySection';

function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total <= shown) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
      <a href="#/reminders">{t('today.more', { formatted: format.number(total - shown) })}</a>
    </Typography>
  );
}

export function OverdueSection({ snapshot }: { snapshot: TodaySnapshot }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (snapshot.overdue.length === 0) return null;
  return (
    <TodaySection title={t('today.overdue')} count={format.number(snapshot.overdueTotal)}>
      <ReminderList reminders={snapshot.overdue} label={t('today.overdue')} />
      <More shown={snapshot.overdue.length} total={snapshot.overdueTotal} />
    </TodaySection>
  );
}

export function DueTodaySection({ snapshot }: { snapshot: TodaySnapshot }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (snapshot.dueToday.length === 0) return null;
  return (
    <TodaySection title={t('today.dueToday')} count={format.number(snapshot.dueTodayTotal)}>
      <ReminderList reminders={snapshot.dueToday} label={t('today.dueToday')} />
      <More shown={snapshot.dueToday.length} total={snapshot.dueTodayTotal} />
    </TodaySection>
  );
}
