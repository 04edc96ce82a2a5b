// Physical lines → logical vCard lines, on octets so a fold inside a multi-byte character rejoins
// exactly. Beyond RFC folding (CRLF or LF + one space/tab) this repairs what exporters write:
// - line ends of CRLF, LF, CR CR LF (iOS 6) or bare CR (old Macs); a lone CR inside a line is data;
// - 2.1 QUOTED-PRINTABLE soft breaks (`=` at the end), whose next line often has no leading space;
//   a blank line or a line that starts a new property ends the value even after a stray `=`;
// - bare line breaks inside a value: a next line that is no property, or (after a line ending in a
//   lone `\`, as old Android wrote addresses) one that is no known property.
import { isQuotedPrintableLine } from './vcard-content-line';

export interface LogicalLine {
  /** 1-based number of the physical line where this logical line starts. */
  line: number;
  text: string;
}

const CONTENT_LINE = /^(?:[\w-]+\.)?[\w-]+[;:]/;
const KNOWN_PROPERTY =
  /^(?:[\w-]+\.)?(?:BEGIN|END|VERSION|N|FN|ADR|LABEL|TEL|EMAIL|ORG|TITLE|ROLE|NOTE|URL|BDAY|PHOTO|LOGO|SOUND|NICKNAME|CATEGORIES|UID|REV|GEO|TZ|KEY|AGENT|MAILER|PRODID|SORT-STRING|CLASS|IMPP|KIND|GENDER|ANNIVERSARY|LANG|MEMBER|RELATED|SOURCE|NAME|PROFILE|CLIENTPIDMAP|XML|FBURL|CALURI|CALADRURI|X-[\w-]+)[;:]/i;
const CARD_BOUNDARY = /^(BEGIN|END):/i;

function physicalLines(octets: string): string[] {
  return octets.includes('\n') ? octets.split(/\r*\n/) : octets.split('\r');
}

/** True when the text so far ends in an odd number of backslashes (pieces may be single `\`s). */
function endsWithEscape(pieces: string[]): boolean {
  let count = 0;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    let j = piece.length;
    while (j > 0 && piece.charCodeAt(j - 1) === 0x5c /* \ */) j--;
    count += piece.length - j;
    if (j > 0) break;
  }
  return count % 2 === 1;
}

interface OpenLine {
  line: number;
  pieces: string[];
  isQuotedPrintable: boolean;
  isBoundary: boolean;
}

// Appends go to a list of pieces and every test looks at the last piece only: a multi-megabyte
// PHOTO arrives as tens of thousands of folded lines, and re-reading the joined text each time
// would be quadratic.
export function unfoldLines(octets: string): LogicalLine[] {
  const open: OpenLine[] = [];
  let current: OpenLine | undefined;
  // True while `current` is a quoted-printable value whose last line ended in a soft break.
  let softBreak = false;
  physicalLines(octets).forEach((raw, index) => {
    if (current !== undefined && softBreak) {
      if (raw === '') {
        softBreak = false;
        return;
      }
      if (!KNOWN_PROPERTY.test(raw)) {
        current.pieces.push(current.pieces.pop()!.slice(0, -1), raw.replace(/^[ \t]/, ''));
        softBreak = raw.endsWith('=');
        return;
      }
    }
    if (raw === '') return;
    if (current !== undefined && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.pieces.push(raw.slice(1));
      softBreak = current.isQuotedPrintable && raw.endsWith('=');
      return;
    }
    const continuesValue =
      current !== undefined &&
      !current.isBoundary &&
      !CARD_BOUNDARY.test(raw) &&
      (!CONTENT_LINE.test(raw) || (endsWithEscape(current.pieces) && !KNOWN_PROPERTY.test(raw)));
    if (current !== undefined && continuesValue) {
      current.pieces.push('\n', raw);
      return;
    }
    current = { line: index + 1, pieces: [raw], isQuotedPrintable: isQuotedPrintableLine(raw), isBoundary: CARD_BOUNDARY.test(raw) };
    open.push(current);
    softBreak = current.isQuotedPrintable && raw.endsWith('=');
  });
  return open.map(({ line, pieces }) => ({ line, text: pieces.join('') }));
}
