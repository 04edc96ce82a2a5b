// Labels on emails, phones and addresses. Records use short lower-case words ('mobile', 'home fax')
// or the user's own text. In vCards they travel as TYPE parameters when a standard type exists,
// else as Apple's `itemN.X-ABLabel` (which Google and Apple both read); Apple's built-in labels look
// like `_$!<Mobile>!$_` and Google writes a few camelCase ones ('homeFax').

export type LabelledKind = 'phone' | 'email' | 'address';

const APPLE_BUILT_IN = /^_\$!<(.*)>!\$_$/;
const WELL_KNOWN = new Map([
  ['homefax', 'home fax'],
  ['workfax', 'work fax'],
  ['otherfax', 'other fax'],
  ['grand_central', 'google voice'],
]);

/** The text of an `X-ABLabel` → a record label. */
export function labelFromApple(raw: string): string {
  const text = raw.trim();
  const builtIn = APPLE_BUILT_IN.exec(text);
  const key = (builtIn?.[1] ?? text).toLowerCase();
  return WELL_KNOWN.get(key) ?? (builtIn !== null ? key : text);
}

/** The text of an `X-ABLabel` as a custom field name: Apple's built-ins keep their English word. */
export function fieldNameFromApple(raw: string): string {
  const text = raw.trim();
  return APPLE_BUILT_IN.exec(text)?.[1] ?? text;
}

/** TYPE values (already lower-case, 2.1 bare types included) → a record label, '' when none fits. */
export function labelFromTypes(types: readonly string[], kind: LabelledKind): string {
  const has = (type: string): boolean => types.includes(type);
  if (kind === 'phone') {
    if (has('cell') || has('mobile')) return 'mobile';
    if (has('fax')) return has('home') ? 'home fax' : has('work') ? 'work fax' : 'fax';
    const special = ['pager', 'main', 'iphone', 'car', 'isdn', 'video', 'textphone'].find(has);
    if (special !== undefined) return special;
  }
  return ['home', 'work', 'other'].find(has) ?? '';
}

const PLAIN_TYPES: [string, string[]][] = [
  ['', []],
  ['home', ['home']],
  ['work', ['work']],
];
const PHONE_TYPES = new Map<string, string[]>([
  ...PLAIN_TYPES,
  ['mobile', ['cell']],
  ['fax', ['fax']],
  ['home fax', ['home', 'fax']],
  ['work fax', ['work', 'fax']],
  ['pager', ['pager']],
]);
const OTHER_TYPES = new Map(PLAIN_TYPES);
const APPLE_WRITES = new Map([
  ['other', '_$!<Other>!$_'],
  ['main', '_$!<Main>!$_'],
]);

/** The TYPE values for a label, or null when it must travel as an X-ABLabel. */
export function typesForLabel(label: string, kind: LabelledKind): string[] | null {
  return (kind === 'phone' ? PHONE_TYPES : OTHER_TYPES).get(label) ?? null;
}

/** The X-ABLabel text for a label without a standard type. */
export function appleLabelFor(label: string): string {
  return APPLE_WRITES.get(label) ?? label;
}
