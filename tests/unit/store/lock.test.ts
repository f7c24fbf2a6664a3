import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlreadyOpenError } from '../../../electron/store/index';
import { notesKind, makeNote } from '../../fixtures/store/kinds';
import { bundleChildScripts, listDir, readJson, startChild, useSandbox, type Child } from './helpers';

const sandbox = useSandbox();
let scripts: { holdOpen: string };
let bundleDir: string;
const children: Child[] = [];

beforeAll(async () => {
  bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-bundle-'));
  scripts = await bundleChildScripts(bundleDir);
});
afterAll(async () => {
  for (const child of children) child.process.kill('SIGKILL');
  await Promise.all(children.map((c) => c.exited));
  await fs.rm(bundleDir, { recursive: true, force: true });
});

function holdOpen(dataDir: string): Child {
  const child = startChild(scripts.holdOpen, [dataDir]);
  children.push(child);
  return child;
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '']);
  if (result.pid === undefined) throw new Error('could not start a process');
  return result.pid;
}

describe('the data-folder lock', () => {
  it('refuses a second open in the same process, and allows it after close', async () => {
    const dataDir = await sandbox.tempDir();
    const first = await sandbox.open(dataDir);
    expect(await readJson(path.join(dataDir, 'peerdesk.lock'))).toMatchObject({ pid: process.pid, hostname: os.hostname(), appVersion: '0.0.0-test' });

    const second = sandbox.open(dataDir);
    await expect(second).rejects.toBeInstanceOf(AlreadyOpenError);
    await expect(second).rejects.toThrow(
      new RegExp(`^Peer Desk is already open with this data folder \\(another window or program, process ${process.pid}, since \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\)\\. Close it first, then try again\\.$`),
    );
    await first.close();
    expect(await listDir(dataDir)).toEqual([]);
    await sandbox.open(dataDir);
  });

  it('refuses while another process holds the folder, and opens once it has closed', async () => {
    const dataDir = await sandbox.tempDir();
    const child = holdOpen(dataDir);
    const pid = (await child.waitFor(/^ready/)).split(' ')[1];

    await expect(sandbox.open(dataDir)).rejects.toThrow(new RegExp(`process ${pid}`));
    await expect(sandbox.open(dataDir)).rejects.toBeInstanceOf(AlreadyOpenError);

    child.process.stdin.write('close\n');
    expect(await child.exited).toBe(0);
    const store = await sandbox.open(dataDir);
    await store.update(notesKind, undefined, (doc) => void doc.notes.push(makeNote()));
  });

  it('releases the lock when the process exits without closing', async () => {
    const dataDir = await sandbox.tempDir();
    const child = holdOpen(dataDir);
    await child.waitFor(/^ready/);
    child.process.stdin.write('exit\n');
    expect(await child.exited).toBe(0);
    expect(await listDir(dataDir)).toEqual([]);
  });

  it('takes over the lock of a process that was killed', async () => {
    const dataDir = await sandbox.tempDir();
    const child = holdOpen(dataDir);
    await child.waitFor(/^ready/);
    child.process.kill('SIGKILL');
    await child.exited;
    expect(await listDir(dataDir)).toEqual(['peerdesk.lock']);
    await sandbox.open(dataDir);
    expect(await readJson(path.join(dataDir, 'peerdesk.lock'))).toMatchObject({ pid: process.pid });
  });

  it('takes over a stale lock naming a dead process, or one that cannot be read', async () => {
    const dataDir = await sandbox.tempDir();
    const lockFile = path.join(dataDir, 'peerdesk.lock');
    const stale = { pid: deadPid(), hostname: os.hostname(), startedAt: new Date().toISOString(), appVersion: 'old' };
    await fs.writeFile(lockFile, JSON.stringify(stale));
    await (await sandbox.open(dataDir)).close();

    await fs.writeFile(lockFile, '{"pid":12'); // cut short by a crash
    await sandbox.open(dataDir);
    expect(await readJson(lockFile)).toMatchObject({ pid: process.pid });
  });

  it('takes over a lock naming this very process when this process does not hold it (pid reused after a crash)', async () => {
    const dataDir = await sandbox.tempDir();
    const crashed = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), appVersion: 'before the crash' };
    await fs.writeFile(path.join(dataDir, 'peerdesk.lock'), JSON.stringify(crashed));
    await sandbox.open(dataDir);
    expect(await readJson(path.join(dataDir, 'peerdesk.lock'))).toMatchObject({ pid: process.pid, appVersion: '0.0.0-test' });
  });

  it('does not let close() remove a lock that is no longer its own', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    const someoneElse = JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), appVersion: 'other' });
    await fs.writeFile(path.join(dataDir, 'peerdesk.lock'), someoneElse);
    await store.close();
    expect(await fs.readFile(path.join(dataDir, 'peerdesk.lock'), 'utf8')).toBe(someoneElse);
  });
});
