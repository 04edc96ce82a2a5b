import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';

const CADENCES = [7, 14, 30, 60, 90, 180, 365];

/** Last contacted / attempt / meeting, how many interactions, and the stay-in-touch cadence. */
export function ContactInteractionSummary({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const query = useApiQuery(`interactions:stats:${contactId}`, () => api.interactions.stats({ contactId }), ['interactions', 'contacts']);
  const stats = query.data;
  if (!stats) return null;
  const when = (ms: number | null) => (ms === null ? t('interactions.stats.never') : format.dateTime(ms));
  const facts: [string, string, string][] = [
    ['last-contacted', t('interactions.stats.lastContacted'), when(stats.lastContactedAtMs)],
    ['last-attempt', t('interactions.stats.lastAttempt'), when(stats.lastAttemptAtMs)],
    ['last-meeting', t('interactions.stats.lastMeeting'), when(stats.lastMeetingAtMs)],
    ['interaction-count', t('interactions.stats.count'), format.number(stats.interactionCount)],
  ];
  const cadences = stats.ownStayInTouchDays !== null && !CADENCES.includes(stats.ownStayInTouchDays) ? [...CADENCES, stats.ownStayInTouchDays] : CADENCES;

  async function setCadence(days: number | null) {
    try {
      await api.interactions.setRule({ targetType: 'contact', target: contactId, stayInTouchDays: days, fatigue: null });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return (
    <Stack component="section" aria-label={t('interactions.stats.label')} spacing={1.5}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 3, rowGap: 1 }}>
        {facts.map(([id, label, value]) => (
          <Stack key={id} data-testid={`stat-${id}`}>
            <Typography variant="caption" color="text.secondary">
              {label}
            </Typography>
            <Typography variant="body2">{value}</Typography>
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('interactions.stayInTouch.label')}
          value={stats.ownStayInTouchDays ?? ''}
          onChange={(e) => void setCadence(e.target.value === '' ? null : Number(e.target.value))}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">
            {stats.stayInTouchDays !== null ? t('interactions.stayInTouch.fromTag', { count: stats.stayInTouchDays }) : t('interactions.stayInTouch.off')}
          </MenuItem>
          {cadences.map((days) => (
            <MenuItem key={days} value={days}>
              {t('interactions.stayInTouch.every', { count: days })}
            </MenuItem>
          ))}
        </TextField>
        {stats.stayInTouchDueAtMs !== null && (
          <Typography variant="body2" color="text.secondary">
            {t('interactions.stayInTouch.due', { date: format.dateTime(stats.stayInTouchDueAtMs) })}
          </Typography>
        )}
      </Stack>
    </Stack>
  );
}
