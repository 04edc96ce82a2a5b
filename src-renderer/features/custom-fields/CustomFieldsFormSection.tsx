import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routes';
import { FormSection } from '../contacts/FormSection';
import { CustomFieldInput } from './CustomFieldInput';
import type { CustomFieldValuesState } from './useCustomFieldValues';

/** The contact form's "Custom fields" section: one input per field defined in Settings. */
export function CustomFieldsFormSection({ state }: { state: CustomFieldValuesState }) {
  const { t } = useTranslation();
  const filled = state.fields.filter((f) => {
    const v = state.values[f.id];
    return v === true || (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0);
  });
  return (
    <FormSection title={t('customFields.sectionTitle')} summary={filled.map((f) => f.name).join(' · ')} hasError={Object.keys(state.problems).length > 0}>
      {state.fields.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('customFields.noneDefined')} <Link href={routeHref({ page: 'settings' })}>{t('customFields.defineInSettings')}</Link>
        </Typography>
      )}
      {state.fields.map((field) => (
        <CustomFieldInput
          key={field.id}
          field={field}
          value={state.values[field.id] ?? (field.type === 'checkbox' ? false : field.type === 'multiChoice' ? [] : '')}
          error={field.id in state.problems ? t(state.problems[field.id]!) : undefined}
          onChange={(value) => state.set(field.id, value)}
        />
      ))}
    </FormSection>
  );
}
