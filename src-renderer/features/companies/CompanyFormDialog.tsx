import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyDetail, CompanyFields } from '../../../src-shared/contract/companies';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { fieldErrorsFrom, type FieldErrors } from '../../components/field-errors';
import { useNotify } from '../../components/Notifier';

type Values = CompanyFields;
const FIELDS = ['name', 'website', 'industry', 'phone', 'city', 'notes'] as const;

function toValues(company?: CompanyDetail): Values {
  return {
    name: company?.name ?? '',
    website: company?.website ?? '',
    industry: company?.industry ?? '',
    phone: company?.phone ?? '',
    city: company?.city ?? '',
    notes: company?.notes ?? '',
  };
}

interface Props {
  company?: CompanyDetail;
  onClose(): void;
  onSaved(company: CompanyDetail): void;
}

export function CompanyFormDialog({ company, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [values, setValues] = useState<Values>(() => toValues(company));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    setIsSaving(true);
    setFailure(undefined);
    try {
      const saved = company ? await api.companies.update({ id: company.id, fields: values }) : await api.companies.create(values);
      notify({ message: t('companyForm.saved') });
      onSaved(saved);
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(t, error);
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
          {FIELDS.map((field) => (
            <TextField
              key={field}
              label={t(`companyForm.${field}`)}
              autoFocus={field === 'name'}
              required={field === 'name'}
              multiline={field === 'notes'}
              minRows={field === 'notes' ? 3 : undefined}
              type={field === 'website' ? 'url' : field === 'phone' ? 'tel' : 'text'}
              value={values[field]}
              onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
              error={Boolean(errors[field])}
              helperText={errors[field]}
            />
          ))}
    </FormDialog>
  );
}
