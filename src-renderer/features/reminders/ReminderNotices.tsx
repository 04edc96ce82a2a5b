import { useTranslation } from 'react-i18next';
import { useAppEvent } from '../../api/useAppEvent';
import { navigate } from '../../app/routes';
import { useNotify } from '../../components/Notifier';

/**
 * Browser mode: a reminder that comes due shows in the app's snackbar, with "Open" for its
 * contact. The desktop app shows a system notification instead (src-main/electron/notifications.ts).
 */
export function ReminderNotices() {
  const { t } = useTranslation();
  const notify = useNotify();
  const isDesktop = typeof window !== 'undefined' && window.sampark !== undefined;
  useAppEvent((event) => {
    if (event.type !== 'reminders.due' || isDesktop) return;
    const target = event.contactId
      ? () => navigate({ page: 'contacts', id: event.contactId! })
      : event.companyId
        ? () => navigate({ page: 'companies', id: event.companyId! })
        : () => navigate({ page: 'today' });
    notify({
      message: event.body ? t('reminders.notice.withBody', { title: event.title, body: event.body }) : t('reminders.notice.plain', { title: event.title }),
      action: { label: t('reminders.notice.open'), onClick: target },
    });
  });
  return null;
}
