import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/app-version';
import { openProtectedServices, type ProtectedServices } from '../../../electron/protection/host';
import { readKeyFile, unlockWithPassphrase } from '../../../electron/protection/key-file';
import { protectedCodec, type ProtectedCodec } from '../../../electron/protection/protected-codec';
import type { MemberList, TurnedOn } from '../../../shared/api';
import type { Member } from '../../../shared/domain/members';
import { displayName } from '../../../shared/domain/person';
import type { ApiResult } from '../../../shared/errors';

/**
 * "Erase this person" in a folder protected with a passphrase: every file, opened with the
 * folder's own key (documents, each journal line, backups), holds none of the person's details
 * once they are erased and the backups cleaned. Grepping the sealed bytes would prove nothing:
 * they are unreadable whether or not the details are still inside.
 */

const PASSPHRASE = 'kettle orange bicycle meadow';
const dirs: string[] = [];
const hosts: ProtectedServices[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

/** A file's text as the store reads it: a sealed document or backup opened, a journal opened line by line, a backup gunzipped. */
function opened(codec: ProtectedCodec, bytes: Buffer): string {
  if (codec.isEncoded(bytes)) {
    const plain = codec.decodeBytes(bytes);
    try {
      return gunzipSync(plain).toString('utf8');
    } catch {
      return plain.toString('utf8');
    }
  }
  // A journal segment: "<crc> <payload>" lines, the payload base64 of sealed bytes.
  return bytes
    .toString('utf8')
    .split('\n')
    .map((line) => {
      const payload = Buffer.from(line.slice(line.indexOf(' ') + 1), 'base64');
      return codec.isEncoded(payload) ? codec.decode(payload) : line;
    })
    .join('\n');
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('erasing a person in a protected folder', () => {
  it('leaves none of their details in any file opened with the key, backups included once cleaned', { timeout: 60_000 }, async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-erase-protected-'));
    dirs.push(dataDir);
    const host = await openProtectedServices({
      dataDir,
      appVersion: APP_VERSION,
      fallbackActor: 'Test Coordinator',
      storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 },
      scryptParams: { N: 2 ** 14, r: 8, p: 1 },
      idleCheckEveryMs: 0,
    });
    hosts.push(host);
    await ok(host.call('system.loadSampleData', {}));
    await ok<TurnedOn>(host.call('protection.turnOn', { passphrase: PASSPHRASE, understood: true }));

    const rows = (await ok<MemberList>(host.call('members.list', { status: 'all', limit: 500 }))).rows;
    const members = await Promise.all(rows.slice(0, 60).map((r) => ok<Member>(host.call('members.get', { id: r.id }))));
    const member = members.find((m) => m.email && m.phone)!;
    const secrets = [displayName(member), `${member.firstName} ${member.lastName}`, member.email!, member.phone!];
    // A backup made while protected holds them, sealed, before the erasure.
    await ok(host.call('backups.create', {}));

    const codec = protectedCodec(await unlockWithPassphrase((await readKeyFile(dataDir))!, PASSPHRASE));
    const texts = async () => Promise.all((await filesUnder(dataDir)).map(async (f) => ({ file: path.relative(dataDir, f), text: opened(codec, await fs.readFile(f)) })));
    // The check can see inside the sealed files: before the erasure, a backup holds the name.
    expect((await texts()).some((f) => f.file.startsWith('backups') && f.text.includes(member.email!))).toBe(true);

    await ok(host.call('erasures.erase', { kind: 'member', id: member.id, reason: 'They asked by email' }));
    for (const f of (await texts()).filter((x) => !x.file.startsWith('backups'))) for (const s of secrets) expect(f.text.includes(s), `${f.file} still holds "${s}"`).toBe(false);

    await ok(host.call('erasures.removeFromBackups', {}));
    for (const f of await texts()) for (const s of secrets) expect(f.text.includes(s), `${f.file} still holds "${s}"`).toBe(false);
  });
});
