import type { RelationshipKind, RelationshipRole } from '../../../src-shared/contract/relationships';

/** The roles offered when adding, worded from the contact being viewed ("this contact is … of"). */
export const ROLE_CHOICES = ['spouseOf', 'parentOf', 'childOf', 'worksFor', 'employs', 'referredBy', 'referred', 'assistantOf', 'hasAssistant', 'custom'] as const satisfies readonly RelationshipRole[];

/** A role seen from `me` → the stored relationship: its kind and which contact is its first side. */
export function toRelationship(role: RelationshipRole, me: string, other: string): { kind: RelationshipKind; fromContactId: string; toContactId: string } {
  const mine = (kind: RelationshipKind) => ({ kind, fromContactId: me, toContactId: other });
  const theirs = (kind: RelationshipKind) => ({ kind, fromContactId: other, toContactId: me });
  switch (role) {
    case 'spouseOf':
      return mine('spouse');
    case 'parentOf':
      return mine('parent');
    case 'childOf':
      return theirs('parent');
    case 'worksFor':
      return mine('worksFor');
    case 'employs':
      return theirs('worksFor');
    case 'referredBy':
      return mine('referredBy');
    case 'referred':
      return theirs('referredBy');
    case 'assistantOf':
      return mine('assistant');
    case 'hasAssistant':
      return theirs('assistant');
    case 'custom':
      return mine('custom');
  }
}
