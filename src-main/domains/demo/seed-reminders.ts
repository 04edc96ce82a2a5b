// Demo reminders and birthdays, deterministic per seed (dates relative to today): about one
// reminder per two contacts — some late, some today, most ahead, a fifth recurring — a few done
// recently, and birthdays (some without a year) for about a third of the contacts.
import type { ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { ReminderFields, type Due } from '../../../src-shared/contract/reminders';
import { createRandom, type Random } from '../../seed/random';
import { addDays, instantOf, localDate, type RemindersService } from '../reminders';

const TITLES = [
  'Call about the order', 'Send the quotation', 'Follow up on the payment', 'Confirm the delivery date', 'Share the new catalogue',
  'भुगतान के बारे में फ़ोन करें', 'कोटेशन भेजें', 'दिवाली ऑर्डर की पुष्टि करें',
  'கட்டணம் பற்றி நினைவூட்டவும்', 'புதிய பட்டியலை அனுப்பவும்', 'டெலிவரி தேதியை உறுதிசெய்யவும்',
];
const RULES = ['FREQ=WEEKLY;BYDAY=MO', 'FREQ=MONTHLY;BYMONTHDAY=1', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=12', 'FREQ=YEARLY', 'FREQ=DAILY;COUNT=10'];
const HOURS = [10, 11.5, 15, 17];
const LANGUAGES = ['', '', 'en', 'hi', 'ta'];

/** Adds birthdays (and a preferred language) to about a third of the demo contacts. */
export function withDemoBirthdays<T extends ContactFieldsInput>(contacts: T[], seed: number): T[] {
  const random = createRandom(seed * 7919 + 17);
  return contacts.map((contact) => {
    if (!random.chance(0.33)) return contact;
    const month = String(random.between(1, 12)).padStart(2, '0');
    const day = String(random.between(1, 28)).padStart(2, '0');
    const year = random.chance(0.25) ? '-' : String(random.between(1950, 2004));
    return { ...contact, birthday: `${year}-${month}-${day}`, preferredLanguage: random.pick(LANGUAGES) };
  });
}

function demoDue(random: Random, today: string, timeZone: string): Due {
  const roll = random.next();
  const offsetDays = roll < 0.05 ? -random.between(1, 20) : roll < 0.1 ? 0 : random.between(1, 90);
  const date = addDays(today, offsetDays);
  if (random.chance(0.4)) return { kind: 'date', date };
  const wall = Date.parse(`${date}T00:00:00Z`) + random.pick(HOURS) * 3_600_000;
  return { kind: 'time', atMs: instantOf(wall, timeZone), timeZone };
}

export function seedDemoReminders(reminders: RemindersService, contactIds: string[], seed: number): number {
  const random = createRandom(seed * 104_729 + 3);
  const now = reminders.clock.now();
  const timeZone = reminders.clock.timeZone();
  const today = localDate(now, timeZone);
  const count = Math.ceil(contactIds.length / 2);
  const list = Array.from({ length: count }, () =>
    ReminderFields.parse({
      title: random.pick(TITLES),
      due: demoDue(random, today, timeZone),
      contactId: contactIds.length ? random.pick(contactIds) : null,
      priority: random.pick(['normal', 'normal', 'high', 'low']),
      rrule: random.chance(0.2) ? random.pick(RULES) : '',
    }),
  );
  const ids = reminders.createMany(list);
  // Some done in the last days: Today's recent activity and the timeline have something to show.
  for (const id of ids.slice(0, Math.min(20, Math.ceil(count / 50)))) reminders.complete(id);
  return ids.length;
}
