import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../shared/errors';
import { atomicWriteFile, syncDirectory } from '../store/atomic-write';
import type { DataKey } from './protected-codec';
import { formatRecoveryKey, newRecoveryKeyBytes, parseRecoveryKey } from './recovery-key';
import { DATA_KEY_BYTES, KEY_ID_BYTES } from './sealed-format';

/**
 * `protection.json` in the data folder: the data key, stored only wrapped (AES-256-GCM) —
 * once under a key derived from the passphrase with scrypt, once under one derived from the
 * recovery key with HKDF (the recovery key is 160 random bits, so it needs no slow KDF). The
 * file says how far protection has got (`state`), so a conversion cut short is finished next
 * time. A copy is kept in backups/, because without this file the data cannot be read.
 */

export const KEY_FILE = 'protection.json';
const KEY_FILE_COPY = path.join('backups', 'protection-key-copy.json');

/**
 * scrypt with N = 2^17, r = 8, p = 1 uses 128 MiB and took about 0.38 s on the development
 * machine (2 shared cores; 2^16 took 0.19 s, 2^18 0.80 s): inside the 0.3–1 s asked for, and
 * slow enough to make guessing passphrases from a copied folder expensive. Stored in the file,
 * so a later version can raise them for new passphrases and still read old ones.
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
/** Node refuses scrypt above 32 MiB unless told; it needs 128 · N · r bytes plus a little. */
const scryptMaxmem = (N: number, r: number): number => 128 * N * r + 16 * 1024 * 1024;
export const MIN_PASSPHRASE_LENGTH = 10;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const wrappedSchema = z.object({ nonce: b64, wrapped: b64 });
const keyFileSchema = z.object({
  format: z.literal('peer-desk-protection'),
  formatVersion: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  createdAt: z.string(),
  /** turning-on: data files may still be plain; turning-off: they may still be sealed. */
  state: z.enum(['turning-on', 'on', 'turning-off']),
  passphrase: wrappedSchema.extend({
    kdf: z.literal('scrypt'),
    salt: b64,
    N: z.number().int().min(2 ** 14).max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    changedAt: z.string(),
  }),
  recovery: wrappedSchema.extend({ kdf: z.literal('hkdf-sha256'), salt: b64, madeAt: z.string() }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;
export type ProtectionState = KeyFile['state'];

/**
 * The wrapped data key alone, as a backup saved elsewhere carries it (portable-backup.ts):
 * enough to unlock with the passphrase or the recovery key, and never the bare key.
 */
export const wrappedKeySchema = keyFileSchema.pick({ keyId: true, passphrase: true, recovery: true });
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** A wrong passphrase or recovery key: the message goes beside the field the coordinator typed in. */
export class WrongSecretError extends ApiError {
  constructor(field: 'passphrase' | 'recoveryKey', message: string) {
    super('VALIDATION', message, { [field]: message });
    this.name = 'WrongSecretError';
  }
}

export class KeyFileDamagedError extends ApiError {
  constructor(detail: string) {
    super(
      'STORAGE',
      `Peer Desk cannot read ${KEY_FILE}, the file that unlocks your protected data (${detail}). Do not delete anything in the data folder. Restore the file from a copy if you have one.`,
    );
    this.name = 'KeyFileDamagedError';
  }
}

// ----- wrapping ------------------------------------------------------------------------------

const aad = (keyId: string, slot: 'passphrase' | 'recovery'): Buffer => Buffer.from(`peer-desk-protection|${keyId}|${slot}`, 'utf8');

function wrap(wrappingKey: Buffer, dataKey: Buffer, keyId: string, slot: 'passphrase' | 'recovery'): { nonce: string; wrapped: string } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce);
  cipher.setAAD(aad(keyId, slot));
  const body = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), wrapped: body.toString('base64') };
}

