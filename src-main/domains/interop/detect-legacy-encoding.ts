// A file that is not valid UTF-8 and declares nothing is, in practice, Windows-1252 (Outlook and
// Excel on Western Windows) or Shift_JIS (Japanese Windows, phones, Thunderbird). Both decode
// almost any byte sequence, so decide by what the text looks like: Japanese text comes in runs of
// kana and kanji, while Windows-1252 text has accented letters inside Latin words ("Lämmerweg").

export type LegacyEncoding = 'shift_jis' | 'windows-1252';

const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f]/u;
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/u;
const LATIN = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/u;

function adjacentPairs(text: string, first: RegExp, neighbour: RegExp): number {
  let pairs = 0;
  const chars = [...text];
  for (let i = 1; i < chars.length; i++) {
    const a = chars[i - 1]!;
    const b = chars[i]!;
    if ((first.test(a) && neighbour.test(b)) || (first.test(b) && neighbour.test(a))) pairs++;
  }
  return pairs;
}

/** Like an exact decode, but a character cut off by the end of the sample is not an error. */
function decodePrefix(sample: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(sample, { stream: true });
  } catch {
    return null;
  }
}

export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  const sample = bytes.subarray(0, 256 * 1024);
  const asShiftJis = decodePrefix(sample, 'shift_jis');
  if (asShiftJis === null) return 'windows-1252';
  const asWindows = decodePrefix(sample, 'windows-1252') ?? '';
  const japanese = adjacentPairs(asShiftJis, JAPANESE, JAPANESE);
  const latin = adjacentPairs(asWindows, ACCENTED, LATIN);
  return japanese > latin ? 'shift_jis' : 'windows-1252';
}
