import AddIcon from '@mui/icons-material/AddAlert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { DetailSection } from '../../components/DetailSection';
import { ReminderFormDialog } from './ReminderFormDialog';
import { ReminderList } from './ReminderList';

/** The contact page's open reminders, with "Add reminder" for this contact. */
export function ContactReminders({ contactId, contactName }: { contactId: string; contactName: string }) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const query = useApiQuery(`contact-reminders:${contactId}`, () => api.reminders.list({ contactId, limit: 50 }), ['reminders']);
  const items = query.data?.items ?? [];
  return (
    <DetailSection label={t('reminders.title')}>
      {query.data && items.length === 0 && <Typography color="text.secondary">{t('reminders.contact.none')}</Typography>}
      {items.length > 0 && <ReminderList reminders={items} label={t('reminders.contact.listLabel', { name: contactName })} showContact={false} />}
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => setIsAdding(true)}>
          {t('reminders.contact.add')}
        </Button>
      </div>
      {isAdding && <ReminderFormDialog contact={{ id: contactId, name: contactName }} onClose={() => setIsAdding(false)} />}
    </DetailSection>
  );
}
