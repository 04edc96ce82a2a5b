// The log dialog's form state and its conversion to the contract's fields. Times are edited as a
// local "YYYY-MM-DDTHH:mm" (the browser's datetime-local) and sent as epoch ms.
import type { Interaction, InteractionFieldsInput } from '../../../src-shared/contract/interactions';

export interface ContactChoice {
  id: string;
  displayName: string;
}

export interface InteractionDraft {
  kindId: string;
  direction: 'inbound' | 'outbound';
  when: string;
  duration: string;
  contacts: ContactChoice[];
  company: { id: string; name: string } | null;
  subject: string;
  notes: string;
  outcomeId: string | null;
  satisfaction: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms → the local wall-clock text a datetime-local input shows. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The local wall-clock text back to epoch ms (null when it is not a date). */
export function fromLocalInput(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const ms = new Date(y, mo - 1, d, h, mi).getTime();
  return Number.isNaN(ms) ? null : ms;
}

export function newDraft(nowMs: number, contacts: ContactChoice[], company: InteractionDraft['company']): InteractionDraft {
  return { kindId: 'kind-call', direction: 'outbound', when: toLocalInput(nowMs), duration: '', contacts, company, subject: '', notes: '', outcomeId: null, satisfaction: null };
}

export function draftOf(interaction: Interaction): InteractionDraft {
  return {
    kindId: interaction.kindId,
    direction: interaction.direction,
    when: toLocalInput(interaction.occurredAtMs),
    duration: interaction.durationMinutes === null ? '' : String(interaction.durationMinutes),
    contacts: interaction.contacts,
    company: interaction.companyId ? { id: interaction.companyId, name: interaction.companyName ?? '' } : null,
    subject: interaction.subject,
    notes: interaction.notes,
    outcomeId: interaction.outcomeId,
    satisfaction: interaction.satisfaction,
  };
}

/** The fields to send, or which field is wrong. */
export function fieldsOf(draft: InteractionDraft): { fields: InteractionFieldsInput } | { error: 'when' | 'duration' | 'contacts' } {
  const occurredAtMs = fromLocalInput(draft.when);
  if (occurredAtMs === null) return { error: 'when' };
  const duration = draft.duration.trim() === '' ? null : Number(draft.duration);
  if (duration !== null && (!Number.isInteger(duration) || duration < 0)) return { error: 'duration' };
  if (draft.contacts.length === 0 && !draft.company) return { error: 'contacts' };
  return {
    fields: {
      kindId: draft.kindId,
      direction: draft.direction,
      occurredAtMs,
      durationMinutes: duration,
      contactIds: draft.contacts.map((c) => c.id),
      companyId: draft.company?.id ?? null,
      subject: draft.subject,
      notes: draft.notes,
      outcomeId: draft.outcomeId,
      satisfaction: draft.satisfaction,
    },
  };
}
