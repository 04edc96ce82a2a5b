import { describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createContactsService } from '../contacts';
import { birthdayGreeting } from './birthday-greetings';
import { birthdayIn, createBirthdays, nextBirthday } from './birthdays';
import { testClock } from './test-clock';

describe('birthdays', () => {
  it('falls on 28 February in years without a 29th, and rolls to next year once passed', () => {
    expect(birthdayIn('--02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1988-02-29', 2028)).toBe('2028-02-29');
    expect(nextBirthday('1990-03-01', '2026-03-02')).toBe('2027-03-01');
    expect(nextBirthday('--12-31', '2026-12-31')).toBe('2026-12-31');
  });

  it('greets in the contact\u2019s preferred language, English otherwise', () => {
    expect(birthdayGreeting('प्रिया', 'hi-IN')).toEqual({ text: 'जन्मदिन की हार्दिक शुभकामनाएँ, प्रिया!', language: 'hi' });
    expect(birthdayGreeting('Seán', 'ga').language).toBe('en');
    expect(birthdayGreeting('Seán', '').text).toBe('Happy birthday, Seán!');
  });

  it('lists the coming week across New Year, with ages where the year is known, not archived contacts', async () => {
    const sqlite = await openMemoryDatabase();
    const events = new EventBus();
    const contacts = createContactsService(sqlite, events, createChangeWriter(sqlite));
    const clock = testClock('2026-12-28T06:00:00Z', 'Asia/Kolkata');
    const add = (givenName: string, birthday: string) => contacts.create(ContactFields.parse({ givenName, birthday }));
    add('Zara', '1990-12-28');
    add('Anil', '--01-02');
    add('Outside', '--01-05');
    add('Before', '--12-27');
    contacts.setArchived(add('Gone', '--12-29').id, true);
    const week = createBirthdays(sqlite, clock).upcoming(7);
    expect(week.map((b) => [b.contactName, b.nextDate, b.daysUntil, b.turningAge])).toEqual([
      ['Zara', '2026-12-28', 0, 36],
      ['Anil', '2027-01-02', 5, null],
    ]);
    const plan = sqlite.prepare("EXPLAIN QUERY PLAN SELECT id, display_name, birthday, preferred_language FROM contacts WHERE birthday IS NOT NULL AND archived_at_ms IS NULL AND substr(birthday, -5) BETWEEN '12-28' AND '12-31'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX contacts_birthday_month_day/);
  });
});
