import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CompanyDetail } from '../../../src-shared/contract/companies';
import { routeHref } from '../../app/routes';
import { DetailSection } from '../../components/DetailSection';
import { telHref } from '../../components/tel-href';
import { useFormat } from '../../i18n/useFormat';
import { AddressFacts } from '../contacts/AddressFacts';
import { LabelledValue } from '../contacts/LabelledValue';
import { websiteHref } from './website-href';

export function CompanyFacts({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  const { collator } = useFormat();
  const website = websiteHref(company.website);
  const people = [...company.people].sort((a, b) => collator.compare(a.displayName, b.displayName));
  const plain = (key: 'industry' | 'domain', value: string) =>
    value && (
      <DetailSection label={t(`companies.detail.${key}`)}>
        <Typography>{value}</Typography>
      </DetailSection>
    );
  return (
    <Stack spacing={2.5}>
      {plain('industry', company.industry)}
      {company.website && (
        <DetailSection label={t('companies.detail.website')}>
          {website ? (
            <Link href={website} target="_blank" rel="noopener noreferrer">
              {company.website}
            </Link>
          ) : (
            <Typography>{company.website}</Typography>
          )}
        </DetailSection>
      )}
      {/* The domain is worth a line only when the website does not already show it. */}
      {!company.website.toLowerCase().includes(company.domain) && plain('domain', company.domain)}
      {company.phones.length > 0 && (
        <DetailSection label={t('companies.detail.phones')}>
          {company.phones.map((phone) => (
            <LabelledValue key={phone.id} label={phone.label}>
              <Link href={telHref(phone.e164 ?? phone.value)}>{phone.value}</Link>
            </LabelledValue>
          ))}
        </DetailSection>
      )}
      {company.emails.length > 0 && (
        <DetailSection label={t('companies.detail.emails')}>
          {company.emails.map((email) => (
            <LabelledValue key={email.id} label={email.label}>
              <Link href={`mailto:${email.value}`}>{email.value}</Link>
            </LabelledValue>
          ))}
        </DetailSection>
      )}
      {company.addresses.length > 0 && <AddressFacts addresses={company.addresses} />}
      {company.tags.length > 0 && (
        <DetailSection label={t('companies.detail.tags')}>
          <Stack component="ul" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0 }}>
            {company.tags.map((tag) => (
              <Chip key={tag} component="li" size="small" label={tag} />
            ))}
          </Stack>
        </DetailSection>
      )}
      {company.notes && (
        <DetailSection label={t('companies.detail.notes')}>
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{company.notes}</Typography>
        </DetailSection>
      )}
      <DetailSection label={t('companies.detail.people')}>
        {people.length === 0 ? (
          <Typography color="text.secondary">{t('companies.detail.noPeople')}</Typography>
        ) : (
          <List dense disablePadding>
            {people.map((person) => (
              <li key={person.id}>
                <ListItemButton component="a" href={routeHref({ page: 'contacts', id: person.id })} sx={{ borderRadius: 1 }}>
                  <ListItemText primary={person.displayName} secondary={[person.jobTitle, person.primaryPhone].filter(Boolean).join(' · ') || undefined} />
                </ListItemButton>
              </li>
            ))}
          </List>
        )}
      </DetailSection>
    </Stack>
  );
}
