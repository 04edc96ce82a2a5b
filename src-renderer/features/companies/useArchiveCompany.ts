import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { navigate } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

/** Archive with an Undo in the snackbar, like contacts. */
export function useArchiveCompany() {
  const { t } = useTranslation();
  const notify = useNotify();

  async function unarchive(id: string) {
    try {
      await api.companies.unarchive({ id });
      navigate({ page: 'companies', id });
      notify({ message: t('companies.restored') });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  async function archive(id: string) {
    try {
      await api.companies.archive({ id });
      navigate({ page: 'companies' });
      notify({ message: t('companies.archived'), action: { label: t('common.undo'), onClick: () => void unarchive(id) } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return { archive, unarchive };
}
