import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CustomField, CustomValue } from '../../../src-shared/contract/custom-fields';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { DetailSection } from '../../components/DetailSection';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { useFormat } from '../../i18n/useFormat';
import { websiteHref } from '../companies/website-href';

/** A contact's filled-in custom fields, in the order set in Settings. */
export function CustomFieldFacts({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  const format = useFormat();
  const fields = useApiQuery('custom-fields', () => api.customFields.list({}), ['customFields']);
  const values = useApiQuery(`custom-values:${contactId}`, () => api.customFields.valuesOf({ contactId }), ['contacts', 'customFields']);
  const filled = (fields.data?.items ?? []).filter((f) => values.data?.values[f.id] !== undefined);
  if (filled.length === 0) return null;

  const show = (field: CustomField, value: CustomValue) => {
    if (typeof value === 'boolean') return <Typography>{t(value ? 'customFields.yes' : 'customFields.no')}</Typography>;
    if (typeof value === 'number') return <Typography>{format.number(value)}</Typography>;
    if (Array.isArray(value)) return <Typography>{value.join(', ')}</Typography>;
    const href = field.type === 'url' ? websiteHref(value) : null;
    if (href) {
      return (
        <Link href={href} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
          {value}
        </Link>
      );
    }
    if (field.type === 'date') return <Typography>{new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`))}</Typography>;
    return <Typography sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{value}</Typography>;
  };

  return (
    <>
      {filled.map((field) => (
        <DetailSection key={field.id} label={field.name}>
          {show(field, values.data!.values[field.id]!)}
        </DetailSection>
      ))}
    </>
  );
}
