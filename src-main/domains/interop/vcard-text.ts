// Escaping inside vCard values. Structured values (N, ADR, ORG) are split on unescaped `;` and lists
// (CATEGORIES) on unescaped `,` before each part is unescaped, so `\;` and `\,` survive as text.

/** Splits on separators that are not escaped by a backslash; the parts keep their escapes. */
export function splitEscaped(text: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Line breaks inside values become LF whatever the file used (CRLF, or a bare CR from old Macs). */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Undoes `\\ \n \N \, \;` and the escapes exporters add beyond the standard (`\:` in Apple URLs,
 * `\"` in Apple notes, a backslash before a bare line break): a backslash before any character that
 * is not a letter or digit. Before a letter or digit it is kept: `C:\temp` in a note is text.
 */
export function unescapeText(text: string): string {
  const out = text.replace(/\\([nN]|[^\p{L}\p{N}])/gsu, (_match, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
  return normalizeNewlines(out);
}

/** URIs are not text-escaped by the standard, but `http\://` and `\,` appear in real exports. */
export function unescapeUri(text: string): string {
  return text.replace(/\\([\\,;:])/g, '$1');
}

/**
 * Escapes `\\ , \n` in a text value. `;` is escaped only inside compound values (N, ADR, ORG):
 * RFC 6350 §3.4 leaves it optional elsewhere, and readers such as ical.js keep a `\;` there literally.
 */
export function escapeText(text: string): string {
  return normalizeNewlines(text).replace(/[\\,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

/** One field of a compound value (N, ADR, ORG), where `;` separates fields. */
export function escapeComponent(text: string): string {
  return escapeText(text).replaceAll(';', '\\;');
}
