import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetail, ContactSummary } from '../../../src-shared/contract/contacts';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { fieldErrorsFrom, type FieldErrors } from '../../components/field-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifier';
import { navigate } from '../../app/routes';
import { CompanyPicker } from './CompanyPicker';
import type { ContactFormBinding } from './contact-form-binding';
import { EMAIL_LABELS, PHONE_LABELS, toFormValues, type ContactFormValues } from './contact-form-values';
import { ContactFormSections } from './ContactFormSections';
import { ContactMethodRows } from './ContactMethodRows';
import { DuplicateWarning } from './DuplicateWarning';
import { toSubmission } from './contact-submission';
import { CustomFieldsFormSection } from '../custom-fields/CustomFieldsFormSection';
import { useCustomFieldValues } from '../custom-fields/useCustomFieldValues';

interface Props {
  /** The contact to edit; a new contact when absent. */
  contact?: ContactDetail;
  onClose(): void;
  onSaved(contact: ContactDetail): void;
}

export function ContactFormDialog({ contact, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [initialValues] = useState<ContactFormValues>(() => toFormValues(contact));
  const [values, setValues] = useState<ContactFormValues>(initialValues);
  const [opening, setOpening] = useState<ContactSummary>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const custom = useCustomFieldValues(contact?.id);

  const set: ContactFormBinding['set'] = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const text: ContactFormBinding['text'] = (key) => ({
    value: values[key],
    onChange: (event) => set(key, event.target.value),
    error: Boolean(errors[key]),
    helperText: errors[key],
  });

  async function save() {
    const submission = toSubmission(values);
    const problems = Object.entries(submission.problems);
    const isCustomOk = custom.check();
    if (problems.length || !isCustomOk) {
      setErrors(Object.fromEntries(problems.map(([path, key]) => [path, t(key)])));
      setFailure(t('common.fixErrors'));
      return;
    }
    setIsSaving(true);
    setFailure(undefined);
    try {
      const saved = contact
        ? await api.contacts.update({ id: contact.id, fields: submission.fields })
        : await api.contacts.create(submission.fields);
      // Custom values belong to a saved contact; a new one has its id only now.
      await custom.save(saved.id);
      notify({ message: t('contactForm.saved') });
      onSaved(saved);
    } catch (error) {
      // The form keeps every value; errors go next to their fields.
      const fieldErrors = fieldErrorsFrom(t, error, submission.formPath);
      // The core words a bad birthday for file formats; the form asks for day, month and year.
      if (fieldErrors?.birthday) fieldErrors.birthday = t('contactForm.birthday.invalid');
      setErrors(fieldErrors ?? {});
      setFailure(fieldErrors ? t('common.fixErrors') : describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  // Opening the possible duplicate leaves the form; ask first when that would lose typing.
  function openDuplicate(duplicate: ContactSummary) {
    if (values !== initialValues && !opening) {
      setOpening(duplicate);
      return;
    }
    onClose();
    navigate({ page: 'contacts', id: duplicate.id });
  }

  async function createCompany(name: string) {
    try {
      const created = await api.companies.create({ name });
      return { id: created.id, name: created.name };
    } catch (error) {
      setErrors((e) => ({ ...e, company: describeError(t, error) }));
      return null;
    }
  }

  return (
    <FormDialog
      title={t(contact ? 'contactForm.editTitle' : 'contactForm.newTitle')}
      isSaving={isSaving}
      failure={failure}
      onClose={onClose}
      onSubmit={() => void save()}
      beforeActions={<DuplicateWarning values={values} excludeId={contact?.id ?? null} onOpen={openDuplicate} />}
      after={opening && (
        <ConfirmDialog
          title={t('duplicates.warning.confirmTitle', { name: opening.displayName })}
          body={t('duplicates.warning.confirmBody')}
          confirmLabel={t('duplicates.warning.confirmOpen')}
          onConfirm={() => openDuplicate(opening)}
          onClose={() => setOpening(undefined)}
        />
      )}
    >
          <Stack direction="row" spacing={2}>
            <TextField label={t('contactForm.givenName')} fullWidth autoFocus {...text('givenName')} />
            <TextField label={t('contactForm.familyName')} fullWidth {...text('familyName')} />
          </Stack>
          <TextField
            label={t('contactForm.displayName')}
            placeholder={t('contactForm.displayNamePlaceholder')}
            {...text('displayName')}
            helperText={errors.displayName ?? t('contactForm.displayNameHint')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <CompanyPicker value={values.company} onChange={(company) => set('company', company)} onCreate={createCompany} error={errors.company} />
          <TextField label={t('contactForm.jobTitle')} {...text('jobTitle')} />
          <ContactMethodRows kind="emails" rows={values.emails} labels={EMAIL_LABELS} errors={errors} onChange={(rows) => set('emails', rows)} />
          <ContactMethodRows kind="phones" rows={values.phones} labels={PHONE_LABELS} errors={errors} onChange={(rows) => set('phones', rows)} />
          <TextField label={t('contactForm.notes')} multiline minRows={3} {...text('notes')} />
          <ContactFormSections values={values} errors={errors} set={set} text={text} more={<CustomFieldsFormSection state={custom} />} />
    </FormDialog>
  );
}
