import type { TFunction } from 'i18next';

// The core explains a skipped record in English; the reasons it gives are few, so the UI says them
// in its own language and shows anything new as the core wrote it.
const KNOWN_REASONS: [RegExp, string][] = [
  [/^already in Sampark \(same email or phone\)$/, 'imports.reasons.existing'],
  [/^not in Sampark$/, 'imports.reasons.notInSampark'],
  [/^same email or phone as line (\d+)$/, 'imports.reasons.duplicate'],
];

export function importReason(t: TFunction, reason: string): string {
  for (const [pattern, key] of KNOWN_REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(key, { line: match[1] });
  }
  return reason;
}
