// The default "Sales" pipeline has fixed ids, derived from constants, so every machine has the same
// rows (inserted by migration 0009_default_sales_pipeline) and sync never sees two of them.
import { v5 as uuidv5 } from 'uuid';

export const ID_NAMESPACE = '6f1c2b7e-3a52-4c1e-9b1d-5a3e2c7d8f90';
const fixedId = (key: string) => uuidv5(`sampark:${key}`, ID_NAMESPACE);

export const DEFAULT_PIPELINE_ID = fixedId('pipeline:sales');

export const DEFAULT_STAGES = [
  { key: 'new', name: 'New', probability: 10, kind: 'open' },
  { key: 'qualified', name: 'Qualified', probability: 25, kind: 'open' },
  { key: 'proposal', name: 'Proposal', probability: 50, kind: 'open' },
  { key: 'negotiation', name: 'Negotiation', probability: 75, kind: 'open' },
  { key: 'won', name: 'Won', probability: 100, kind: 'won' },
  { key: 'lost', name: 'Lost', probability: 0, kind: 'lost' },
].map((s) => ({ ...s, id: fixedId(`stage:sales:${s.key}`) }));

/** A contact on a deal: one row wherever and however often it is added. */
export const dealContactId = (dealId: string, contactId: string) => uuidv5(`deal-contact:${dealId}:${contactId}`, ID_NAMESPACE);
