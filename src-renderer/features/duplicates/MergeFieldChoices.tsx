import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { formatBirthday } from '../contacts/format-birthday';
import { ChoiceGroup } from './ChoiceGroup';
import { chosenSource, fieldOptions, fieldValue, MERGE_FIELDS, type MergeChoices, type MergeFieldName } from './merge-fields';

interface Props {
  contacts: ContactDetail[];
  survivorId: string;
  choices: MergeChoices;
  onChange(choices: MergeChoices): void;
}

/** For each field where the contacts differ, which value the merged contact keeps. */
export function MergeFieldChoices({ contacts, survivorId, choices, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  const shown = (contact: ContactDetail, name: MergeFieldName) => {
    if (name === 'companyId') return contact.companyName ?? '';
    const value = fieldValue(contact, name);
    return name === 'birthday' ? formatBirthday(value, locale) : value;
  };
  const differing = MERGE_FIELDS.filter(({ name }) => fieldOptions(contacts, survivorId, name).length > 1);
  if (differing.length === 0) return <Typography color="text.secondary">{t('duplicates.mergeDialog.noDifferences')}</Typography>;
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2" component="h3">
        {t('duplicates.mergeDialog.fields')}
      </Typography>
      {differing.map(({ name, labelKey }) => (
        <ChoiceGroup
          key={name}
          label={t(labelKey)}
          value={chosenSource(contacts, survivorId, choices, name)}
          choices={fieldOptions(contacts, survivorId, name).map((contact) => ({ value: contact.id, label: shown(contact, name) }))}
          onChange={(id) => onChange({ ...choices, [name]: id })}
        />
      ))}
    </Stack>
  );
}
