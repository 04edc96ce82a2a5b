// The mix of writing systems in an Indian small business's address book: about half Latin,
// a quarter Hindi in Devanagari, a quarter Tamil in Tamil script. One table per script keeps
// names, company words and likely cities together.
import { DEVANAGARI_COMPANY_WORDS, LATIN_COMPANY_WORDS, TAMIL_COMPANY_WORDS, type CompanyWords } from './company-words';
import type { NameList } from './name-list';
import { DEVANAGARI_NAMES } from './names-devanagari';
import { LATIN_NAMES } from './names-latin';
import { TAMIL_NAMES } from './names-tamil';
import { ALL_CITIES, HINDI_BELT_CITIES, TAMIL_NADU_CITIES, type City } from './places';
import type { Random } from './random';

export type Script = 'latin' | 'devanagari' | 'tamil';
export const SCRIPTS: readonly Script[] = ['latin', 'devanagari', 'tamil'];

export interface ScriptData {
  readonly names: NameList;
  readonly companyWords: CompanyWords;
  readonly cities: readonly City[];
  /** Share of companies named after a family ("Sharma Textiles") rather than a lucky word. */
  readonly familyCompanyShare: number;
}

export const SCRIPT_DATA: Record<Script, ScriptData> = {
  latin: { names: LATIN_NAMES, companyWords: LATIN_COMPANY_WORDS, cities: ALL_CITIES, familyCompanyShare: 0.4 },
  devanagari: { names: DEVANAGARI_NAMES, companyWords: DEVANAGARI_COMPANY_WORDS, cities: HINDI_BELT_CITIES, familyCompanyShare: 0.4 },
  tamil: { names: TAMIL_NAMES, companyWords: TAMIL_COMPANY_WORDS, cities: TAMIL_NADU_CITIES, familyCompanyShare: 0.2 },
};

export function pickScript(random: Random): Script {
  const r = random.next();
  return r < 0.5 ? 'latin' : r < 0.75 ? 'devanagari' : 'tamil';
}
