// An RFC 5545 structural check of an .ics text, for tests: CRLF line ends only, no line over 75
// octets, folds that never split a UTF-8 sequence, balanced BEGIN/END, and TEXT values with
// `,` `;` `\` and newlines escaped.
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'NAME', 'X-WR-CALNAME']);

export function checkIcsStructure(ics: string | Uint8Array): string[] {
  const bytes = typeof ics === 'string' ? new TextEncoder().encode(ics) : ics;
  const problems: string[] = [];
  // Physical lines, by octets: a fold inside a multi-byte character leaves invalid UTF-8 on both sides.
  const physical: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      if (bytes[i - 1] !== 0x0d) problems.push(`line ${physical.length + 1}: LF without CR`);
      physical.push(bytes.subarray(start, bytes[i - 1] === 0x0d ? i - 1 : i));
      start = i + 1;
    } else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) {
      problems.push(`line ${physical.length + 1}: CR without LF`);
    }
  }
  if (start !== bytes.length) problems.push('the last line has no CRLF');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  physical.forEach((line, index) => {
    if (line.length > 75) problems.push(`line ${index + 1}: ${line.length} octets (at most 75)`);
    try {
      decoder.decode(line);
    } catch {
      problems.push(`line ${index + 1}: not whole UTF-8 characters (a fold split one)`);
    }
  });
  const logical: string[] = [];
  for (const line of physical) {
    const text = new TextDecoder().decode(line);
    if ((text.startsWith(' ') || text.startsWith('\t')) && logical.length) logical[logical.length - 1] += text.slice(1);
    else logical.push(text);
  }
  const open: string[] = [];
  for (const line of logical) {
    const colon = line.indexOf(':');
    if (colon < 1) {
      problems.push(`not a content line: ${line.slice(0, 40)}`);
      continue;
    }
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') open.push(value);
    else if (name === 'END' && open.pop() !== value) problems.push(`END:${value} does not close the open component`);
    if (TEXT_PROPERTIES.has(name)) {
      const problem = textValueProblem(value);
      if (problem) problems.push(`${name}: ${problem}`);
    }
  }
  if (open.length) problems.push(`unclosed: ${open.join(', ')}`);
  if (logical[0] !== 'BEGIN:VCALENDAR') problems.push('does not start with BEGIN:VCALENDAR');
  return problems;
}

/** Every backslash starts an escape of \\ ; , n N; a bare ; or , would split the value. */
function textValueProblem(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\') {
      if (!'\\;,nN'.includes(value[i + 1] ?? '')) return 'a backslash that is not an escape';
      i++;
    } else if (char === ';' || char === ',') {
      return 'unescaped ; or ,';
    }
  }
  return null;
}
