import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { routeHref } from '../../app/routes';
import { DetailSection } from '../../components/DetailSection';
import { telHref } from '../../components/tel-href';
import { websiteHref } from '../companies/website-href';
import { AddressFacts } from './AddressFacts';
import { ContactProfileFacts } from './ContactProfileFacts';
import { LabelledValue } from './LabelledValue';
import { hasProfileFacts } from './profile-facts';

/** Everything known about a contact, empty fields left out; user text only ever as text nodes. */
export function ContactFacts({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const hasAnything =
    contact.companyId ||
    contact.jobTitle ||
    contact.department ||
    contact.emails.length ||
    contact.phones.length ||
    contact.addresses.length ||
    contact.websites.length ||
    contact.notes ||
    hasProfileFacts(contact);
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
      {contact.department && (
        <DetailSection label={t('contacts.detail.department')}>
          <Typography>{contact.department}</Typography>
        </DetailSection>
      )}
      {contact.emails.length > 0 && (
        <DetailSection label={t('contacts.detail.emails')}>
          {contact.emails.map((email) => (
            <LabelledValue key={email.id} label={email.label}>
              <Link href={`mailto:${email.value}`}>{email.value}</Link>
            </LabelledValue>
          ))}
        </DetailSection>
      )}
      {contact.phones.length > 0 && (
        <DetailSection label={t('contacts.detail.phones')}>
          {contact.phones.map((phone) => (
            <LabelledValue key={phone.id} label={phone.label}>
              <Link href={telHref(phone.value)}>{phone.value}</Link>
            </LabelledValue>
          ))}
        </DetailSection>
      )}
      {contact.addresses.length > 0 && <AddressFacts addresses={contact.addresses} />}
      {contact.websites.length > 0 && (
        <DetailSection label={t('contacts.detail.websites')}>
          {contact.websites.map((website) => {
            // Only https opens from the app; anything else stays plain text.
            const href = websiteHref(website.value);
            return (
              <LabelledValue key={website.id} label={website.label}>
                {href ? (
                  <Link href={href} target="_blank" rel="noopener noreferrer">
                    {website.value}
                  </Link>
                ) : (
                  website.value
                )}
              </LabelledValue>
            );
          })}
        </DetailSection>
      )}
      <ContactProfileFacts contact={contact} />
      {contact.notes && (
        <DetailSection label={t('contacts.detail.notes')}>
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{contact.notes}</Typography>
        </DetailSection>
      )}
      {!hasAnything && <Typography color="text.secondary">{t('contacts.detail.nothingYet')}</Typography>}
    </Stack>
  );
}
