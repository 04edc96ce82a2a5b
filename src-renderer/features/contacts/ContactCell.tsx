import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import type { ContactListRow } from '../../../src-shared/contract/segments';

/** A row of the list: search results carry the summary only, list pages every column. */
export type ContactListItem = ContactSummary & Partial<ContactListRow>;
import { format as formatDate } from 'date-fns';
import { asLanguage, DATE_LOCALES } from '../../i18n/languages';
import type { ExtraColumn } from './list-columns';
import { languageName } from './preferred-language';

/** One column's value in a contact row, as plain text (user text is never HTML). */
export function ContactCell({ contact, column }: { contact: ContactListItem; column: ExtraColumn }) {
  const { t, i18n } = useTranslation();
  const dateLocale = DATE_LOCALES[asLanguage(i18n.resolvedLanguage)];
  const text = (() => {
    switch (column) {
      case 'company':
        return contact.companyName ?? '';
      case 'jobTitle':
        return contact.jobTitle;
      case 'email':
        return contact.primaryEmail ?? '';
      case 'phone':
        return contact.primaryPhone ?? '';
      case 'city':
        return contact.city ?? '';
      case 'stage':
        return contact.lifecycleStage ? t(`lifecycle.${contact.lifecycleStage}`) : '';
      case 'owner':
        return contact.owner ?? '';
      case 'source':
        return contact.source ?? '';
      case 'language':
        return contact.preferredLanguage ? languageName(contact.preferredLanguage, i18n.resolvedLanguage ?? 'en') : '';
      case 'tags':
        return (contact.tags ?? []).join(', ');
      case 'created':
        return contact.createdAtMs === undefined ? '' : formatDate(contact.createdAtMs, 'PP', { locale: dateLocale });
      case 'updated':
        return contact.updatedAtMs === undefined ? '' : formatDate(contact.updatedAtMs, 'PP', { locale: dateLocale });
    }
  })();
  return (
    <Typography variant="body2" noWrap title={text || undefined}>
      {text}
    </Typography>
  );
}
