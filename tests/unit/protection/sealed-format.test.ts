import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { protectedCodec } from '../../../electron/protection/protected-codec';
import { formatRecoveryKey, parseRecoveryKey } from '../../../electron/protection/recovery-key';
import { isSealed, seal, SealedFileError, SEALED_OVERHEAD, unseal } from '../../../electron/protection/sealed-format';
import { decodeBytes, encodeBytes } from '../../../electron/store/codec';
import { decodeCommitLine, encodeCommit } from '../../../electron/store/commit-format';

const key = randomBytes(32);
const keyId = randomBytes(8);
const text = Buffer.from('{"schemaVersion":1,"volunteers":[{"id":"v1","name":"Ada Lovelace"}]}', 'utf8');

describe('the sealed format', () => {
  it('names its version and key, and round-trips the bytes', () => {
    const sealed = seal(key, keyId, text);
    expect(sealed.subarray(0, 4).toString('latin1')).toBe('PDX1');
    expect(sealed.subarray(4, 12).equals(keyId)).toBe(true);
    expect(sealed.length).toBe(text.length + SEALED_OVERHEAD);
    expect(sealed.includes(Buffer.from('Ada'))).toBe(false);
    expect(unseal(key, keyId, sealed).equals(text)).toBe(true);
  });

  it('uses a fresh nonce for every write', () => {
    const a = seal(key, keyId, text);
    const b = seal(key, keyId, text);
    expect(a.subarray(12, 24).equals(b.subarray(12, 24))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('calls a file with any byte changed, or cut short, damaged', () => {
    const sealed = seal(key, keyId, text);
    // Every byte of the header, nonce, body and tag is covered (the magic only by isSealed).
    for (let i = 4; i < sealed.length; i++) {
      const flipped = Buffer.from(sealed);
      flipped[i]! ^= 0x01;
      expect(() => unseal(key, keyId, flipped), `byte ${i}`).toThrow(SealedFileError);
    }
    for (const length of [0, 4, 20, SEALED_OVERHEAD - 1, sealed.length - 1]) {
      expect(() => unseal(key, keyId, sealed.subarray(0, length)), `length ${length}`).toThrow(/damaged/);
    }
  });

  it('tells a file sealed with another key from a damaged one', () => {
    const other = seal(randomBytes(32), randomBytes(8), text);
    expect(() => unseal(key, keyId, other)).toThrow(expect.objectContaining({ reason: 'other-key' }));
    // Same key id, different key (cannot happen by chance, but must not decrypt).
    expect(() => unseal(key, keyId, seal(randomBytes(32), keyId, text))).toThrow(expect.objectContaining({ reason: 'damaged' }));
  });
});

describe('the protected codec', () => {
  const codec = protectedCodec({ key, keyId });

  it('writes sealed and reads both sealed and plain documents', () => {
    const encoded = codec.encode(text.toString('utf8'));
    expect(isSealed(encoded)).toBe(true);
    expect(codec.decode(encoded)).toBe(text.toString('utf8'));
    expect(codec.decode(text)).toBe(text.toString('utf8'));
  });

  it('refuses plain bytes that are not UTF-8, as the plain codec does', () => {
    expect(() => codec.decode(Buffer.from([0x7b, 0xff, 0xfe]))).toThrow();
  });

  it('seals backups as bytes (no base64) and reads plain gzip backups', () => {
    const gzip = Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]);
    const sealed = encodeBytes(codec, gzip);
    expect(sealed.length).toBe(gzip.length + SEALED_OVERHEAD);
    expect(decodeBytes(codec, sealed).equals(gzip)).toBe(true);
    expect(decodeBytes(codec, gzip).equals(gzip)).toBe(true);
  });

  it('keeps journal lines free of newlines and reads plain lines written before protection', () => {
    const commit = { seq: 7, at: '2026-06-01T10:00:00.000Z', ops: [{ op: 'set' as const, c: 'notes', v: 'two\nlines Ada' }] };
    const line = encodeCommit(commit, codec);
    expect(line.indexOf(0x0a)).toBe(line.length - 1);
    expect(line.includes(Buffer.from('Ada'))).toBe(false);
    expect(decodeCommitLine(line.subarray(0, -1), codec)).toEqual({ ok: true, commit });
    const plainLine = encodeCommit(commit, { id: 'plain', encode: (t) => Buffer.from(t), decode: (b) => b.toString() });
    expect(decodeCommitLine(plainLine.subarray(0, -1), codec)).toEqual({ ok: true, commit });
  });
});

describe('the recovery key', () => {
  it('is 32 characters in groups of four, without letters that look like digits', () => {
    const bytes = randomBytes(20);
    const shown = formatRecoveryKey(bytes);
    expect(shown).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    expect(parseRecoveryKey(shown)?.equals(bytes)).toBe(true);
  });

  it('forgives lower case, spaces, and O, I or L typed for 0 and 1', () => {
    const bytes = Buffer.alloc(20, 0);
    bytes[19] = 1;
    const shown = formatRecoveryKey(bytes);
    expect(shown).toBe('0000-0000-0000-0000-0000-0000-0000-0001');
    expect(parseRecoveryKey('oooo oooo OOOO-0000 0000 0000 0000 000l')?.equals(bytes)).toBe(true);
    expect(parseRecoveryKey(shown.toLowerCase().replace(/-/g, ' '))?.equals(bytes)).toBe(true);
  });

  it('rejects what cannot be a recovery key', () => {
    expect(parseRecoveryKey('')).toBeNull();
    expect(parseRecoveryKey('0000-0000')).toBeNull();
    expect(parseRecoveryKey('UUUU-0000-0000-0000-0000-0000-0000-0000')).toBeNull();
  });
});
