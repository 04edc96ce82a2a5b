import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { SettingsSection } from '../settings/SettingsSection';
import { ListEntriesEditor } from './ListEntriesEditor';

/** Settings → Interactions: kinds, outcomes, the contact-fatigue limit and stay-in-touch cadences by tag. */
export function InteractionSettings() {
  const { t } = useTranslation();
  const notify = useNotify();
  const rules = useApiQuery('interactions:rules', () => api.interactions.rules({}), ['interactions', 'contacts']);
  // Typed values; until the user edits, the stored limit shows.
  const [typed, setFatigue] = useState<{ max: string; days: string } | null>(null);
  const fatigue = typed ?? { max: String(rules.data?.fatigue.max ?? ''), days: String(rules.data?.fatigue.days ?? '') };
  const [tag, setTag] = useState({ name: '', days: '' });

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      notify({ message: t('interactions.settings.saved') });
      rules.reload();
      return true;
    } catch (error) {
      notify({ message: describeError(t, error) });
      return false;
    }
  }

  return (
    <SettingsSection title={t('interactions.settings.title')}>
      <Stack spacing={3}>
        <ListEntriesEditor group="kinds" />
        <ListEntriesEditor group="outcomes" />
        <Stack spacing={1} component="form" onSubmit={(e) => {
          e.preventDefault();
          void run(() => api.interactions.setFatigueLimit({ max: Number(fatigue.max), days: Number(fatigue.days) }));
        }}>
          <Typography variant="subtitle1" component="h3">{t('interactions.settings.fatigue')}</Typography>
          <Typography variant="body2" color="text.secondary">{t('interactions.settings.fatigueHelp')}</Typography>
          <Stack direction="row" spacing={1}>
            <TextField size="small" type="number" label={t('interactions.settings.fatigueMax')} value={fatigue.max} onChange={(e) => setFatigue({ ...fatigue, max: e.target.value })} sx={{ width: 120 }} />
            <TextField size="small" type="number" label={t('interactions.settings.fatigueDays')} value={fatigue.days} onChange={(e) => setFatigue({ ...fatigue, days: e.target.value })} sx={{ width: 120 }} />
            <Button type="submit">{t('interactions.settings.save')}</Button>
          </Stack>
        </Stack>
        <Stack spacing={1}>
          <Typography variant="subtitle1" component="h3">{t('interactions.settings.cadences')}</Typography>
          <Typography variant="body2" color="text.secondary">{t('interactions.settings.cadencesHelp')}</Typography>
          {rules.data?.tagRules.filter((r) => r.stayInTouchDays !== null).map((r) => (
            <Typography key={r.target} variant="body2">
              {r.target}: {t('interactions.stayInTouch.every', { count: r.stayInTouchDays ?? 0 })}
            </Typography>
          ))}
          <Stack direction="row" spacing={1} component="form" onSubmit={(e) => {
            e.preventDefault();
            const days = tag.days.trim() === '' ? null : Number(tag.days);
            void run(() => api.interactions.setRule({ targetType: 'tag', target: tag.name, stayInTouchDays: days, fatigue: null })).then((ok) => ok && setTag({ name: '', days: '' }));
          }}>
            <TextField size="small" label={t('interactions.settings.tag')} value={tag.name} onChange={(e) => setTag({ ...tag, name: e.target.value })} sx={{ width: 200 }} />
            <TextField size="small" type="number" label={t('interactions.settings.days')} value={tag.days} onChange={(e) => setTag({ ...tag, days: e.target.value })} sx={{ width: 120 }} />
            <Button type="submit">{t('interactions.settings.save')}</Button>
          </Stack>
        </Stack>
      </Stack>
    </SettingsSection>
  );
}
