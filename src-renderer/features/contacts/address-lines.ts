import type { ContactDetail } from '../../../src-shared/contract/contacts';

type Address = ContactDetail['addresses'][number];

/** An address as lines to print: street lines, then "City, Region PIN", then the country. */
export function addressLines(address: Address): string[] {
  const place = [address.locality, address.region].map((part) => part.trim()).filter(Boolean).join(', ');
  const placeLine = [place, address.postalCode.trim()].filter(Boolean).join(' ');
  return [...address.street.split(/\r?\n/), placeLine, address.country].map((line) => line.trim()).filter(Boolean);
}
