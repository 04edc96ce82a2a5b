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

/** A contact's open reminders, with "Add reminder" for this contact. */
export function ContactReminders({ contactId, contactName }: { contactId: string; contactName: string }) {
  return <RecordReminders filter={{ contactId }} link={{ contact: { id: contactId, name: contactName } }} name={contactName} />;
}

/** A company's open reminders, with "Add reminder" for this company. */
export function CompanyReminders({ companyId, companyName }: { companyId: string; companyName: string }) {
  return <RecordReminders filter={{ companyId }} link={{ company: { id: companyId, name: companyName } }} name={companyName} />;
}

function RecordReminders(props: {
  filter: { contactId: string } | { companyId: string };
  link: Pick<Parameters<typeof ReminderFormDialog>[0], 'contact' | 'company'>;
  name: string;
}) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const key = 'contactId' in props.filter ? `contact-reminders:${props.filter.contactId}` : `company-reminders:${props.filter.companyId}`;
  const query = useApiQuery(key, () => api.reminders.list({ ...props.filter, limit: 50 }), ['reminders']);
  const items = query.data?.items ?? [];
  return (
    <DetailSection label={t('reminders.title')}>
      {query.data && items.length === 0 && <Typography color="text.secondary">{t('reminders.contact.none')}</Typography>}
      {items.length > 0 && <ReminderList reminders={items} label={t('reminders.contact.listLabel', { name: props.name })} showContact={'companyId' in props.filter} />}
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => setIsAdding(true)}>
          {t('reminders.contact.add')}
        </Button>
      </div>
      {isAdding && <ReminderFormDialog {...props.link} onClose={() => setIsAdding(false)} />}
    </DetailSection>
  );
}
