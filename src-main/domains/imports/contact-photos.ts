// Contact photos from imported cards, stored as files in the data dir (photos/<contact id>.<ext>)
// rather than in the database. Only images a browser shows are kept (JPEG, PNG, GIF, WebP, told by
// their first bytes, not by what the card claims); the file name comes from a checked id and a fixed
// extension, never from input. Not synced: photo files stay on the machine that imported them.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES = [
  { ext: 'jpg', mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { ext: 'png', mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { ext: 'gif', mediaType: 'image/gif', magic: [0x47, 0x49, 0x46, 0x38] },
  { ext: 'webp', mediaType: 'image/webp', magic: [0x52, 0x49, 0x46, 0x46] },
] as const;
const ID = /^[0-9a-z-]{1,64}$/i;

const typeOf = (bytes: Uint8Array) => TYPES.find((t) => t.magic.every((b, i) => bytes[i] === b) && (t.ext !== 'webp' || String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'));

export type ContactPhotos = ReturnType<typeof createContactPhotos>;

export function createContactPhotos(photosDir: string) {
  const fileOf = (contactId: string, ext: string) => {
    if (!ID.test(contactId)) throw new Error(`not a contact id: ${contactId.slice(0, 80)}`);
    return join(photosDir, `${contactId}.${ext}`);
  };
  return {
    /** Stores the photo; returns a problem to report when it is not an image Sampark shows. */
    save(contactId: string, bytes: Uint8Array): string | null {
      const type = typeOf(bytes);
      if (!type) return 'the photo is not a JPEG, PNG, GIF or WebP image; dropped.';
      mkdirSync(photosDir, { recursive: true });
      for (const other of TYPES) if (other !== type) rmSync(fileOf(contactId, other.ext), { force: true });
      writeFileSync(fileOf(contactId, type.ext), bytes);
      return null;
    },

    /** The contact's photo as a data URL (for an <img>), or null when there is none. */
    dataUrl(contactId: string): string | null {
      for (const type of TYPES) {
        const file = fileOf(contactId, type.ext);
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        // Only what still is the image it claims to be leaves the core.
        if (typeOf(bytes) !== type) return null;
        return `data:${type.mediaType};base64,${bytes.toString('base64')}`;
      }
      return null;
    },
  };
}
