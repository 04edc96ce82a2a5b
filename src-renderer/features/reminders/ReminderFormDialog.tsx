import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority, type Reminder } from '../../../src-shared/contract/reminders';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { fieldErrorsFrom, type FieldErrors } from '../../components/field-errors';
import { useNotify } from '../../components/Notifier';
import { LinkChoice, type LinkOption } from './LinkChoice';
import { fromDue, localIsoDate, toDue } from './due-input';
import { RecurrenceFields } from './RecurrenceFields';
import { fromRule, NO_RECURRENCE, toRule, type Recurrence } from './recurrence-rule';
import { useReminderActions } from './useReminderActions';

interface Props {
  reminder?: Reminder;
  /** A new reminder about this contact (from the contact's page). */
  contact?: LinkOption;
  /** A new reminder about this company (from the company's page). */
  company?: LinkOption;
  onClose(): void;
  onSaved?(reminder: Reminder): void;
}

/** New or edit reminder: title, contact, date and optional time, repeat, priority, notes. */
export function ReminderFormDialog({ reminder, contact, company: forCompany, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const actions = useReminderActions();
  const [initial] = useState(() => (reminder ? fromDue(reminder.due) : { date: localIsoDate(Date.now()), time: '' }));
  const [title, setTitle] = useState(reminder?.title ?? '');
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [who, setWho] = useState<LinkOption | null>(
    reminder?.contactId ? { id: reminder.contactId, name: reminder.contactName ?? '' } : (contact ?? null),
  );
  const [company, setCompany] = useState<LinkOption | null>(
    reminder?.companyId ? { id: reminder.companyId, name: reminder.companyName ?? '' } : (forCompany ?? null),
  );
  const parsedRule = fromRule(reminder?.rrule ?? '');
  const [recurrence, setRecurrence] = useState<Recurrence>(parsedRule ?? NO_RECURRENCE);
  // A rule the form cannot show (from the CLI or another calendar) is kept as written.
  const [ruleText, setRuleText] = useState(parsedRule ? null : (reminder?.rrule ?? ''));
  const [priority, setPriority] = useState<Priority>(reminder?.priority ?? 'normal');
  const [notes, setNotes] = useState(reminder?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    if (!date) {
      setErrors({ 'due.date': t('reminders.form.dateNeeded') });
      setFailure(t('common.fixErrors'));
      return;
    }
    setIsSaving(true);
    setFailure(undefined);
    const fields = {
      title,
      due: toDue(date, time),
      notes,
      priority,
      contactId: who?.id ?? null,
      companyId: company?.id ?? null,
      rrule: ruleText ?? toRule(recurrence),
    };
    try {
      const saved = reminder ? await api.reminders.update({ id: reminder.id, fields }) : await api.reminders.create(fields);
      notify({ message: t(reminder ? 'reminders.form.saved' : 'reminders.form.created', { title: saved.title }) });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(t, error);
      setErrors(fieldErrors ?? {});
      setFailure(fieldErrors ? (fieldErrors.rrule ?? t('common.fixErrors')) : describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <FormDialog
      title={t(reminder ? 'reminders.form.editTitle' : 'reminders.form.newTitle')}
      isSaving={isSaving}
      failure={failure}
      onClose={onClose}
      onSubmit={() => void save()}
      beforeActions={
        reminder && (
          <DialogActions sx={{ justifyContent: 'flex-start', px: 3 }}>
            <Button
              color="error"
              startIcon={<DeleteIcon />}
              disabled={isSaving}
              onClick={() => {
                void actions.remove(reminder);
                onClose();
              }}
            >
              {t('reminders.form.delete')}
            </Button>
          </DialogActions>
        )
      }
    >
      <TextField
        label={t('reminders.form.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        autoFocus
        error={Boolean(errors.title)}
        helperText={errors.title}
      />
      <Stack direction="row" spacing={2}>
        <Box sx={{ flex: 1 }}>
          <LinkChoice value={who} onChange={setWho} error={errors.contactId} />
        </Box>
        <Box sx={{ flex: 1 }}>
          <LinkChoice kind="company" value={company} onChange={setCompany} error={errors.companyId} />
        </Box>
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          type="date"
          label={t('reminders.form.date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
          slotProps={{ inputLabel: { shrink: true } }}
          error={Boolean(errors['due.date'] ?? errors.due)}
          helperText={errors['due.date'] ?? errors.due}
          sx={{ flex: 1 }}
        />
        <TextField
          type="time"
          label={t('reminders.form.time')}
          value={time}
          onChange={(e) => setTime(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          helperText={time ? ' ' : t('reminders.form.allDay')}
          sx={{ flex: 1 }}
        />
      </Stack>
      {ruleText === null ? (
        <RecurrenceFields value={recurrence} onChange={setRecurrence} />
      ) : (
        <TextField label={t('reminders.form.rule')} value={ruleText} onChange={(e) => setRuleText(e.target.value)} error={Boolean(errors.rrule)} helperText={errors.rrule ?? t('reminders.form.ruleHelp')} />
      )}
      <TextField select label={t('reminders.form.priority')} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
        {PRIORITIES.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`reminders.priority.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('reminders.form.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} />
    </FormDialog>
  );
}
