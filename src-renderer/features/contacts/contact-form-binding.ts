import type { FieldErrors } from '../../components/field-errors';
import type { ContactFormValues, TextFieldName } from './contact-form-values';

/** What a part of the contact form needs: the values, a setter, the errors and text-field wiring. */
export interface ContactFormBinding {
  values: ContactFormValues;
  errors: FieldErrors;
  set<K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]): void;
  text(key: TextFieldName): {
    value: string;
    onChange(event: { target: { value: string } }): void;
    error: boolean;
    helperText: string | undefined;
  };
}

/** True when an error belongs to one of `fields` (or to a row under it, like `addresses.0.street`). */
export function hasErrorIn(errors: FieldErrors, fields: string[]): boolean {
  return Object.keys(errors).some((path) => fields.some((field) => path === field || path.startsWith(`${field}.`)));
}
