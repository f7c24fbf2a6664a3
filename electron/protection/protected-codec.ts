import type { Codec } from '../store/kinds';
import { isSealed, seal, unseal } from './sealed-format';

// fatal: as in the plain codec, bytes that are not UTF-8 mean a damaged file, never U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A data key in memory, with the id written into every file it seals. */
export interface DataKey {
  key: Buffer;
  keyId: Buffer;
}

/** What a protected codec adds to a Codec: which form a file's bytes are in. */
export interface ProtectedCodec extends Codec {
  decodeBytes(bytes: Buffer): Buffer;
  /** True when the bytes are sealed (by any key); false for plain text or a plain backup. */
  isEncoded(bytes: Buffer): boolean;
}

/**
 * Encrypts everything it writes with the data key, and reads both its own sealed form and
 * plain files (told apart by the magic bytes: a JSON document starts with "{", a plain
 * backup with gzip's 1f 8b), so a folder part way through being converted still opens.
 */
export function protectedCodec(dataKey: DataKey): ProtectedCodec {
  const { key, keyId } = dataKey;
  const openBytes = (bytes: Buffer): Buffer => (isSealed(bytes) ? unseal(key, keyId, bytes) : bytes);
  return {
    id: `pdx1-${keyId.toString('hex')}`,
    encode: (text) => seal(key, keyId, Buffer.from(text, 'utf8')),
    decode: (bytes) => utf8.decode(openBytes(bytes)),
    encodeBytes: (bytes) => seal(key, keyId, bytes),
    decodeBytes: openBytes,
    isEncoded: isSealed,
  };
}
