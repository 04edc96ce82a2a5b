// Which of a contact's addresses gets the mail: the first whose label matches the preference list
// (in order), else any complete one. "Complete" means a street and a town or postal code.
import type { PostalAddress } from './address-format';

export interface LabelledAddress extends PostalAddress {
  label: string;
}

export function isCompleteAddress(a: PostalAddress): boolean {
  return a.street.trim() !== '' && (a.locality.trim() !== '' || a.postalCode.trim() !== '');
}

export function chooseAddress<A extends LabelledAddress>(addresses: readonly A[], preference: readonly string[]): A | null {
  const complete = addresses.filter(isCompleteAddress);
  for (const wanted of preference) {
    const match = complete.find((a) => a.label.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (match) return match;
  }
  return complete[0] ?? null;
}
