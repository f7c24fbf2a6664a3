import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createKeyFile,
  KEY_FILE,
  KeyFileDamagedError,
  readKeyFile,
  removeKeyFile,
  replaceRecoveryKey,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WrongSecretError,
  writeKeyFile,
} from '../../../electron/protection/key-file';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-key-'));
  dirs.push(dir);
  return dir;
}

const PASSPHRASE = 'river kettle orange seven';
/** The first test derives with the real, deliberately slow parameters; the rest with cheap ones (unlocking reads them from the file). */
const FAST = { N: 2 ** 14, r: 8, p: 1 };
const now = new Date('2026-12-07T10:00:00Z');

describe('the key file', { timeout: 30_000 }, () => {
  it('stores the data key only wrapped, and gives it back for the passphrase or the recovery key', async () => {
    const created = await createKeyFile(PASSPHRASE);
    const text = JSON.stringify(created.keyFile);
    expect(text).not.toContain(created.dataKey.key.toString('base64'));
    expect(text).not.toContain(created.dataKey.key.toString('hex'));
    expect(created.keyFile.passphrase).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(created.recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    expect((await unlockWithPassphrase(created.keyFile, PASSPHRASE)).key.equals(created.dataKey.key)).toBe(true);
    expect(unlockWithRecoveryKey(created.keyFile, created.recoveryKey.toLowerCase()).key.equals(created.dataKey.key)).toBe(true);
  });

  it('says plainly when the passphrase or recovery key is wrong', async () => {
    const created = await createKeyFile(PASSPHRASE, now, FAST);
    await expect(unlockWithPassphrase(created.keyFile, 'river kettle orange eight')).rejects.toThrow('That passphrase is not right');
    await expect(unlockWithPassphrase(created.keyFile, 'river kettle orange eight')).rejects.toBeInstanceOf(WrongSecretError);
    expect(() => unlockWithRecoveryKey(created.keyFile, 'not a key')).toThrow('That recovery key is not right');
    const other = await createKeyFile(PASSPHRASE, now, FAST);
    expect(() => unlockWithRecoveryKey(created.keyFile, other.recoveryKey)).toThrow('That recovery key is not right');
  });

  it('refuses a passphrase too short to protect anything', async () => {
    await expect(createKeyFile('short', now, FAST)).rejects.toThrow(/at least 10 characters/);
  });

  it('changes the passphrase by re-wrapping only: same key, the old passphrase stops working, the recovery key still works', async () => {
    const created = await createKeyFile(PASSPHRASE, now, FAST);
    await expect(changePassphrase(created.keyFile, 'wrong passphrase here', 'a whole new passphrase', now, FAST)).rejects.toThrow('That passphrase is not right');
    const changed = await changePassphrase(created.keyFile, PASSPHRASE, 'a whole new passphrase', now, FAST);
    expect(changed.keyId).toBe(created.keyFile.keyId);
    expect(changed.recovery).toEqual(created.keyFile.recovery);
    expect((await unlockWithPassphrase(changed, 'a whole new passphrase')).key.equals(created.dataKey.key)).toBe(true);
    await expect(unlockWithPassphrase(changed, PASSPHRASE)).rejects.toThrow('That passphrase is not right');
    expect(unlockWithRecoveryKey(changed, created.recoveryKey).key.equals(created.dataKey.key)).toBe(true);
  });

  it('makes a new recovery key that replaces the old one', async () => {
    const created = await createKeyFile(PASSPHRASE, now, FAST);
    const replaced = replaceRecoveryKey(created.keyFile, created.dataKey);
    expect(unlockWithRecoveryKey(replaced.keyFile, replaced.recoveryKey).key.equals(created.dataKey.key)).toBe(true);
    expect(() => unlockWithRecoveryKey(replaced.keyFile, created.recoveryKey)).toThrow(WrongSecretError);
  });

  it('is written with a copy in backups/, read from the copy when damaged, and removed with its copy', async () => {
    const dir = await tempDir();
    expect(await readKeyFile(dir)).toBeNull();
    const { keyFile } = await createKeyFile(PASSPHRASE, now, FAST);
    await writeKeyFile(dir, keyFile);
    expect(await readKeyFile(dir)).toEqual(keyFile);
    await fs.writeFile(path.join(dir, KEY_FILE), '{"format":"peer-desk-prot');
    expect(await readKeyFile(dir)).toEqual(keyFile);
    await fs.rm(path.join(dir, KEY_FILE));
    // The file deleted but its copy left: the folder still counts as protected.
    expect(await readKeyFile(dir)).toEqual(keyFile);
    await fs.writeFile(path.join(dir, KEY_FILE), '{}');
    await fs.writeFile(path.join(dir, 'backups', 'protection-key-copy.json'), 'nonsense');
    await expect(readKeyFile(dir)).rejects.toBeInstanceOf(KeyFileDamagedError);
    await writeKeyFile(dir, keyFile);
    await removeKeyFile(dir);
    expect(await readKeyFile(dir)).toBeNull();
    expect(await fs.readdir(path.join(dir, 'backups'))).toEqual([]);
  });
});
