// vCard structure (names, parameters, `:` `;` `=` and line breaks) is ASCII, but values may be in any
// charset, and a fold or a quoted-printable soft break can cut a multi-byte character in half. So the
// vCard reader works on an "octet string" (one char per byte, U+0000–U+00FF) and decodes each value
// to text only once it is whole.

const CHUNK = 0x8000;

export function bytesToOctets(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return out;
}

export function octetsToBytes(octets: string): Uint8Array {
  const bytes = new Uint8Array(octets.length);
  for (let i = 0; i < octets.length; i++) bytes[i] = octets.charCodeAt(i) & 0xff;
  return bytes;
}

export function isAscii(octets: string): boolean {
  return !/[\x80-\xff]/.test(octets);
}
