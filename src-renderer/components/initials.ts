const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Tamil's pulli (virama) does not join letters into one grapheme, but "ஸ்ரீ" still reads as one letter. */
const ENDS_WITH_VIRAMA = /[\u094D\u0BCD]$/u;

function firstLetter(word: string): string {
  const [first = '', second = ''] = Array.from(graphemes.segment(word), (part) => part.segment);
  return ENDS_WITH_VIRAMA.test(first) ? first + second : first;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s.'’-]+$/u;

/**
 * "AS" for Latin names; one whole grapheme for Devanagari and Tamil ("प्रि", "ச"), where a syllable
 * already carries a vowel sign and two of them would read as a word.
 */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, LATIN_ONLY.test(name) ? 2 : 1)
    .map(firstLetter)
    .join('')
    .toLocaleUpperCase();
}
