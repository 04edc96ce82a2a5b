import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyDetail } from '../../../src-shared/contract/companies';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { fieldErrorsFrom, type FieldErrors } from '../../components/field-errors';
import { useNotify } from '../../components/Notifier';
import { AddressRows } from '../contacts/AddressRows';
import { ContactMethodRows } from '../contacts/ContactMethodRows';
import { TagsField } from '../contacts/TagsField';
import { COMPANY_ADDRESS_LABELS, COMPANY_EMAIL_LABELS, COMPANY_PHONE_LABELS, toCompanyFormValues, toCompanySubmission, type CompanyFormValues } from './company-form-values';

const TEXT_FIELDS = ['name', 'website', 'industry'] as const;

interface Props {
  company?: CompanyDetail;
  onClose(): void;
  onSaved(company: CompanyDetail): void;
}

export function CompanyFormDialog({ company, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [values, setValues] = useState<CompanyFormValues>(() => toCompanyFormValues(company));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const set = <K extends keyof CompanyFormValues>(key: K, value: CompanyFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function save() {
    const submission = toCompanySubmission(values);
    setIsSaving(true);
    setFailure(undefined);
    try {
      const saved = company ? await api.companies.update({ id: company.id, fields: submission.fields }) : await api.companies.create(submission.fields);
      notify({ message: t('companyForm.saved') });
      onSaved(saved);
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(t, error, submission.formPath);
      setErrors(fieldErrors ?? {});
      setFailure(fieldErrors ? t('common.fixErrors') : describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <FormDialog
      title={t(company ? 'companyForm.editTitle' : 'companyForm.newTitle')}
      isSaving={isSaving}
      failure={failure}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field}
          label={t(`companyForm.${field}`)}
          autoFocus={field === 'name'}
          required={field === 'name'}
          type={field === 'website' ? 'url' : 'text'}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          error={Boolean(errors[field])}
          helperText={errors[field]}
        />
      ))}
      <ContactMethodRows kind="phones" rows={values.phones} labels={COMPANY_PHONE_LABELS} errors={errors} onChange={(rows) => set('phones', rows)} />
      <ContactMethodRows kind="emails" rows={values.emails} labels={COMPANY_EMAIL_LABELS} errors={errors} onChange={(rows) => set('emails', rows)} />
      <Stack spacing={1.5}>
        <Typography variant="subtitle2" component="h3" color="text.secondary">
          {t('companyForm.addresses')}
        </Typography>
        <AddressRows rows={values.addresses} labels={COMPANY_ADDRESS_LABELS} errors={errors} onChange={(rows) => set('addresses', rows)} />
      </Stack>
      <TagsField value={values.tags} onChange={(tags) => set('tags', tags)} error={errors.tags} />
      <TextField
        label={t('companyForm.notes')}
        multiline
        minRows={3}
        value={values.notes}
        onChange={(event) => set('notes', event.target.value)}
        error={Boolean(errors.notes)}
        helperText={errors.notes}
      />
    </FormDialog>
  );
}
