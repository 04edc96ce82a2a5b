// PHOTO as a link (Google's lh3 URLs, 4.0 `data:` URIs) or inline base64 (2.1/3.0 ENCODING=b).
// Embedded photos are capped before decoding, so a 50 MB picture costs no more memory than the
// file itself and is dropped with a warning.
import type { ContactPhoto } from './contact-record';
import type { ContentLine } from './vcard-content-line';
import { unescapeUri } from './vcard-text';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

const MEDIA_TYPES = new Map([
  ['jpeg', 'image/jpeg'],
  ['jpg', 'image/jpeg'],
  ['png', 'image/png'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['heic', 'image/heic'],
  ['bmp', 'image/bmp'],
]);

function sniffMediaType(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'image/png';
  if (bytes[0] === 0x47 && bytes[1] === 0x49) return 'image/gif';
  return 'application/octet-stream';
}

export type PhotoResult = { photo: ContactPhoto } | { problem: string } | null;

/** Decodes base64 unless it would exceed the cap; whitespace from folding is ignored. */
export function decodeCappedBase64(base64: string, mediaType: string | null): PhotoResult {
  const compact = base64.replace(/[\s]/g, '');
  if (compact === '') return null;
  const size = Math.floor((compact.length * 3) / 4);
  if (size > MAX_PHOTO_BYTES) {
    return { problem: `photo of about ${(size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_PHOTO_BYTES / 1024 / 1024} MB limit; dropped.` };
  }
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    return { problem: 'photo is not valid base64; dropped.' };
  }
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return { photo: { bytes, mediaType: mediaType ?? sniffMediaType(bytes) } };
}

function mediaTypeFromParams(property: ContentLine): string | null {
  const declared = property.params.other['MEDIATYPE'];
  if (declared !== undefined && declared.includes('/')) return declared.toLowerCase();
  for (const type of property.params.types) {
    const known = MEDIA_TYPES.get(type.replace(/^image\//, ''));
    if (known !== undefined) return known;
  }
  return null;
}

/** `text` is the decoded value; base64 is read from the raw octets, which are ASCII by definition. */
export function photoFromProperty(property: ContentLine, text: () => string): PhotoResult {
  if (property.params.encoding === 'base64' || property.params.valueType === 'binary') {
    return decodeCappedBase64(property.value, mediaTypeFromParams(property));
  }
  const value = unescapeUri(text()).trim();
  if (value === '') return null;
  const data = /^data:([^;,]*)(;base64)?,/i.exec(value);
  if (data !== null) {
    if (data[2] === undefined) return { problem: 'photo data URI is not base64; dropped.' };
    return decodeCappedBase64(value.slice(data[0].length), data[1] !== undefined && data[1] !== '' ? data[1].toLowerCase() : null);
  }
  return { photo: { url: value } };
}
