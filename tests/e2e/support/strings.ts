// The UI's own catalogues: specs find elements by the words a user sees, and follow the catalogue
// when wording changes. A missing key fails loudly instead of matching nothing.
import { en, hi, ta } from '../../../src-renderer/i18n/catalogues';

const catalogues = { en, hi, ta };
export type UiLanguage = keyof typeof catalogues;

export function text(language: UiLanguage, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No "${key}" in the ${language} catalogue`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** English UI text, as the page objects use it. */
export const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);
