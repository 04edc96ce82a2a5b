import type { TFunction } from 'i18next';
import { ApiError } from '../../src-shared/rpc/client';

/** Field path (as the form names it) → message shown under that field. */
export type FieldErrors = Record<string, string>;

// The contract's validation messages, mapped to catalogue keys so they appear in the UI language.
const KNOWN_MESSAGES: Record<string, string> = {
  'A contact needs a name': 'validation.contactName',
  'A company needs a name': 'validation.companyName',
  'Enter an email address like name@example.com': 'validation.email',
  'Enter a phone number': 'validation.phoneMissing',
  'Use digits, spaces and + ( ) - only': 'validation.phoneChars',
};

/**
 * Field errors from an invalid_input ApiError, or undefined for any other error.
 * `renamePath` maps the contract's path (without an update's `fields.` prefix) to the form's.
 */
export function fieldErrorsFrom(
  t: TFunction,
  error: unknown,
  renamePath: (path: string) => string = (path) => path,
): FieldErrors | undefined {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.issues?.length) return undefined;
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = renamePath(issue.path.replace(/^fields\./, ''));
    const key = KNOWN_MESSAGES[issue.message];
    errors[path] ??= key ? t(key) : issue.message;
  }
  return errors;
}
