import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { navigate } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

/** Archive with an Undo in the snackbar; archived contacts leave the list but are never deleted. */
export function useArchiveContact() {
  const { t } = useTranslation();
  const notify = useNotify();

  async function unarchive(id: string) {
    try {
      await api.contacts.unarchive({ id });
      navigate({ page: 'contacts', id });
      notify({ message: t('contacts.restored') });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  async function archive(id: string) {
    try {
      await api.contacts.archive({ id });
      navigate({ page: 'contacts' });
      notify({ message: t('contacts.archived'), action: { label: t('common.undo'), onClick: () => void unarchive(id) } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return { archive, unarchive };
}
