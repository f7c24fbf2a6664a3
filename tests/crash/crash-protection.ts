import fs from 'node:fs/promises';
import path from 'node:path';
import { readKeyFile, unlockWithPassphrase } from '../../electron/protection/key-file';
import { protectedCodec } from '../../electron/protection/protected-codec';
import { plainCodec } from '../../electron/store/codec';
import type { Codec } from '../../electron/store/types';

/** Protection in the crash test: off, on from the start, or turned on and off at random. */
export type CrashProtection = 'off' | 'on' | 'toggle';
export const CRASH_PROTECTIONS: readonly CrashProtection[] = ['off', 'on', 'toggle'];

export const CRASH_PASSPHRASE = 'crash test passphrase';
/** The least scrypt the key file accepts: rounds are about kills, not key derivation. */
export const CRASH_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

/**
 * The codec a folder opens with as it was left: plain without a key file, otherwise the data
 * key's codec, which reads sealed and plain files alike — so a conversion cut short anywhere
 * must still open with every acknowledged save.
 */
export async function codecForFolder(dataDir: string): Promise<{ codec: Codec; state: 'off' | 'turning-on' | 'on' | 'turning-off' }> {
  const keyFile = await readKeyFile(dataDir);
  if (!keyFile) return { codec: plainCodec, state: 'off' };
  return { codec: protectedCodec(await unlockWithPassphrase(keyFile, CRASH_PASSPHRASE)), state: keyFile.state };
}

/** Files in a folder fully protected that still hold `needle` as it was saved (there must be none). */
export async function readableFiles(dataDir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if ((await fs.readFile(full)).includes(needle)) found.push(path.relative(dataDir, full));
  }
  return found;
}
