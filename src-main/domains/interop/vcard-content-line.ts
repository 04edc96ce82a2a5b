// One unfolded vCard line → group, name, parameters and the raw value (still octets, see octets.ts).
// Accepts every parameter spelling in the wild: 3.0/4.0 `TYPE=work,cell`, quoted values holding `;`
// and `:` (`SORT-AS="あんどう;ろいど"`), 2.1 bare `TEL;CELL;PREF`, bare `QUOTED-PRINTABLE` and
// `utf-8`, and empty parameters (`ADR;HOME;PREF;:`).
import { canonicalCharset } from './decode-text';

export interface VCardParams {
  /** Lower-case TYPE values and 2.1 bare types: 'home', 'cell', 'pref', 'jpeg' … */
  types: string[];
  encoding: 'quoted-printable' | 'base64' | null;
  /** The declared CHARSET label as written, if any. */
  charset: string | null;
  /** Lower-case VALUE=, e.g. 'uri', 'text', 'date'. */
  valueType: string | null;
  /** Every other parameter by upper-case name, unquoted. */
  other: Record<string, string>;
}

export interface ContentLine {
  line: number;
  /** Lower-case group (`item1`), '' when none. */
  group: string;
  /** Upper-case property name. */
  name: string;
  params: VCardParams;
  /** The raw value as octets: not yet decoded, unescaped or split. */
  value: string;
}

const NAME = /^(?:([\w-]+)\.)?([\w-]+)$/;

/** Index of the first `:` outside double quotes: where the value starts. */
export function valueStart(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

function encodingOf(value: string): VCardParams['encoding'] {
  const upper = value.toUpperCase();
  if (upper === 'QUOTED-PRINTABLE') return 'quoted-printable';
  if (upper === 'B' || upper === 'BASE64') return 'base64';
  return null;
}

function addParam(params: VCardParams, raw: string): void {
  const segment = raw.trim();
  if (segment === '') return;
  const eq = segment.indexOf('=');
  if (eq < 0) {
    // 2.1 bare parameter: an encoding, a charset, or a type.
    const encoding = encodingOf(segment);
    if (encoding !== null) params.encoding = encoding;
    else if (/^[78]BIT$/i.test(segment)) return;
    else if (canonicalCharset(segment) !== null) params.charset = segment;
    else params.types.push(segment.toLowerCase());
    return;
  }
  const key = segment.slice(0, eq).trim().toUpperCase();
  const value = segment.slice(eq + 1);
  if (key === 'TYPE') {
    for (const item of splitOutsideQuotes(value, ',')) {
      for (const type of unquote(item).split(',')) if (type.trim() !== '') params.types.push(type.trim().toLowerCase());
    }
  } else if (key === 'ENCODING') params.encoding = encodingOf(unquote(value));
  else if (key === 'CHARSET') params.charset = unquote(value);
  else if (key === 'VALUE') params.valueType = unquote(value).toLowerCase();
  else params.other[key] = unquote(value);
}

export function parseContentLine(line: number, text: string): ContentLine | null {
  const colon = valueStart(text);
  if (colon < 0) return null;
  const [head = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  const match = NAME.exec(head.trim());
  if (match === null) return null;
  const params: VCardParams = { types: [], encoding: null, charset: null, valueType: null, other: {} };
  for (const raw of rawParams) addParam(params, raw);
  return {
    line,
    group: (match[1] ?? '').toLowerCase(),
    name: (match[2] ?? '').toUpperCase(),
    params,
    value: text.slice(colon + 1),
  };
}

export function isQuotedPrintableLine(text: string): boolean {
  const colon = valueStart(text);
  return colon >= 0 && /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(text.slice(0, colon));
}
