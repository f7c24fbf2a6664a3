import type { Codec } from './kinds';

// fatal: bytes that are not valid UTF-8 mean the file is damaged; silently replacing them
// with U+FFFD would let a damaged file load and then be saved over the original.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** No encryption: documents are UTF-8 JSON on disk. */
export const plainCodec: Codec = {
  id: 'plain',
  encode: (text) => Buffer.from(text, 'utf8'),
  decode: (bytes) => utf8.decode(bytes),
};

/**
 * Codec is text-only, but a backup is gzip bytes. With the plain codec the bytes go to disk
 * as they are (a standard .gz stream that listBackups can read lazily); any other codec gets
 * them as base64 text so it can encrypt them like a document.
 */
export function encodeBytes(codec: Codec, bytes: Buffer): Buffer {
  if (codec.id === plainCodec.id) return bytes;
  return codec.encodeBytes ? codec.encodeBytes(bytes) : codec.encode(bytes.toString('base64'));
}

export function decodeBytes(codec: Codec, bytes: Buffer): Buffer {
  if (codec.id === plainCodec.id) return bytes;
  return codec.decodeBytes ? codec.decodeBytes(bytes) : Buffer.from(codec.decode(bytes), 'base64');
}

/** A document's UTF-8 bytes as they were before the codec (for backups, which hold documents as text). */
export function documentText(codec: Codec, bytes: Buffer): Buffer {
  if (codec.id === plainCodec.id) return bytes;
  return codec.decodeBytes ? codec.decodeBytes(bytes) : Buffer.from(codec.decode(bytes), 'utf8');
}
