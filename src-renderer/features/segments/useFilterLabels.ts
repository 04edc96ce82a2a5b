import { useTranslation } from 'react-i18next';
import type { FilterFieldInfo, FilterOp } from '../../../src-shared/contract/segments';
import { languageName } from '../contacts/preferred-language';

/** Words for fields, tests and known values in the UI language (user-defined fields bring their own name). */
export function useFilterLabels() {
  const { t, i18n } = useTranslation();
  return {
    field: (field: FilterFieldInfo) => field.label ?? t(`segments.fields.${field.key}`, { defaultValue: field.key }),
    op: (field: FilterFieldInfo | undefined, op: FilterOp) =>
      field?.isMultiValued && field.kind !== 'tag' && (op === 'isEmpty' || op === 'isNotEmpty') ? t(`segments.opsMulti.${op}`) : t(`segments.ops.${op}`),
    option: (field: FilterFieldInfo | undefined, value: string) => {
      if (field?.key === 'stage') return t(`lifecycle.${value}`, { defaultValue: value });
      if (field?.key === 'language') return languageName(value, i18n.resolvedLanguage ?? 'en');
      if (field?.key === 'kind') return t(`segments.kinds.${value}`, { defaultValue: value });
      return value;
    },
    month: (month: number) => new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { month: 'long' }).format(new Date(2000, month - 1, 1)),
  };
}
