// Bytes → text without ever inventing a silent U+FFFD: every decode is either exact (fatal) or the
// caller is told it was lossy. Node's full ICU gives TextDecoder the legacy charsets real files use.

/** The WHATWG name for a charset label (`SHIFT_JIS`, `latin1`, `utf8` …), or null if unknown. */
export function canonicalCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Decodes exactly, or returns null when the bytes are not valid in that charset. */
export function decodeExact(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes with U+FFFD for invalid bytes; callers must report that they did. */
export function decodeLossy(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset, { ignoreBOM: true }).decode(bytes);
}

const DISPLAY_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
  gbk: 'GBK',
  gb18030: 'GB18030',
  big5: 'Big5',
  'euc-kr': 'EUC-KR',
  'koi8-r': 'KOI8-R',
};

/** How a charset is named in messages: 'Windows-1252', 'Shift_JIS', 'UTF-8', 'ISO-8859-2' … */
export function charsetDisplayName(charset: string): string {
  const known = DISPLAY_NAMES[charset];
  if (known !== undefined) return known;
  if (charset.startsWith('windows-')) return `Windows-${charset.slice('windows-'.length)}`;
  return charset.toUpperCase();
}
