import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, WEEKDAYS, type Recurrence, type Weekday } from './recurrence-rule';

/** Repeat: how often, every N, on which weekdays, and until when. */
export function RecurrenceFields({ value, onChange }: { value: Recurrence; onChange(value: Recurrence): void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Recurrence>) => onChange({ ...value, ...patch });
  const isRepeating = value.frequency !== 'none';
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        <TextField select label={t('reminders.form.repeat')} value={value.frequency} onChange={(e) => set({ frequency: e.target.value as Recurrence['frequency'] })} sx={{ flex: 1 }}>
          {FREQUENCIES.map((f) => (
            <MenuItem key={f} value={f}>
              {t(`reminders.frequency.${f}`)}
            </MenuItem>
          ))}
        </TextField>
        {isRepeating && (
          <TextField
            type="number"
            label={t('reminders.form.every')}
            value={value.interval}
            onChange={(e) => set({ interval: Math.max(1, Math.min(1000, Number(e.target.value) || 1)) })}
            slotProps={{ htmlInput: { min: 1, max: 1000 } }}
            helperText={t(`reminders.unit.${value.frequency}`, { count: value.interval })}
            sx={{ width: 140 }}
          />
        )}
      </Stack>
      {value.frequency === 'WEEKLY' && (
        <ToggleButtonGroup
          value={value.weekdays}
          onChange={(_, next: Weekday[]) => set({ weekdays: next })}
          aria-label={t('reminders.form.weekdays')}
          size="small"
        >
          {WEEKDAYS.map((day) => (
            <ToggleButton key={day} value={day} aria-label={t(`reminders.weekday.${day}`)}>
              {t(`reminders.weekdayShort.${day}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      )}
      {isRepeating && (
        <Stack direction="row" spacing={2}>
          <TextField
            select
            label={t('reminders.form.ends')}
            value={value.end.kind}
            onChange={(e) => {
              const kind = e.target.value;
              set({ end: kind === 'until' ? { kind, date: '' } : kind === 'count' ? { kind, count: 10 } : { kind: 'never' } });
            }}
            sx={{ flex: 1 }}
          >
            {(['never', 'until', 'count'] as const).map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`reminders.end.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
          {value.end.kind === 'until' && (
            <TextField
              type="date"
              label={t('reminders.form.untilDate')}
              value={value.end.date}
              onChange={(e) => set({ end: { kind: 'until', date: e.target.value } })}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1 }}
            />
          )}
          {value.end.kind === 'count' && (
            <TextField
              type="number"
              label={t('reminders.form.times')}
              value={value.end.count}
              onChange={(e) => set({ end: { kind: 'count', count: Math.max(1, Number(e.target.value) || 1) } })}
              slotProps={{ htmlInput: { min: 1 } }}
              sx={{ flex: 1 }}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
