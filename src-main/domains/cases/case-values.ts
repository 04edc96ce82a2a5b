// Stored words read back as contract values. A row written by a newer version may carry a kind,
// priority or status this one does not know: it reads as the nearest plain value instead of failing.
import { CASE_EVENT_KINDS, CASE_KINDS, CASE_PRIORITIES, CASE_STATUSES } from '../../../src-shared/contract/cases';
import type { CaseKind, CasePriority, CaseStatus } from '../../../src-shared/contract/cases';

const oneOf = <T extends string>(values: readonly T[], fallback: T) => (value: string | null): T =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

export const asKind: (value: string | null) => CaseKind = oneOf(CASE_KINDS, 'problem');
export const asPriority: (value: string | null) => CasePriority = oneOf(CASE_PRIORITIES, 'normal');
export const asStatus: (value: string | null) => CaseStatus = oneOf(CASE_STATUSES, 'open');
export const asEventKind = oneOf(CASE_EVENT_KINDS, 'note');
/** Open and waiting cases still need work; resolved and closed ones are done. */
export const isDone = (status: CaseStatus) => status === 'resolved' || status === 'closed';
