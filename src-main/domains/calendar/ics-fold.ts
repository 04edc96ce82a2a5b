// RFC 5545 §3.1 content lines: CRLF line ends, and lines longer than 75 octets folded with
// CRLF + space — never inside a UTF-8 sequence (a Devanagari or Tamil letter is 3 octets).
const MAX_OCTETS = 75;
/** UTF-8 length of one code point. */
const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

function foldLine(line: string): string {
  // No line this short can exceed 75 octets (at most 3 octets per UTF-16 unit).
  if (line.length * 3 <= MAX_OCTETS || Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines start with a space, which counts toward their 75 octets.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = octetsOf(char.codePointAt(0)!);
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** Unfolds whatever folding the text has, then folds every line by octets with CRLF ends. */
export function foldIcs(text: string): string {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/).filter((line) => line !== '');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
