import { createHash } from 'node:crypto';

/** Deterministic from both ids: removing and re-adding a participant (on any machine) is one row. */
export const participantId = (interactionId: string, contactId: string) =>
  `ic-${createHash('sha256').update(`${interactionId}\u0000${contactId}`).digest('hex').slice(0, 32)}`;
