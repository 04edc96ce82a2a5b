import List from '@mui/material/List';
import { useState } from 'react';
import type { Reminder } from '../../../src-shared/contract/reminders';
import { ReminderFormDialog } from './ReminderFormDialog';
import { ReminderItem } from './ReminderItem';

/** Open reminders, each actionable in place; editing opens the reminder dialog. */
export function ReminderList({ reminders, label, showContact }: { reminders: Reminder[]; label: string; showContact?: boolean }) {
  const [editing, setEditing] = useState<Reminder>();
  return (
    <>
      <List aria-label={label} disablePadding>
        {reminders.map((reminder) => (
          <ReminderItem key={reminder.id} reminder={reminder} onEdit={setEditing} showContact={showContact} />
        ))}
      </List>
      {editing && <ReminderFormDialog reminder={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
