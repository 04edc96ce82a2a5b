// One stored relationship reads differently from each side: "Parent of Asha" on Raj, "Child of Raj"
// on Asha. The kind is worded from the first contact's side; the second reads the inverse.
import type { RelationshipKind, RelationshipRole } from '../../../src-shared/contract/relationships';

const FROM_SIDE: Record<RelationshipKind, RelationshipRole> = {
  spouse: 'spouseOf',
  parent: 'parentOf',
  worksFor: 'worksFor',
  referredBy: 'referredBy',
  assistant: 'assistantOf',
  custom: 'custom',
};

const TO_SIDE: Record<RelationshipKind, RelationshipRole> = {
  spouse: 'spouseOf',
  parent: 'childOf',
  worksFor: 'employs',
  referredBy: 'referred',
  assistant: 'hasAssistant',
  custom: 'custom',
};

/** The wording of a relationship for the contact on `side` of it. Unknown kinds (a newer version's) read as custom. */
export function roleFor(kind: string, side: 'from' | 'to'): RelationshipRole {
  const table = side === 'from' ? FROM_SIDE : TO_SIDE;
  return Object.hasOwn(table, kind) ? table[kind as RelationshipKind] : 'custom';
}
