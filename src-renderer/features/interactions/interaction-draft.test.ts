import { describe, expect, it } from 'vitest';
import { fieldsOf, fromLocalInput, newDraft, toLocalInput } from './interaction-draft';

describe('interaction draft', () => {
  it('round-trips local wall-clock time to the minute', () => {
    const ms = new Date(2026, 2, 29, 2, 30).getTime();
    expect(fromLocalInput(toLocalInput(ms))).toBe(ms);
    expect(fromLocalInput('29/03/2026 02:30')).toBeNull();
  });

  it('defaults to an outbound call now, and needs somebody and a sane duration', () => {
    const draft = newDraft(Date.UTC(2026, 0, 5, 10), [{ id: 'c1', displayName: 'Asha' }], null);
    const result = fieldsOf(draft);
    expect(result).toMatchObject({ fields: { kindId: 'kind-call', direction: 'outbound', contactIds: ['c1'], durationMinutes: null } });
    expect(fieldsOf({ ...draft, duration: '-3' })).toEqual({ error: 'duration' });
    expect(fieldsOf({ ...draft, contacts: [] })).toEqual({ error: 'contacts' });
    expect(fieldsOf({ ...draft, contacts: [], company: { id: 'co', name: 'Kaveri' } })).toHaveProperty('fields');
  });
});
