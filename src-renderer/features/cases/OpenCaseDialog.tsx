import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseKind, CasePriority } from '../../../src-shared/contract/cases';
import { CASE_KINDS, CASE_PRIORITIES } from '../../../src-shared/contract/cases';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { ContactPicker } from '../relationships/ContactPicker';

interface Props {
  /** The customer, when opened from their contact page. */
  contact?: { id: string; displayName: string };
  onClose(): void;
  onOpened(opened: CaseDetail): void;
}

export function OpenCaseDialog({ contact, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const [customer, setCustomer] = useState<ContactSummary | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<CaseKind>('complaint');
  const [priority, setPriority] = useState<CasePriority>('normal');
  const [owner, setOwner] = useState('');
  const [errors, setErrors] = useState<{ customer?: string; subject?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const contactId = contact?.id ?? customer?.id;

  async function save() {
    const problems = {
      ...(contactId ? {} : { customer: t('cases.open.chooseCustomer') }),
      ...(subject.trim() ? {} : { subject: t('cases.open.subjectNeeded') }),
    };
    setErrors(problems);
    if (!contactId || Object.keys(problems).length) return;
    setIsSaving(true);
    setFailure(undefined);
    try {
      onOpened(await api.cases.open({ contactId, subject, description, kind, priority, owner }));
    } catch (error) {
      setFailure(describeError(t, error));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog
      title={contact ? t('cases.open.titleFor', { name: contact.displayName }) : t('cases.open.title')}
      isSaving={isSaving}
      failure={failure}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      {!contact && <ContactPicker value={customer} onChange={setCustomer} excludeId="" error={errors.customer} label={t('cases.customer')} />}
      <TextField
        label={t('cases.open.subject')}
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
        error={Boolean(errors.subject)}
        helperText={errors.subject}
        required
        autoFocus={Boolean(contact)}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextField label={t('cases.open.description')} value={description} onChange={(e) => setDescription(e.target.value)} multiline minRows={3} slotProps={{ htmlInput: { maxLength: 20000 } }} />
      <Stack direction="row" spacing={2}>
        <TextField select fullWidth label={t('cases.open.kind')} value={kind} onChange={(e) => setKind(e.target.value as CaseKind)}>
          {CASE_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`cases.kind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select fullWidth label={t('cases.open.priority')} value={priority} onChange={(e) => setPriority(e.target.value as CasePriority)}>
          {CASE_PRIORITIES.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`cases.priority.${p}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField label={t('cases.open.owner')} value={owner} onChange={(e) => setOwner(e.target.value)} slotProps={{ htmlInput: { maxLength: 200 } }} />
    </FormDialog>
  );
}
