import { useTranslation } from 'react-i18next';
import type { ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { api } from '../../api/client';
import { navigate } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

/** Merges, then shows the survivor with an Undo that brings every merged contact back. */
export function useMergeContacts(): (survivorId: string, mergedIds: string[], fields: ContactFieldsInput) => Promise<void> {
  const { t } = useTranslation();
  const notify = useNotify();
  return async (survivorId, mergedIds, fields) => {
    const { mergeId, contact } = await api.contacts.merge({ survivorId, mergedIds, fields });
    navigate({ page: 'contacts', id: contact.id });
    notify({
      message: t('duplicates.merged'),
      action: {
        label: t('common.undo'),
        onClick: () => {
          api.contacts.undoMerge({ mergeId }).then(
            () => notify({ message: t('duplicates.mergeUndone') }),
            (error: unknown) => notify({ message: describeError(t, error) }),
          );
        },
      },
    });
  };
}
