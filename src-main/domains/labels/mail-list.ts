// Who gets a piece of mail and what is written on it: skips contacts that must not or cannot be
// mailed (with the reason), picks the address, formats it for its country, groups households, sorts.
import type { SkipReason } from '../../../src-shared/contract/labels';
import { formatAddressLines } from './address-format';
import { chooseAddress, type LabelledAddress } from './choose-address';
import { countryName, toCountryCode, type CountryCode } from './country-codes';
import { addressKey, householdName } from './household';
import type { MailContact } from './mail-contacts.repo';

export interface MailPiece {
  /** Everyone this piece is for (several when grouped by household). */
  contacts: MailContact[];
  /** First line: the person, the household or the organisation. */
  name: string;
  /** The company, for a person's work address; empty otherwise. */
  company: string;
  /** Address lines, formatted for the destination country. */
  addressLines: string[];
  address: LabelledAddress;
  countryCode: CountryCode | null;
}

export interface Skipped {
  contactId: string;
  displayName: string;
  reason: SkipReason;
}

export interface MailListOptions {
  addressPreference: readonly string[];
  sortBy: 'postalCode' | 'name';
  isHousehold: boolean;
  /** The sender's country: its own format for addresses without a country, and no country line. */
  homeCountry: CountryCode;
}

function skipReason(contact: MailContact): SkipReason | null {
  if (contact.archivedAtMs !== null) return 'archived';
  if (contact.isDoNotContact) return 'doNotContact';
  if (contact.isDoNotMail) return 'doNotMail';
  if (contact.addresses.length === 0) return 'noAddress';
  return null;
}

function pieceFor(contact: MailContact, address: LabelledAddress, home: CountryCode): MailPiece {
  const code = toCountryCode(address.country);
  const lines = formatAddressLines(address, code, home, countryName(address.country, code));
  const name = contact.labelSalutation.trim() || contact.displayName;
  // Mail to a work address names the company; an organisation's own name is already the first line.
  const company = contact.kind === 'person' && contact.companyName && address.label.toLowerCase() === 'work' ? contact.companyName : '';
  return { contacts: [contact], name, company, addressLines: lines, address, countryCode: code };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function comparePieces(sortBy: MailListOptions['sortBy']) {
  return (a: MailPiece, b: MailPiece) =>
    (sortBy === 'postalCode' ? collator.compare(a.address.postalCode.replace(/\s/g, ''), b.address.postalCode.replace(/\s/g, '')) : 0) ||
    collator.compare(a.name, b.name);
}

/** Everything printed for a piece, top to bottom. */
export function pieceLines(piece: MailPiece): string[] {
  return [piece.name, ...(piece.company ? [piece.company] : []), ...piece.addressLines];
}

export function buildMailList(contacts: readonly MailContact[], options: MailListOptions): { pieces: MailPiece[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  let pieces: MailPiece[] = [];
  for (const contact of contacts) {
    const reason = skipReason(contact);
    const address = reason ? null : chooseAddress(contact.addresses, options.addressPreference);
    if (reason || !address) {
      skipped.push({ contactId: contact.id, displayName: contact.displayName, reason: reason ?? 'incompleteAddress' });
      continue;
    }
    pieces.push(pieceFor(contact, address, options.homeCountry));
  }
  if (options.isHousehold) pieces = groupHouseholds(pieces);
  return { pieces: pieces.sort(comparePieces(options.sortBy)), skipped };
}

function groupHouseholds(pieces: MailPiece[]): MailPiece[] {
  const byAddress = new Map<string, MailPiece[]>();
  for (const piece of pieces) {
    const a = piece.address;
    const key = addressKey([a.street, a.locality, a.postalCode, piece.countryCode ?? a.country]);
    const group = byAddress.get(key);
    if (group) group.push(piece);
    else byAddress.set(key, [piece]);
  }
  return [...byAddress.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return first;
    const contacts = group.flatMap((p) => p.contacts).sort((a, b) => collator.compare(a.displayName, b.displayName));
    // A company line belongs to one person's work address, not to a household.
    return { ...first, contacts, name: householdName(contacts), company: '' };
  });
}
