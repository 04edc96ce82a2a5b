import { checkCustomValue, type CustomField, type CustomValue } from '../../../src-shared/contract/custom-fields';

/** What an input holds while typing: text (numbers too), a checkbox, or the chosen options. */
export type FormValue = string | boolean | string[];

export function toFormValue(field: CustomField, value: CustomValue | undefined): FormValue {
  if (field.type === 'checkbox') return value === true;
  if (field.type === 'multiChoice') return Array.isArray(value) ? value : [];
  return value === undefined || Array.isArray(value) || typeof value === 'boolean' ? '' : String(value);
}

/** Every field's value to send (empty ones clear), or the catalogue key of each problem by field id. */
export function toCustomSubmission(fields: CustomField[], values: Record<string, FormValue>): { values: Record<string, CustomValue | null>; problems: Record<string, string> } {
  const out: Record<string, CustomValue | null> = {};
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.id] ?? toFormValue(field, undefined);
    const checked = checkCustomValue(field, value);
    if (checked.ok) out[field.id] = checked.stored === null ? null : value;
    else problems[field.id] = `customFields.invalid.${field.type}`;
  }
  return { values: out, problems };
}
