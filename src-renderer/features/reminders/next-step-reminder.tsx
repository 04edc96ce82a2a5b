// The log dialog's "next step": a follow-up reminder created with the interaction, for its first
// contact (and its company). Empty title = no reminder.
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { registerNextStepExtension } from '../interactions/next-step';
import { localIsoDate, toDue } from './due-input';

const DAY_MS = 86_400_000;

interface NextStep {
  title: string;
  date: string;
}

function NextStepFields(props: { draft: NextStep; onChange(draft: NextStep): void }) {
  const { t } = useTranslation();
  const { draft, onChange } = props;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        label={t('reminders.nextStep.title')}
        helperText={t('reminders.nextStep.help')}
        value={draft.title}
        onChange={(event) => onChange({ ...draft, title: event.target.value })}
        sx={{ flex: 2 }}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextField
        type="date"
        label={t('reminders.nextStep.due')}
        value={draft.date}
        onChange={(event) => onChange({ ...draft, date: event.target.value })}
        sx={{ flex: 1 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </Stack>
  );
}

export function registerNextStepReminder(): void {
  registerNextStepExtension<NextStep>({
    // A week from today is the usual follow-up; the title decides whether there is one.
    initial: () => ({ title: '', date: localIsoDate(Date.now() + 7 * DAY_MS) }),
    render: ({ draft, onChange }) => <NextStepFields draft={draft} onChange={onChange} />,
    async afterLog(interaction, draft) {
      const title = draft.title.trim();
      if (!title || !draft.date) return;
      await api.reminders.create({
        title,
        due: toDue(draft.date, ''),
        contactId: interaction.contacts[0]?.id ?? null,
        companyId: interaction.companyId,
      });
    },
  });
}
