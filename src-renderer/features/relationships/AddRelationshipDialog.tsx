import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import type { RelationshipRole } from '../../../src-shared/contract/relationships';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { ContactPicker } from './ContactPicker';
import { ROLE_CHOICES, toRelationship } from './relationship-choice';

interface Props {
  contact: { id: string; displayName: string };
  onClose(): void;
  onAdded(): void;
}

export function AddRelationshipDialog({ contact, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const [role, setRole] = useState<RelationshipRole>('spouseOf');
  const [other, setOther] = useState<ContactSummary | null>(null);
  const [customLabel, setCustomLabel] = useState('');
  const [errors, setErrors] = useState<{ other?: string; customLabel?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    const problems = {
      ...(other ? {} : { other: t('relationships.add.chooseContact') }),
      ...(role === 'custom' && !customLabel.trim() ? { customLabel: t('relationships.add.labelNeeded') } : {}),
    };
    setErrors(problems);
    if (!other || Object.keys(problems).length) return;
    setIsSaving(true);
    setFailure(undefined);
    try {
      await api.relationships.add({ ...toRelationship(role, contact.id, other.id), customLabel: role === 'custom' ? customLabel : '' });
      onAdded();
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t('relationships.add.title', { name: contact.displayName })} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <TextField select label={t('relationships.add.role', { name: contact.displayName })} value={role} onChange={(event) => setRole(event.target.value as RelationshipRole)}>
        {ROLE_CHOICES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`relationships.role.${choice}`)}
          </MenuItem>
        ))}
      </TextField>
      {role === 'custom' && (
        <TextField
          label={t('relationships.add.customLabel')}
          placeholder={t('relationships.add.customLabelExample')}
          value={customLabel}
          onChange={(event) => setCustomLabel(event.target.value)}
          error={Boolean(errors.customLabel)}
          helperText={errors.customLabel}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
      )}
      <ContactPicker value={other} onChange={setOther} excludeId={contact.id} error={errors.other} />
    </FormDialog>
  );
}
