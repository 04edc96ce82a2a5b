import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import type { ContactFormValues } from './contact-form-values';

const TYPING_PAUSE_MS = 400;

/** Warns, while the form is filled in, that the person may already be a contact. Saving stays allowed. */
export function DuplicateWarning({ values, excludeId, onOpen }: { values: ContactFormValues; excludeId: string | null; onOpen(contact: ContactSummary): void }) {
  const { t } = useTranslation();
  const probe = useMemo(() => {
    const texts = (rows: { value: string }[]) => rows.map((row) => row.value.trim()).filter(Boolean);
    return {
      givenName: values.givenName.trim().slice(0, 200),
      familyName: values.familyName.trim().slice(0, 200),
      displayName: values.displayName.trim().slice(0, 200),
      companyId: values.company?.id ?? null,
      emails: texts(values.emails),
      phones: texts(values.phones),
      excludeId,
    };
  }, [values.givenName, values.familyName, values.displayName, values.company, values.emails, values.phones, excludeId]);
  const key = useDebouncedValue(JSON.stringify(probe), TYPING_PAUSE_MS);
  const isEmpty = !probe.givenName && !probe.familyName && !probe.displayName && !probe.emails.length && !probe.phones.length;
  const matches = useApiQuery(isEmpty ? null : key, () => api.contacts.findDuplicates(JSON.parse(key) as typeof probe));
  const match = isEmpty ? undefined : matches.data?.items[0];
  if (!match) return null;
  const reasons = match.reasons.map((reason) => t(`duplicates.warning.reason.${reason}`)).join(', ');
  return (
    <Alert
      severity="warning"
      sx={{ mx: 2, mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={() => onOpen(match.contact)}>
          {t('duplicates.warning.open')}
        </Button>
      }
    >
      {t('duplicates.warning.text', { name: match.contact.displayName, reasons })}
    </Alert>
  );
}
