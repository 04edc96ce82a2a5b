import { z } from 'zod';
import { EpochMs, Id, ShortText } from './common';
import { method } from './method';

/**
 * What the first contact is to the second: spouse of, parent of, works for, referred by, assistant
 * of, or a custom label. The second contact reads the inverse (spouse of, child of, employs, referred, has assistant).
 */
export const RELATIONSHIP_KINDS = ['spouse', 'parent', 'worksFor', 'referredBy', 'assistant', 'custom'] as const;
export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

/** A relationship as one contact sees it: `role` is worded from that contact's side. */
export const RELATIONSHIP_ROLES = [
  'spouseOf', 'parentOf', 'childOf', 'worksFor', 'employs', 'referredBy', 'referred', 'assistantOf', 'hasAssistant', 'custom',
] as const;
export const RelationshipRole = z.enum(RELATIONSHIP_ROLES);
export type RelationshipRole = z.infer<typeof RelationshipRole>;

export const RelationshipView = z.object({
  id: Id,
  role: RelationshipRole,
  /** The label of a custom relationship ("Mentor of"), shown on both sides. */
  customLabel: z.string(),
  other: z.object({ id: Id, displayName: z.string(), isArchived: z.boolean() }),
  createdAtMs: EpochMs,
});
export type RelationshipView = z.infer<typeof RelationshipView>;

export const NewRelationship = z
  .object({
    fromContactId: Id,
    toContactId: Id,
    kind: RelationshipKind,
    customLabel: ShortText.default(''),
  })
  .refine((r) => r.fromContactId !== r.toContactId, { message: 'A contact cannot be related to themselves', path: ['toContactId'] })
  .refine((r) => r.kind !== 'custom' || r.customLabel !== '', { message: 'Say what the relationship is', path: ['customLabel'] });

export const relationships = {
  /** Every live relationship of a contact, from both sides, worded from this contact's side. */
  listFor: method(z.object({ contactId: Id }), z.object({ items: z.array(RelationshipView) })),
  add: method(NewRelationship, z.object({ id: Id })),
  /** Removes a relationship from both contacts; `restore` undoes it. */
  remove: method(z.object({ id: Id }), z.object({ ok: z.literal(true) })),
  restore: method(z.object({ id: Id }), z.object({ ok: z.literal(true) })),
};
