// Which exporter wrote a CSV, told by its header row, and what each column means. A user's saved
// mapping (csvMapping, keyed by the exact header text) overrides any preset.
import type { CsvPreset } from './contact-record';
import { guessColumn, isRecognised } from './csv-guess-column';
import { englishHeader } from './csv-localized-headers';
import { PRESET_RULES } from './csv-preset-rules';
import { custom, parseTargetSpec, type ColumnTarget } from './csv-targets';

/** Lower-case English form of a header: 'E-mail Address', ' e-mail  address', 'メールアドレス' (Thunderbird ja) … */
export function normalizeHeader(header: string): string {
  return englishHeader(header).trim().toLowerCase().replace(/\s+/g, ' ');
}

export function detectPreset(headers: readonly string[]): CsvPreset {
  const names = new Set(headers.map(normalizeHeader));
  const has = (name: string): boolean => names.has(name);
  const any = (pattern: RegExp): boolean => [...names].some((name) => pattern.test(name));
  if (has('labels') || has('organization name') || has('file as') || any(/^(e-mail|phone) \d+ - label$/)) return 'google';
  if (has('given name') || has('family name') || has('group membership') || any(/^(e-mail|phone) \d+ - type$/)) return 'google-old';
  if (has('primary email') || (has('display name') && has('mobile number'))) return 'thunderbird';
  const outlookMarkers = ['e-mail address', 'mobile phone', 'business phone', 'home phone', 'job title', 'company', 'business street', 'home street'];
  if (outlookMarkers.filter(has).length >= 2) return 'outlook';
  return 'generic';
}

export interface ColumnPlan {
  preset: CsvPreset;
  targets: ColumnTarget[];
  warnings: string[];
  /** True when at least one column maps to a contact field (not only custom fields). */
  hasKnownColumns: boolean;
}

export function planColumns(headers: readonly string[], mapping: Record<string, string> = {}): ColumnPlan {
  const preset = detectPreset(headers);
  const warnings: string[] = [];
  const targets = headers.map((header, index): ColumnTarget => {
    const spec = Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    if (spec !== undefined) {
      const target = parseTargetSpec(spec, header);
      if (target !== null) return target;
      warnings.push(`Column '${header}': unknown mapping '${spec}'; kept as a custom field.`);
    }
    const name = normalizeHeader(header);
    if (name === '') return custom(`Column ${index + 1}`);
    const known = preset === 'generic' ? guessColumn(header) : PRESET_RULES[preset](name);
    return known ?? custom(header.trim(), `column:${header}`);
  });
  return { preset, targets, warnings, hasKnownColumns: targets.some(isRecognised) };
}
