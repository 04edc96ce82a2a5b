// RFC 6350 §3.2 / RFC 2425 §5.8.1: content lines longer than 75 octets are folded with CRLF + space.
// Folds fall between whole UTF-8 sequences (never inside a Devanagari or Tamil letter's bytes), and
// between code points, so a surrogate pair is never split either.

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS / 4) return line;
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  // A continuation line starts with the folding space, which counts towards its 75 octets.
  let limit = MAX_OCTETS;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const width = utf8Length(codePoint);
    if (octets + width > limit) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    octets += width;
    i += codePoint > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}
