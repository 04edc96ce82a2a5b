// A name as written in its own script, with the ASCII spelling people use for it in email addresses
// and web addresses (प्रिया → priya).
export type Name = readonly [text: string, ascii: string];

export interface NameList {
  readonly given: readonly Name[];
  readonly family: readonly Name[];
}

/** Latin names are their own ASCII spelling once folded (D'Souza → dsouza). */
export function latinName(text: string): Name {
  return [text, text.toLowerCase().replace(/[^a-z0-9]/g, '')];
}
