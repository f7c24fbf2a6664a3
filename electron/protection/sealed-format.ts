import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * How one protected file (or journal line, or backup) is laid out on disk:
 *
 *   "PDX1" | key id (8 bytes) | nonce (12 bytes) | AES-256-GCM ciphertext | tag (16 bytes)
 *
 * The magic names the format version and the key id names which data key sealed it, so a file
 * from another folder or another key is told apart from a damaged one. Magic and key id are
 * authenticated too (GCM's additional data): changing any byte fails the tag.
 */

export const SEALED_MAGIC = Buffer.from('PDX1', 'latin1');
export const KEY_ID_BYTES = 8;
export const DATA_KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = SEALED_MAGIC.length + KEY_ID_BYTES;
export const SEALED_OVERHEAD = HEADER_BYTES + NONCE_BYTES + TAG_BYTES;

/** Why sealed bytes could not be opened, in words a coordinator can act on. */
export class SealedFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'damaged' | 'other-key',
  ) {
    super(message);
    this.name = 'SealedFileError';
  }
}

export function isSealed(bytes: Buffer): boolean {
  return bytes.length >= SEALED_MAGIC.length && bytes.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC);
}

/** The key id a sealed file names, or null for anything that is not sealed. */
export function sealedKeyId(bytes: Buffer): Buffer | null {
  return isSealed(bytes) && bytes.length >= HEADER_BYTES ? bytes.subarray(SEALED_MAGIC.length, HEADER_BYTES) : null;
}

function checkKey(key: Buffer, keyId: Buffer): void {
  if (key.length !== DATA_KEY_BYTES) throw new Error(`A data key is ${DATA_KEY_BYTES} bytes, not ${key.length}`);
  if (keyId.length !== KEY_ID_BYTES) throw new Error(`A key id is ${KEY_ID_BYTES} bytes, not ${keyId.length}`);
}

/** Encrypts with a fresh random nonce every time: GCM must never see one nonce twice under a key. */
export function seal(key: Buffer, keyId: Buffer, plain: Buffer): Buffer {
  checkKey(key, keyId);
  const header = Buffer.concat([SEALED_MAGIC, keyId]);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  const body = cipher.update(plain);
  const last = cipher.final();
  return Buffer.concat([header, nonce, body, last, cipher.getAuthTag()]);
}

/** Decrypts and checks the tag; a truncated, altered or foreign file throws SealedFileError, never returns garbage. */
export function unseal(key: Buffer, keyId: Buffer, bytes: Buffer): Buffer {
  checkKey(key, keyId);
  if (!isSealed(bytes) || bytes.length < SEALED_OVERHEAD) throw new SealedFileError('The file is damaged (it is too short to be a protected file).', 'damaged');
  const header = bytes.subarray(0, HEADER_BYTES);
  if (!header.subarray(SEALED_MAGIC.length).equals(keyId)) {
    throw new SealedFileError('The file was protected with a different passphrase (it belongs to another data folder).', 'other-key');
  }
  const nonce = bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES + NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealedFileError('The file is damaged (its contents do not match their checksum).', 'damaged');
  }
}
