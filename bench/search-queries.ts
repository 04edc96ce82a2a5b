// Realistic search queries drawn from the names actually stored, so the Latin/Devanagari/Tamil mix
// of the queries follows the data. A "character" is a code point: what one keystroke adds, also in
// Devanagari and Tamil (प्रि is four: प ् र ि).
import { createRandom } from '../src-main/seed/random';

/** twoWordsInitial ("Priya S") is the state every two-word query passes through while being typed. */
export const QUERY_CLASSES = ['prefix1', 'prefix2', 'prefix3', 'prefix4', 'twoWords', 'twoWordsInitial'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface StoredName {
  givenName: string;
  familyName: string;
}

const prefix = (text: string, length: number) => [...text].slice(0, length).join('');
const codePoints = (text: string) => [...text].length;

/** One typed query of a class, or null when this person's names are too short for it. */
function queryFor(queryClass: QueryClass, name: StoredName, useFamily: boolean): string | null {
  if (queryClass === 'twoWords' || queryClass === 'twoWordsInitial') {
    const length = queryClass === 'twoWords' ? 3 : 1;
    return codePoints(name.familyName) >= length ? `${name.givenName} ${prefix(name.familyName, length)}` : null;
  }
  const length = Number(queryClass.slice('prefix'.length));
  const word = useFamily && name.familyName ? name.familyName : name.givenName;
  return codePoints(word) >= length ? prefix(word, length) : null;
}

export function drawQueries(names: readonly StoredName[], perClass: number, seed: number): Record<QueryClass, string[]> {
  const random = createRandom(seed);
  const draw = (queryClass: QueryClass) => {
    const queries: string[] = [];
    while (queries.length < perClass) {
      // People are looked up by given name more often than by family name.
      const query = queryFor(queryClass, random.pick(names), random.chance(0.3));
      if (query) queries.push(query);
    }
    return queries;
  };
  return Object.fromEntries(QUERY_CLASSES.map((c) => [c, draw(c)])) as Record<QueryClass, string[]>;
}
