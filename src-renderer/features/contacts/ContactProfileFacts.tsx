import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { DetailSection } from '../../components/DetailSection';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { FactLines, type Fact } from './FactLines';
import { formatBirthday } from './format-birthday';
import { languageName } from './preferred-language';
import { fullName } from './profile-facts';

/** Birthday, tags, other names, relationship and communication preferences: only what is filled in. */
export function ContactProfileFacts({ contact }: { contact: ContactDetail }) {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  const names: Fact[] = [
    { label: t('contacts.detail.fullName'), value: fullName(contact) },
    { label: t('contactForm.nickname'), value: contact.nickname },
    { label: t('contactForm.phoneticName'), value: contact.phoneticName },
  ];
  const relationship: Fact[] = [
    { label: t('contactForm.lifecycleStage'), value: contact.lifecycleStage && t(`lifecycle.${contact.lifecycleStage}`) },
    { label: t('contactForm.source'), value: contact.source },
    { label: t('contactForm.owner'), value: contact.owner },
  ];
  const communication: Fact[] = [
    { label: t('contactForm.preferredLanguage'), value: contact.preferredLanguage && languageName(contact.preferredLanguage, locale) },
    { label: t('contactForm.letterSalutation'), value: contact.letterSalutation },
    { label: t('contactForm.labelSalutation'), value: contact.labelSalutation },
  ];
  return (
    <>
      {contact.birthday && (
        <DetailSection label={t('contactForm.sections.birthday')}>
          <Typography>{formatBirthday(contact.birthday, locale)}</Typography>
        </DetailSection>
      )}
      {contact.tags.length > 0 && (
        <DetailSection label={t('contactForm.sections.tags')}>
          <Stack component="ul" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0 }}>
            {contact.tags.map((tag) => (
              <Chip key={tag} component="li" size="small" label={tag} />
            ))}
          </Stack>
        </DetailSection>
      )}
      <FactLines title={t('contacts.detail.names')} facts={names} />
      <FactLines title={t('contactForm.sections.relationship')} facts={relationship} />
      <FactLines title={t('contactForm.sections.communication')} facts={communication} />
    </>
  );
}
