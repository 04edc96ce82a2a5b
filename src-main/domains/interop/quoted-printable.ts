// vCard 2.1 QUOTED-PRINTABLE: `=XX` is one byte. Soft line breaks were already removed when the
// lines were unfolded (vcard-unfold.ts); a trailing `=` left by a value cut short is dropped, and
// a stray `=` that starts no escape is kept as a literal character rather than failing the card.

const HEX = /^[0-9A-Fa-f]{2}$/;

export function decodeQuotedPrintable(octets: string): Uint8Array {
  const out = new Uint8Array(octets.length);
  let n = 0;
  for (let i = 0; i < octets.length; i++) {
    const ch = octets.charCodeAt(i);
    if (ch === 0x3d /* = */) {
      const hex = octets.slice(i + 1, i + 3);
      if (HEX.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
      if (i === octets.length - 1) break;
    }
    out[n++] = ch & 0xff;
  }
  return out.subarray(0, n);
}
