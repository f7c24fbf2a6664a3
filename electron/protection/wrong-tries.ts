import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { atomicWriteFile, syncDirectory } from '../store/atomic-write';
import type { WrappedKey } from './key-file';

/**
 * `protection-tries.json` beside the key file: wrong unlock tries in a row and when the last
 * was, so quitting Peer Desk does not skip the wait. It is written before the key file when
 * protection is turned on and removed after it when turned off, so a protected folder always
 * has one: when it is missing, altered (its check does not match) or names another key,
 * somebody removed it, and the folder waits as long as it ever does (LONGEST). That is never
 * a silent reset.
 *
 * The check is an HMAC under a key made from the key file's public salts: tamper-obvious, not
 * secret — anyone who reads this code can forge it. That is acceptable because the wait only
 * slows guesses typed into Peer Desk's window. Whoever can change files in the data folder can
 * copy it and guess elsewhere without any wait; what stops them there is scrypt (about 0.4 s
 * a guess) and a passphrase of ten or more characters.
 */

export const TRIES_FILE = 'protection-tries.json';

const triesSchema = z.object({
  format: z.literal('peer-desk-unlock-tries'),
  keyId: z.string(),
  wrongTries: z.number().int().nonnegative().max(1_000_000),
  /** Milliseconds since 1970; 0 when there has been no wrong try. */
  lastWrongAt: z.number().int().nonnegative(),
  check: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface WrongTries {
  wrongTries: number;
  lastWrongAt: number;
  /** The file was missing or had been changed by hand: the folder waits the longest wait. */
  tampered: boolean;
}

type KeyFacts = WrappedKey;

function checkOf(key: KeyFacts, wrongTries: number, lastWrongAt: number): string {
  const checkKey = createHash('sha256').update(`peer-desk-unlock-tries|${key.keyId}|${key.passphrase.salt}|${key.recovery.salt}`).digest();
  return createHmac('sha256', checkKey).update(`${key.keyId}|${wrongTries}|${lastWrongAt}`).digest('hex');
}

/**
 * What the file says, or — missing, unreadable, altered, or another key's — `tampered` with
 * the given count (enough tries for the longest wait) counted from `now`.
 */
export async function readWrongTries(dataDir: string, key: KeyFacts, now: number, triesForLongestWait: number): Promise<WrongTries> {
  const tampered: WrongTries = { wrongTries: triesForLongestWait, lastWrongAt: now, tampered: true };
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, TRIES_FILE), 'utf8');
  } catch {
    return tampered;
  }
  let parsed;
  try {
    parsed = triesSchema.safeParse(JSON.parse(text));
  } catch {
    return tampered;
  }
  if (!parsed.success || parsed.data.keyId !== key.keyId) return tampered;
  const { wrongTries, lastWrongAt, check } = parsed.data;
  const expected = Buffer.from(checkOf(key, wrongTries, lastWrongAt), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(check, 'hex'))) return tampered;
  return { wrongTries, lastWrongAt, tampered: false };
}

/** Atomic and durable, as every file the store writes: after a crash it holds the old count or the new. */
export async function writeWrongTries(dataDir: string, key: KeyFacts, wrongTries: number, lastWrongAt: number): Promise<void> {
  const record = { format: 'peer-desk-unlock-tries', keyId: key.keyId, wrongTries, lastWrongAt, check: checkOf(key, wrongTries, lastWrongAt) };
  await atomicWriteFile(path.join(dataDir, TRIES_FILE), JSON.stringify(record));
}

/** After the key file is gone (turning protection off): a leftover on its own is harmless, and the next turn-on replaces it. */
export async function removeWrongTries(dataDir: string): Promise<void> {
  await fs.rm(path.join(dataDir, TRIES_FILE), { force: true });
  await syncDirectory(dataDir);
}
