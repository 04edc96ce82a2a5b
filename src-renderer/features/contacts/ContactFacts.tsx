import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { routeHref } from '../../app/routes';
import { DetailSection } from '../../components/DetailSection';
import { telHref } from '../../components/tel-href';

/** Company, job title, emails, phones and notes; user text only ever as text nodes. */
export function ContactFacts({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const hasAnything = contact.companyId || contact.jobTitle || contact.emails.length || contact.phones.length || contact.notes;
  const label = (value: string) => t(`methodLabel.${value}`, { defaultValue: value });
  return (
    <Stack spacing={2.5}>
      {contact.companyId && contact.companyName && (
        <DetailSection label={t('contacts.detail.company')}>
          <Link href={routeHref({ page: 'companies', id: contact.companyId })}>{contact.companyName}</Link>
        </DetailSection>
      )}
      {contact.jobTitle && (
        <DetailSection label={t('contacts.detail.jobTitle')}>
          <Typography>{contact.jobTitle}</Typography>
        </DetailSection>
      )}
      {contact.emails.length > 0 && (
        <DetailSection label={t('contacts.detail.emails')}>
          {contact.emails.map((email) => (
            <Typography key={email.id}>
              <Link href={`mailto:${email.value}`}>{email.value}</Link>
              <Typography component="span" variant="body2" color="text.secondary">
                {' · '}
                {label(email.label)}
              </Typography>
            </Typography>
          ))}
        </DetailSection>
      )}
      {contact.phones.length > 0 && (
        <DetailSection label={t('contacts.detail.phones')}>
          {contact.phones.map((phone) => (
            <Typography key={phone.id}>
              <Link href={telHref(phone.value)}>{phone.value}</Link>
              <Typography component="span" variant="body2" color="text.secondary">
                {' · '}
                {label(phone.label)}
              </Typography>
            </Typography>
          ))}
        </DetailSection>
      )}
      {contact.notes && (
        <DetailSection label={t('contacts.detail.notes')}>
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{contact.notes}</Typography>
        </DetailSection>
      )}
      {!hasAnything && <Typography color="text.secondary">{t('contacts.detail.nothingYet')}</Typography>}
    </Stack>
  );
}
