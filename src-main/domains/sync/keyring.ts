// Passphrase → scrypt → key-encryption key, which unwraps a random data key kept in keyring-<n>.json.
// Changing the passphrase re-wraps the data key only; segments stay as they are.
import { randomBytes, scryptSync } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

export interface KeyringFile {
  keyId: number;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  /** nonce (24 bytes) + sealed data key, base64 */
  wrapped: string;
}

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };

function kek(passphrase: string, file: Pick<KeyringFile, 'N' | 'r' | 'p' | 'salt'>): Uint8Array {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(file.salt, 'base64'), 32, {
    N: file.N,
    r: file.r,
    p: file.p,
    maxmem: 256 * file.N * file.r,
  });
}

export function createKeyring(passphrase: string, keyId = 1): { file: KeyringFile; dataKey: Uint8Array } {
  const dataKey = new Uint8Array(randomBytes(32));
  const salt = randomBytes(16).toString('base64');
  const nonce = randomBytes(24);
  const key = kek(passphrase, { ...PARAMS, salt });
  const sealed = xchacha20poly1305(key, nonce).encrypt(dataKey);
  return { file: { keyId, kdf: 'scrypt', ...PARAMS, salt, wrapped: Buffer.concat([nonce, sealed]).toString('base64') }, dataKey };
}

/** The data key, or null when the passphrase is wrong. */
export function unlockKeyring(file: KeyringFile, passphrase: string): Uint8Array | null {
  const wrapped = Buffer.from(file.wrapped, 'base64');
  try {
    return xchacha20poly1305(kek(passphrase, file), wrapped.subarray(0, 24)).decrypt(wrapped.subarray(24));
  } catch {
    return null;
  }
}
