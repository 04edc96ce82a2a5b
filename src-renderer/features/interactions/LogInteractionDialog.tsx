import MenuItem from '@mui/material/MenuItem';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FatigueWarning, Interaction } from '../../../src-shared/contract/interactions';
import { api } from '../../api/client';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifier';
import { CompanyChoice } from './CompanyChoice';
import { ContactsPicker } from './ContactsPicker';
import { FatigueWarnings } from './FatigueWarnings';
import { draftOf, fieldsOf, fromLocalInput, newDraft, type ContactChoice, type InteractionDraft } from './interaction-draft';
import { nextStepExtension } from './next-step';
import { useInteractionLists } from './useInteractionLists';

export interface LogDialogProps {
  /** Who it was with, when opened from a contact (or nobody, from elsewhere). */
  contacts?: ContactChoice[];
  company?: { id: string; name: string } | null;
  /** Editing an existing interaction instead of logging a new one. */
  interaction?: Interaction;
  onClose(): void;
  onSaved?(interaction: Interaction): void;
}

/** Logs (or edits) one interaction: kind, direction, when, with whom, outcome …; warns about contact fatigue. */
export function LogInteractionDialog(props: LogDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const lists = useInteractionLists();
  const [draft, setDraft] = useState<InteractionDraft>(() =>
    props.interaction ? draftOf(props.interaction) : newDraft(Date.now(), props.contacts ?? [], props.company ?? null),
  );
  const extension = props.interaction ? null : nextStepExtension();
  const [nextStep, setNextStep] = useState<unknown>(() => extension?.initial());
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<FatigueWarning[]>([]);
  const set = <K extends keyof InteractionDraft>(key: K, value: InteractionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // The fatigue guard while the form is filled in: the warning appears before saving.
  const probe = useDebouncedValue(`${draft.direction}|${draft.when}|${draft.contacts.map((c) => c.id).join(',')}`, 250);
  useEffect(() => {
    const [direction, when, ids] = probe.split('|');
    const atMs = fromLocalInput(when ?? '');
    const contactIds = (ids ?? '').split(',').filter(Boolean);
    const isChecked = !props.interaction && direction === 'outbound' && atMs !== null && contactIds.length > 0;
    let isCurrent = true;
    // State is set only once the answer arrives (or on the next tick for "nothing to check").
    const check = isChecked ? api.interactions.fatigueCheck({ contactIds, atMs }).then((r) => r.warnings) : Promise.resolve([]);
    check.then(
      (found) => isCurrent && setWarnings(found),
      () => isCurrent && setWarnings([]),
    );
    return () => {
      isCurrent = false;
    };
  }, [probe, props.interaction]);

  async function submit() {
    const result = fieldsOf(draft);
    if ('error' in result) {
      setFieldError(result.error);
      setFailure(t('common.fixErrors'));
      return;
    }
    setFieldError(null);
    setIsSaving(true);
    try {
      let saved: Interaction;
      if (props.interaction) {
        saved = await api.interactions.update({ id: props.interaction.id, fields: result.fields });
        notify({ message: t('interactions.updated') });
      } else {
        saved = (await api.interactions.log(result.fields)).interaction;
        if (extension) await extension.afterLog(saved, nextStep);
        notify({ message: t('interactions.saved') });
      }
      props.onSaved?.(saved);
      props.onClose();
    } catch (error) {
      setFailure(describeError(t, error));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog
      title={props.interaction ? t('interactions.editTitle') : t('interactions.logTitle')}
      isSaving={isSaving}
      failure={failure}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      beforeActions={
        warnings.length > 0 ? (
          <Stack sx={{ px: 3, pt: 2 }}>
            <FatigueWarnings warnings={warnings} />
          </Stack>
        ) : undefined
      }
    >
      <Stack direction="row" spacing={2}>
        <TextField select label={t('interactions.kind')} value={lists.kinds.some((k) => k.id === draft.kindId) ? draft.kindId : ''} onChange={(e) => set('kindId', e.target.value)} sx={{ flex: 1 }} autoFocus={draft.contacts.length > 0}>
          {lists.kinds.map((kind) => (
            <MenuItem key={kind.id} value={kind.id}>
              {lists.kindLabel(kind)}
            </MenuItem>
          ))}
        </TextField>
        <ToggleButtonGroup exclusive size="small" value={draft.direction} onChange={(_, value: 'inbound' | 'outbound' | null) => value && set('direction', value)} aria-label={t('interactions.direction')}>
          <ToggleButton value="outbound">{t('interactions.outbound')}</ToggleButton>
          <ToggleButton value="inbound">{t('interactions.inbound')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <ContactsPicker value={draft.contacts} onChange={(v) => set('contacts', v)} error={fieldError === 'contacts' ? t('interactions.needSomebody') : undefined} autoFocus={draft.contacts.length === 0} />
      <CompanyChoice value={draft.company} onChange={(v) => set('company', v)} />
      <Stack direction="row" spacing={2}>
        <TextField
          type="datetime-local"
          label={t('interactions.when')}
          value={draft.when}
          onChange={(e) => set('when', e.target.value)}
          error={fieldError === 'when'}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ flex: 2 }}
        />
        <TextField
          type="number"
          label={t('interactions.duration')}
          value={draft.duration}
          onChange={(e) => set('duration', e.target.value)}
          error={fieldError === 'duration'}
          slotProps={{ htmlInput: { min: 0, step: 1 } }}
          sx={{ flex: 1 }}
        />
      </Stack>
      <TextField select label={t('interactions.outcome')} value={draft.outcomeId ?? ''} onChange={(e) => set('outcomeId', e.target.value || null)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
        <MenuItem value="">
          <em>{t('interactions.noOutcome')}</em>
        </MenuItem>
        {lists.outcomes.map((outcome) => (
          <MenuItem key={outcome.id} value={outcome.id}>
            {lists.outcomeLabel(outcome)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('interactions.subject')} value={draft.subject} onChange={(e) => set('subject', e.target.value)} />
      <TextField label={t('interactions.notes')} value={draft.notes} onChange={(e) => set('notes', e.target.value)} multiline minRows={2} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography component="legend" variant="body2" color="text.secondary" id="satisfaction-label">
          {t('interactions.satisfaction')}
        </Typography>
        <Rating name="satisfaction" value={draft.satisfaction} onChange={(_, value) => set('satisfaction', value)} aria-labelledby="satisfaction-label" />
      </Stack>
      {extension?.render({ draft: nextStep, onChange: setNextStep, contactIds: draft.contacts.map((c) => c.id), companyId: draft.company?.id ?? null })}
    </FormDialog>
  );
}
