import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { AddressRows } from './AddressRows';
import { BirthdayField } from './BirthdayField';
import { fromBirthdayParts } from './birthday-parts';
import { CommunicationFields } from './CommunicationFields';
import { communicationSummary, relationshipSummary } from './contact-form-summaries';
import { hasErrorIn, type ContactFormBinding } from './contact-form-binding';
import { WEBSITE_LABELS } from './contact-form-values';
import { ContactMethodRows } from './ContactMethodRows';
import { formatBirthday } from './format-birthday';
import { FormSection } from './FormSection';
import { RelationshipFields } from './RelationshipFields';
import { TagsField } from './TagsField';

const NAME_FIELDS = ['prefix', 'additionalNames', 'suffix', 'nickname', 'phoneticName'] as const;
const joined = (parts: string[]) => parts.map((part) => part.trim()).filter(Boolean).join(' · ');

/** The contact's less-used fields, each group folded away until needed; `more` adds sections at the end. */
export function ContactFormSections({ more, ...form }: ContactFormBinding & { more?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { values, errors, set, text } = form;
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  const birthday = fromBirthdayParts(values.birthday);
  return (
    <div>
      <FormSection title={t('contactForm.sections.names')} summary={joined(NAME_FIELDS.map((key) => values[key]))} hasError={hasErrorIn(errors, [...NAME_FIELDS])}>
        {NAME_FIELDS.map((key) => (
          <TextField key={key} size="small" label={t(`contactForm.${key}`)} {...text(key)} />
        ))}
      </FormSection>
      <FormSection title={t('contactForm.sections.work')} summary={values.department} hasError={hasErrorIn(errors, ['department'])}>
        <TextField size="small" label={t('contactForm.department')} {...text('department')} />
      </FormSection>
      <FormSection
        title={t('contactForm.sections.addresses')}
        summary={joined(values.addresses.map((a) => a.locality || a.street.split('\n')[0] || a.country))}
        hasError={hasErrorIn(errors, ['addresses'])}
      >
        <AddressRows rows={values.addresses} errors={errors} onChange={(rows) => set('addresses', rows)} />
      </FormSection>
      <FormSection title={t('contactForm.sections.websites')} summary={joined(values.websites.map((w) => w.value))} hasError={hasErrorIn(errors, ['websites'])}>
        <ContactMethodRows kind="websites" rows={values.websites} labels={WEBSITE_LABELS} errors={errors} onChange={(rows) => set('websites', rows)} isHeadingHidden />
      </FormSection>
      <FormSection
        title={t('contactForm.sections.birthday')}
        summary={birthday && birthday !== 'invalid' ? formatBirthday(birthday, locale) : undefined}
        hasError={hasErrorIn(errors, ['birthday'])}
      >
        <BirthdayField value={values.birthday} onChange={(parts) => set('birthday', parts)} error={errors.birthday} />
      </FormSection>
      <FormSection title={t('contactForm.sections.tags')} summary={values.tags.join(', ')} hasError={hasErrorIn(errors, ['tags'])}>
        <TagsField value={values.tags} onChange={(tags) => set('tags', tags)} error={errors.tags} />
      </FormSection>
      <FormSection
        title={t('contactForm.sections.relationship')}
        summary={joined(relationshipSummary(t, values))}
        hasError={hasErrorIn(errors, ['lifecycleStage', 'source', 'owner'])}
      >
        <RelationshipFields {...form} />
      </FormSection>
      <FormSection
        title={t('contactForm.sections.communication')}
        summary={joined(communicationSummary(t, values, locale))}
        hasError={hasErrorIn(errors, ['preferredLanguage', 'letterSalutation', 'labelSalutation', 'isDoNotContact', 'isDoNotMail'])}
      >
        <CommunicationFields {...form} />
      </FormSection>
      {more}
    </div>
  );
}
