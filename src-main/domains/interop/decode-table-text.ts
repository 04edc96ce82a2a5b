// CSV bytes → text. The charset is detected and always reported, never guessed silently: BOMs
// first, then UTF-16 by its zero bytes, then strict UTF-8, then Shift_JIS or Windows-1252 by what
// the text looks like (detect-legacy-encoding.ts).
import { charsetDisplayName, decodeExact, decodeLossy } from './decode-text';
import { detectLegacyEncoding } from './detect-legacy-encoding';
import type { UnicodeCharset } from './sniff-file';

export interface DecodedTable {
  text: string;
  encoding: string;
  warnings: string[];
}

export function decodeTableText(bytes: Uint8Array, bom: { charset: UnicodeCharset; length: number } | null, unicode: UnicodeCharset | null): DecodedTable {
  const charset = bom?.charset ?? unicode;
  if (charset !== null) {
    const body = bytes.subarray(bom?.length ?? 0);
    const how = bom !== null ? 'BOM' : 'detected, no BOM';
    const name = `${charsetDisplayName(charset)} (${how})`;
    const exact = decodeExact(body, charset);
    if (exact !== null) return { text: exact, encoding: name, warnings: [] };
    return { text: decodeLossy(body, charset), encoding: name, warnings: [`The file is not valid ${charsetDisplayName(charset)}; unreadable bytes were replaced with "\uFFFD".`] };
  }
  const utf8 = decodeExact(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8', warnings: [] };
  const legacy = detectLegacyEncoding(bytes);
  const text = decodeExact(bytes, legacy) ?? decodeLossy(bytes, legacy);
  const name = charsetDisplayName(legacy);
  return { text, encoding: `${name} (detected, not valid UTF-8)`, warnings: [`The file is not UTF-8; it was read as ${name}. If names look wrong, save it as CSV UTF-8 and import again.`] };
}
