// Extension point for the "next step" of the log dialog: a follow-up reminder created in the same
// dialog. The reminders feature registers one (its field plus a call to `reminders.create` after the
// interaction is logged); until it does, the dialog shows no next-step field (README.md here).
import type { ReactNode } from 'react';
import type { Interaction } from '../../../src-shared/contract/interactions';

export interface NextStepExtension<Draft = unknown> {
  /** The empty next step for a new dialog (e.g. no reminder). */
  initial(): Draft;
  /** The field(s) shown under the interaction's own, bound to `draft`. */
  render(props: { draft: Draft; onChange(draft: Draft): void; contactIds: readonly string[]; companyId: string | null }): ReactNode;
  /** Runs once the interaction is logged (e.g. creates the reminder, linked to its contacts). */
  afterLog(interaction: Interaction, draft: Draft): Promise<void>;
}

let registered: NextStepExtension | null = null;

/** Called once at start-up by the feature that provides the next step. */
export function registerNextStepExtension<Draft>(extension: NextStepExtension<Draft>): void {
  registered = extension as NextStepExtension;
}

export function nextStepExtension(): NextStepExtension | null {
  return registered;
}
