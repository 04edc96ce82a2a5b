import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationshipView } from '../../../src-shared/contract/relationships';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { DetailSection } from '../../components/DetailSection';
import { useNotify } from '../../components/Notifier';
import { AddRelationshipDialog } from './AddRelationshipDialog';
import { RelationshipPhrase, relationshipText } from './RelationshipPhrase';

/** "Spouse of Priya", "Referred Vikram": this contact's relationships, worded from its side. */
export function RelationshipsSection({ contact }: { contact: { id: string; displayName: string } }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const query = useApiQuery(`relationships:${contact.id}`, () => api.relationships.listFor({ contactId: contact.id }), ['relationships', 'contacts']);
  const [isAdding, setIsAdding] = useState(false);
  const items = query.data?.items ?? [];

  async function remove(r: RelationshipView) {
    try {
      await api.relationships.remove({ id: r.id });
      query.reload();
      const restore = () =>
        void api.relationships.restore({ id: r.id }).then(query.reload, (error: unknown) => notify({ message: describeError(t, error) }));
      notify({ message: t('relationships.removed', { relationship: relationshipText(t, r) }), action: { label: t('common.undo'), onClick: restore } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return (
    <DetailSection label={t('relationships.title')}>
      {items.length === 0 && query.data && <Typography color="text.secondary">{t('relationships.empty')}</Typography>}
      <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('relationships.title')}>
        {items.map((r) => (
          <Stack component="li" key={r.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography sx={{ overflowWrap: 'anywhere' }}>
              <RelationshipPhrase relationship={r} />
            </Typography>
            {r.other.isArchived && <Chip size="small" label={t('common.archived')} />}
            <IconButton size="small" aria-label={t('relationships.remove', { relationship: relationshipText(t, r) })} onClick={() => void remove(r)}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => setIsAdding(true)}>
        {t('relationships.add.button')}
      </Button>
      {isAdding && (
        <AddRelationshipDialog
          contact={contact}
          onClose={() => setIsAdding(false)}
          onAdded={() => {
            setIsAdding(false);
            query.reload();
            notify({ message: t('relationships.added') });
          }}
        />
      )}
    </DetailSection>
  );
}
