import { useState } from 'react';
import type { CustomField } from '../../../src-shared/contract/custom-fields';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { toCustomSubmission, toFormValue, type FormValue } from './custom-field-form';

export interface CustomFieldValuesState {
  fields: CustomField[];
  values: Record<string, FormValue>;
  /** Field id → message key. */
  problems: Record<string, string>;
  set(fieldId: string, value: FormValue): void;
  /** Checks every value; false (with problems shown) when one does not fit its field. */
  check(): boolean;
  /** Saves the values for this contact (after the contact itself is saved). */
  save(contactId: string): Promise<void>;
}

/** The contact form's custom field values: loaded with the form, saved after the contact. */
export function useCustomFieldValues(contactId: string | undefined): CustomFieldValuesState {
  const fieldsQuery = useApiQuery('custom-fields', () => api.customFields.list({}), ['customFields']);
  const valuesQuery = useApiQuery(contactId ? `custom-values:${contactId}` : null, () => api.customFields.valuesOf({ contactId: contactId! }));
  const fields = fieldsQuery.data?.items ?? [];
  const [typed, setTyped] = useState<Record<string, FormValue>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const loaded = valuesQuery.data?.values ?? {};
  // Stored values as loaded; what the user typed wins.
  // Until a contact's stored values have loaded, only typed ones are sent: nothing is cleared by accident.
  const isLoaded = !contactId || valuesQuery.data !== undefined;
  const sent = isLoaded ? fields : fields.filter((f) => f.id in typed);
  const values: Record<string, FormValue> = { ...Object.fromEntries(fields.map((f) => [f.id, toFormValue(f, loaded[f.id])])), ...typed };

  return {
    fields,
    values,
    problems,
    set: (fieldId, value) => setTyped((v) => ({ ...v, [fieldId]: value })),
    check() {
      const next = toCustomSubmission(sent, values).problems;
      setProblems(next);
      return Object.keys(next).length === 0;
    },
    async save(id) {
      if (sent.length === 0) return;
      await api.customFields.setValues({ contactId: id, values: toCustomSubmission(sent, values).values });
    },
  };
}
