import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_PRIORITIES, type CasePriority, type CaseTargets } from '../../../src-shared/contract/cases';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { SettingsSection } from '../settings/SettingsSection';

const MAX_HOURS = 8760;

/** Response targets per priority, in whole hours (stored as minutes, synced to every machine). */
export function CaseTargetsSetting() {
  const { t } = useTranslation();
  const query = useApiQuery('case-targets', () => api.cases.targets({}), ['cases']);
  return (
    <SettingsSection title={t('cases.targets.title')}>
      <Typography color="text.secondary">{t('cases.targets.help')}</Typography>
      {query.data && <TargetsForm key={JSON.stringify(query.data)} targets={query.data} onSaved={query.reload} />}
    </SettingsSection>
  );
}

function TargetsForm({ targets, onSaved }: { targets: CaseTargets; onSaved(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [hours, setHours] = useState<Record<CasePriority, string>>(
    () => Object.fromEntries(CASE_PRIORITIES.map((p) => [p, String(Math.round(targets[p] / 60))])) as Record<CasePriority, string>,
  );
  const [isSaving, setIsSaving] = useState(false);
  const isValid = (text: string) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_HOURS;

  async function save() {
    if (!CASE_PRIORITIES.every((p) => isValid(hours[p]))) return;
    setIsSaving(true);
    try {
      await api.cases.setTargets(Object.fromEntries(CASE_PRIORITIES.map((p) => [p, Number(hours[p]) * 60])));
      notify({ message: t('cases.targets.saved') });
      onSaved();
    } catch (error) {
      notify({ message: describeError(t, error) });
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Stack
      component="form"
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {CASE_PRIORITIES.map((p) => (
        <TextField
          key={p}
          size="small"
          label={t('cases.targets.hours', { priority: t(`cases.priority.${p}`) })}
          value={hours[p]}
          onChange={(e) => setHours({ ...hours, [p]: e.target.value.trim() })}
          error={!isValid(hours[p])}
          helperText={isValid(hours[p]) ? ' ' : t('cases.targets.invalid')}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
          sx={{ width: 170 }}
        />
      ))}
      <Button type="submit" variant="outlined" disabled={isSaving}>
        {t('cases.targets.save')}
      </Button>
    </Stack>
  );
}