/** The data key, or null when the wrapping key is not the one it was wrapped with. */
function unwrap(wrappingKey: Buffer, slot: { nonce: string; wrapped: string }, keyId: string, name: 'passphrase' | 'recovery'): Buffer | null {
  const body = Buffer.from(slot.wrapped, 'base64');
  if (body.length !== DATA_KEY_BYTES + 16) return null;
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.nonce, 'base64'));
  decipher.setAAD(aad(keyId, name));
  decipher.setAuthTag(body.subarray(DATA_KEY_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, DATA_KEY_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

function scryptAsync(passphrase: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passphrase, salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** NFC, so the same passphrase typed on another keyboard layout or system gives the same key. */
function passphraseKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return scryptAsync(passphrase.normalize('NFC'), salt, { ...params, maxmem: scryptMaxmem(params.N, params.r) });
}

function recoveryWrappingKey(recovery: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, salt, 'peer-desk recovery key v1', 32));
}

export function checkNewPassphrase(passphrase: string): void {
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH) {
    throw new WrongSecretError('passphrase', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. A few ordinary words in a row are easy to remember and hard to guess.`);
  }
}

async function passphraseSlot(passphrase: string, dataKey: Buffer, keyId: string, now: Date, params: ScryptParams): Promise<KeyFile['passphrase']> {
  const salt = randomBytes(16);
  const wrappingKey = await passphraseKey(passphrase, salt, params);
  return { kdf: 'scrypt', salt: salt.toString('base64'), N: params.N, r: params.r, p: params.p, ...wrap(wrappingKey, dataKey, keyId, 'passphrase'), changedAt: now.toISOString() };
}

function recoverySlot(dataKey: Buffer, keyId: string, now: Date): { slot: KeyFile['recovery']; recoveryKey: string } {
  const recovery = newRecoveryKeyBytes();
  const salt = randomBytes(16);
  const slot = { kdf: 'hkdf-sha256' as const, salt: salt.toString('base64'), ...wrap(recoveryWrappingKey(recovery, salt), dataKey, keyId, 'recovery'), madeAt: now.toISOString() };
  return { slot, recoveryKey: formatRecoveryKey(recovery) };
}

const dataKeyOf = (keyFile: WrappedKey, key: Buffer): DataKey => ({ key, keyId: Buffer.from(keyFile.keyId, 'hex') });

// ----- the operations --------------------------------------------------------------------------

export interface CreatedKey {
  keyFile: KeyFile;
  dataKey: DataKey;
  /** Shown (and printed) once; never stored. */
  recoveryKey: string;
}

/** A new random data key, wrapped under the passphrase and a new recovery key. State "turning-on": nothing is converted yet. */
/** `params` is for tests, which would otherwise spend most of their time in scrypt. */
export async function createKeyFile(passphrase: string, now = new Date(), params = SCRYPT_PARAMS): Promise<CreatedKey> {
  checkNewPassphrase(passphrase);
  const key = randomBytes(DATA_KEY_BYTES);
  const keyId = randomBytes(KEY_ID_BYTES).toString('hex');
  const { slot, recoveryKey } = recoverySlot(key, keyId, now);
  const keyFile: KeyFile = {
    format: 'peer-desk-protection',
    formatVersion: 1,
    keyId,
    createdAt: now.toISOString(),
    state: 'turning-on',
    passphrase: await passphraseSlot(passphrase, key, keyId, now, params),
    recovery: slot,
  };
  return { keyFile, dataKey: dataKeyOf(keyFile, key), recoveryKey };
}

export async function unlockWithPassphrase(keyFile: WrappedKey, passphrase: string): Promise<DataKey> {
  const slot = keyFile.passphrase;
  const wrappingKey = await passphraseKey(passphrase, Buffer.from(slot.salt, 'base64'), slot);
  const key = unwrap(wrappingKey, slot, keyFile.keyId, 'passphrase');
  if (!key) throw new WrongSecretError('passphrase', 'That passphrase is not right. Check Caps Lock and try again, or use your recovery key.');
  return dataKeyOf(keyFile, key);
}

export function unlockWithRecoveryKey(keyFile: WrappedKey, typed: string): DataKey {
  const recovery = parseRecoveryKey(typed);
  const wrong = new WrongSecretError('recoveryKey', 'That recovery key is not right. It is 32 letters and numbers in groups of four, as printed on your recovery sheet.');
  if (!recovery) throw wrong;
  const slot = keyFile.recovery;
  const key = unwrap(recoveryWrappingKey(recovery, Buffer.from(slot.salt, 'base64')), slot, keyFile.keyId, 'recovery');
  if (!key) throw wrong;
  return dataKeyOf(keyFile, key);
}

/** Wraps the data key under a new passphrase. Only the key file changes: fast, and no data file is touched. */
export async function setPassphrase(keyFile: KeyFile, dataKey: DataKey, newPassphrase: string, now = new Date(), params = SCRYPT_PARAMS): Promise<KeyFile> {
  checkNewPassphrase(newPassphrase);
  return { ...keyFile, passphrase: await passphraseSlot(newPassphrase, dataKey.key, keyFile.keyId, now, params) };
}

export async function changePassphrase(keyFile: KeyFile, oldPassphrase: string, newPassphrase: string, now = new Date(), params = SCRYPT_PARAMS): Promise<KeyFile> {
  checkNewPassphrase(newPassphrase);
  return setPassphrase(keyFile, await unlockWithPassphrase(keyFile, oldPassphrase), newPassphrase, now, params);
}

/** A new recovery key (the old one stops working), e.g. when the sheet is lost or was never printed. */
export function replaceRecoveryKey(keyFile: KeyFile, dataKey: DataKey, now = new Date()): { keyFile: KeyFile; recoveryKey: string } {
  const { slot, recoveryKey } = recoverySlot(dataKey.key, keyFile.keyId, now);
  return { keyFile: { ...keyFile, recovery: slot }, recoveryKey };
}

// ----- on disk ----------------------------------------------------------------------------------

function parseKeyFile(text: string): KeyFile | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not readable';
  }
  const parsed = keyFileSchema.safeParse(json);
  return parsed.success ? parsed.data : 'its contents are not as expected';
}

async function readText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The key file, or null when the folder is not protected. A damaged file falls back to the
 * copy in backups/; a copy alone (the file itself deleted) still counts, because sealed data
 * files opened without their key would be taken for damaged ones.
 */
export async function readKeyFile(dataDir: string): Promise<KeyFile | null> {
  const main = await readText(path.join(dataDir, KEY_FILE));
  const parsedMain = main === null ? null : parseKeyFile(main);
  if (parsedMain !== null && typeof parsedMain !== 'string') return parsedMain;
  const copy = await readText(path.join(dataDir, KEY_FILE_COPY));
  const parsedCopy = copy === null ? null : parseKeyFile(copy);
  if (parsedCopy !== null && typeof parsedCopy !== 'string') return parsedCopy;
  if (typeof parsedMain === 'string') throw new KeyFileDamagedError(parsedMain);
  return null;
}

/**
 * Atomic and durable, the file itself first: after a crash between the two it is the newer
 * (a passphrase just changed works), and the copy, read only if the file is lost, still
 * unlocks the same data key with the passphrase before.
 */
export async function writeKeyFile(dataDir: string, keyFile: KeyFile): Promise<void> {
  const text = JSON.stringify(keyFile, null, 2);
  await atomicWriteFile(path.join(dataDir, KEY_FILE), text);
  await fs.mkdir(path.join(dataDir, 'backups'), { recursive: true });
  await atomicWriteFile(path.join(dataDir, KEY_FILE_COPY), text);
}

/** Last step of turning protection off: the copy goes first, so the file itself is the last trace. */
export async function removeKeyFile(dataDir: string): Promise<void> {
  await fs.rm(path.join(dataDir, KEY_FILE_COPY), { force: true });
  await syncDirectory(path.join(dataDir, 'backups')).catch(() => undefined);
  await fs.rm(path.join(dataDir, KEY_FILE), { force: true });
  await syncDirectory(dataDir);
}
