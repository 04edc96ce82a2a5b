// The message when no one can be mailed: how many were asked for and why each group was left out.
import type { SkipReason } from '../../../src-shared/contract/labels';

const WHY: Record<SkipReason, string> = {
  doNotMail: 'do not mail',
  doNotContact: 'do not contact',
  noAddress: 'no postal address',
  incompleteAddress: 'an incomplete address (needs a street and a town or postal code)',
  archived: 'archived',
  notFound: 'not found',
};

/** Why one contact was left out, in words. */
export const skipReasonText = (reason: SkipReason): string => WHY[reason];

export function describeSkips(skipped: readonly { reason: SkipReason }[]): string {
  const counts = new Map<SkipReason, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${WHY[reason]}`).join(', ');
}

export function describeNothingToPrint(asked: number, skipped: readonly { reason: SkipReason }[]): string {
  if (asked === 0) return 'Nothing to print: no contacts were chosen, or none has a postal address. Add an address to a contact, or choose contacts first.';
  return `Nothing to print: none of the ${asked} contacts can be mailed (${describeSkips(skipped)}).`;
}
