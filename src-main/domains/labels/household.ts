// One label per household: contacts at the same normalized address share a piece of mail, addressed
// to "The Sharma Family" when their family names agree, else to their names joined.

/** Case, width, punctuation and spacing do not make a different address ("12, M.G. Road" = "12 MG Road"). */
export function addressKey(parts: readonly string[]): string {
  return parts.map((p) => p.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '')).join('|');
}

export interface HouseholdMember {
  displayName: string;
  familyName: string;
}

const DEVANAGARI = /\p{Script=Devanagari}/u;
const TAMIL = /\p{Script=Tamil}/u;

/** The family as a name in the family name's own script. */
export function familyLabel(familyName: string): string {
  if (DEVANAGARI.test(familyName)) return `${familyName} परिवार`;
  if (TAMIL.test(familyName)) return `${familyName} குடும்பம்`;
  return `The ${familyName} Family`;
}

export function householdName(members: readonly HouseholdMember[]): string {
  if (members.length === 1) return members[0]!.displayName;
  const families = new Set(members.map((m) => m.familyName.normalize('NFKC').trim().toLowerCase()));
  const family = members[0]!.familyName.trim();
  if (families.size === 1 && family) return familyLabel(family);
  const names = members.map((m) => m.displayName);
  return names.length === 2 ? `${names[0]} & ${names[1]}` : `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
}
