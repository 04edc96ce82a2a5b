// Turns a property's raw value (octets) into text: quoted-printable first, then the declared CHARSET,
// else UTF-8, else the file's legacy fallback. Never a silent U+FFFD: a lossy decode is a warning,
// and every charset actually used is reported in ParseResult.encoding.
import { canonicalCharset, charsetDisplayName, decodeExact, decodeLossy } from './decode-text';
import type { LegacyEncoding } from './detect-legacy-encoding';
import { bytesToOctets, isAscii, octetsToBytes } from './octets';
import { decodeQuotedPrintable } from './quoted-printable';
import type { ContentLine } from './vcard-content-line';

export interface VCardValueDecoder {
  text(property: ContentLine): string;
  /** Adds the warning for fallback decodes beyond the first few, which are not listed one by one. */
  finish(): void;
  /** What was read, e.g. 'UTF-8 (BOM)' or 'Shift_JIS (declared CHARSET), Windows-1252 (not valid UTF-8, no CHARSET)'. */
  encodingSummary(): string;
}

export interface DecoderSetup {
  /** How the file as a whole reads: 'UTF-8', 'UTF-8 (BOM)', 'UTF-16LE (BOM)' … */
  base: string;
  isValidUtf8: boolean;
  fallback: LegacyEncoding;
  /** False for files that were UTF-16: a CHARSET written inside them no longer describes the bytes. */
  trustDeclaredCharset: boolean;
  warn(message: string): void;
}

// A legacy file can have thousands of undeclared values; the first few name their lines.
const LISTED_FALLBACKS = 3;

export function createValueDecoder(setup: DecoderSetup): VCardValueDecoder {
  const used = new Set<string>();
  let fallbacks = 0;

  function decode(property: ContentLine, bytes: Uint8Array): string {
    const declaredLabel = setup.trustDeclaredCharset ? property.params.charset : null;
    const declared = declaredLabel === null ? null : canonicalCharset(declaredLabel);
    const where = `Line ${property.line} (${property.name})`;
    if (declaredLabel !== null && declared === null) setup.warn(`${where}: unknown charset '${declaredLabel}' ignored.`);
    if (declared !== null) {
      const exact = decodeExact(bytes, declared);
      if (exact !== null) {
        if (declared !== 'utf-8') used.add(`${charsetDisplayName(declared)} (declared CHARSET)`);
        return exact;
      }
      used.add(`${charsetDisplayName(declared)} (declared CHARSET, some bytes invalid)`);
      setup.warn(`${where}: not valid ${charsetDisplayName(declared)}; unreadable bytes were replaced with "\uFFFD".`);
      return decodeLossy(bytes, declared);
    }
    const utf8 = decodeExact(bytes, 'utf-8');
    if (utf8 !== null) return utf8;
    const fallbackName = charsetDisplayName(setup.fallback);
    used.add(`${fallbackName} (not valid UTF-8, no CHARSET)`);
    if (++fallbacks <= LISTED_FALLBACKS) setup.warn(`${where}: not valid UTF-8 and no CHARSET declared; read as ${fallbackName}.`);
    return decodeExact(bytes, setup.fallback) ?? decodeLossy(bytes, setup.fallback);
  }

  return {
    text(property) {
      const qp = property.params.encoding === 'quoted-printable';
      if (!qp && isAscii(property.value)) return property.value;
      const bytes = qp ? decodeQuotedPrintable(property.value) : octetsToBytes(property.value);
      if (!bytes.some((byte) => byte >= 0x80)) return bytesToOctets(bytes);
      return decode(property, bytes);
    },
    finish() {
      const unlisted = fallbacks - LISTED_FALLBACKS;
      if (unlisted > 0) setup.warn(`${unlisted} more values were not valid UTF-8 and were read as ${charsetDisplayName(setup.fallback)}.`);
    },
    encodingSummary() {
      const parts = setup.isValidUtf8 ? [setup.base, ...used] : [...used];
      return parts.length > 0 ? parts.join(', ') : setup.base;
    },
  };
}
