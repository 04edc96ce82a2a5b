// Indian phone numbers typed the ways people actually type them. Every form uses only digits,
// spaces, '+' and '-', which the contract accepts.
import type { City } from './places';
import type { Random } from './random';

const digits = (random: Random, count: number) => {
  let text = '';
  for (let i = 0; i < count; i++) text += random.int(10);
  return text;
};

/** A 10-digit mobile number (starts 6–9) as "98400 12345", "098400 12345", "+91 98400 12345"… */
export function mobileNumber(random: Random): string {
  const first = random.pick(['9', '9', '9', '8', '8', '7', '6']);
  const number = first + digits(random, 9);
  const head = number.slice(0, 5);
  const tail = number.slice(5);
  const form = random.int(10);
  if (form < 4) return `+91 ${head} ${tail}`;
  if (form < 6) return `0${head} ${tail}`;
  if (form < 8) return `${head} ${tail}`;
  if (form < 9) return `+91-${head}-${tail}`;
  return number;
}

/** A landline: STD code plus subscriber number, ten digits together without the leading 0. */
export function landlineNumber(random: Random, [, stdCode]: City): string {
  const local = digits(random, 11 - stdCode.length);
  if (local.length === 8) return `${stdCode} ${local.slice(0, 4)} ${local.slice(4)}`;
  if (local.length === 7) return `${stdCode} ${local.slice(0, 3)} ${local.slice(3)}`;
  return `${stdCode} ${local}`;
}
