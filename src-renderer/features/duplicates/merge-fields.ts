// Which single fields a merge asks about, and the fields sent for the survivor. Lists (emails,
// phones, addresses, websites, tags) and notes are never a choice: the core keeps all of them.
import type { ContactDetail, ContactFieldsInput } from '../../../src-shared/contract/contacts';

export const MERGE_FIELDS = [
  { name: 'givenName', labelKey: 'contactForm.givenName' },
  { name: 'familyName', labelKey: 'contactForm.familyName' },
  { name: 'displayName', labelKey: 'contactForm.displayName' },
  { name: 'companyId', labelKey: 'contactForm.company' },
  { name: 'jobTitle', labelKey: 'contactForm.jobTitle' },
  { name: 'department', labelKey: 'contactForm.department' },
  { name: 'birthday', labelKey: 'contactForm.sections.birthday' },
  { name: 'nickname', labelKey: 'contactForm.nickname' },
  { name: 'prefix', labelKey: 'contactForm.prefix' },
  { name: 'additionalNames', labelKey: 'contactForm.additionalNames' },
  { name: 'suffix', labelKey: 'contactForm.suffix' },
  { name: 'phoneticName', labelKey: 'contactForm.phoneticName' },
  { name: 'source', labelKey: 'contactForm.source' },
  { name: 'owner', labelKey: 'contactForm.owner' },
  { name: 'preferredLanguage', labelKey: 'contactForm.preferredLanguage' },
  { name: 'letterSalutation', labelKey: 'contactForm.letterSalutation' },
  { name: 'labelSalutation', labelKey: 'contactForm.labelSalutation' },
] as const;

export type MergeFieldName = (typeof MERGE_FIELDS)[number]['name'];

/** Contact id → the contact whose value wins, per field. */
export type MergeChoices = Partial<Record<MergeFieldName, string>>;

/** The value as stored; a display name that follows the names counts as none. */
export function fieldValue(contact: ContactDetail, name: MergeFieldName): string {
  if (name === 'displayName') return contact.isDisplayNameSet ? contact.displayName : '';
  return contact[name] ?? '';
}

/** One option per distinct non-empty value, the survivor's first; empty values lose anyway in a merge. */
export function fieldOptions(contacts: ContactDetail[], survivorId: string, name: MergeFieldName): ContactDetail[] {
  const ordered = [...contacts].sort((a, b) => Number(b.id === survivorId) - Number(a.id === survivorId));
  const seen = new Set<string>();
  return ordered.filter((contact) => {
    const value = fieldValue(contact, name);
    if (!value || seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

/** The contact whose value is used: the one chosen, else the survivor's (or the first with a value). */
export function chosenSource(contacts: ContactDetail[], survivorId: string, choices: MergeChoices, name: MergeFieldName): string | undefined {
  const options = fieldOptions(contacts, survivorId, name);
  return options.find((contact) => contact.id === choices[name])?.id ?? options[0]?.id;
}

/** The survivor's fields with the chosen values; notes of everyone are joined, each once. */
export function toMergeFields(contacts: ContactDetail[], survivorId: string, choices: MergeChoices): ContactFieldsInput {
  const survivor = contacts.find((contact) => contact.id === survivorId);
  if (!survivor) throw new Error(`No contact ${survivorId} among those merged`);
  const chosen: Record<string, string | null> = {};
  for (const { name } of MERGE_FIELDS) {
    const source = contacts.find((contact) => contact.id === chosenSource(contacts, survivorId, choices, name));
    const value = source ? fieldValue(source, name) : '';
    chosen[name] = value || (name === 'companyId' || name === 'birthday' ? null : '');
  }
  const notes = [...new Set([survivor, ...contacts.filter((c) => c.id !== survivorId)].map((c) => c.notes.trim()).filter(Boolean))];
  return {
    ...(chosen as Partial<ContactFieldsInput>),
    kind: survivor.kind,
    notes: notes.join('\n\n'),
    emails: survivor.emails.map(({ id, label, value }) => ({ id, label, value })),
    phones: survivor.phones.map(({ id, label, value }) => ({ id, label, value })),
    addresses: survivor.addresses,
    websites: survivor.websites,
    tags: survivor.tags,
    lifecycleStage: survivor.lifecycleStage,
    // An opt-out given on any of the records still stands for the person.
    isDoNotContact: contacts.some((contact) => contact.isDoNotContact),
    isDoNotMail: contacts.some((contact) => contact.isDoNotMail),
  };
}
