import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../src-shared/contract/reminders';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { localIsoDate } from './due-input';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** "Today, 3:00 pm", "Tue 31 Mar", "3 days late": when a reminder is due, in the UI language. */
export function useDueFormat() {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    const dayOfMs = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
    const longDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const today = () => localIsoDate(Date.now());
    const dateLabel = (isoDate: string) => {
      const offset = Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / DAY_MS);
      if (offset === 0) return t('reminders.due.today');
      if (offset === 1) return t('reminders.due.tomorrow');
      if (offset === -1) return t('reminders.due.yesterday');
      return day.format(Date.parse(`${isoDate}T00:00:00Z`));
    };
    return {
      /** When it is due (the snooze, if any). */
      when(reminder: Reminder): string {
        if (reminder.snoozedUntilMs !== null) {
          const at = reminder.snoozedUntilMs;
          return t('reminders.due.snoozedUntil', { when: `${localIsoDate(at) === today() ? t('reminders.due.today') : dayOfMs.format(at)}, ${time.format(at)}` });
        }
        if (reminder.due.kind === 'date') return dateLabel(reminder.due.date);
        return `${dateLabel(localIsoDate(reminder.due.atMs))}, ${time.format(reminder.due.atMs)}`;
      },
      /** "2 h late", "3 days late", or '' when not late. */
      lateness(overdueMs: number): string {
        if (overdueMs <= 0) return '';
        if (overdueMs >= DAY_MS) return t('reminders.late.days', { count: Math.floor(overdueMs / DAY_MS) });
        if (overdueMs >= HOUR_MS) return t('reminders.late.hours', { count: Math.floor(overdueMs / HOUR_MS) });
        return t('reminders.late.minutes', { count: Math.max(1, Math.floor(overdueMs / 60_000)) });
      },
      dateLabel,
      longDate: (isoDate: string) => longDay.format(Date.parse(`${isoDate}T00:00:00Z`)),
      time: (ms: number) => time.format(ms),
      dayAndTime: (ms: number) => `${dayOfMs.format(ms)}, ${time.format(ms)}`,
    };
  }, [locale, t]);
}
