import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlreadyOpenError } from '../../../electron/store/index';
import { linuxProcessStart, parsePsStartTime } from '../../../electron/store/lock';
import { makeNote, notes } from '../../fixtures/store/kinds';
import { bundleChildScripts, listDir, readJson, startChild, useSandbox, type Child } from './helpers';

const sandbox = useSandbox();
let scripts: { holdOpen: string };
let bundleDir: string;
const children: Child[] = [];
const others: ChildProcess[] = [];

beforeAll(async () => {
  bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-bundle-'));
  scripts = await bundleChildScripts(bundleDir);
});
afterAll(async () => {
  for (const other of others) other.kill('SIGKILL');
  for (const child of children) child.process.kill('SIGKILL');
  await Promise.all(children.map((c) => c.exited));
  await fs.rm(bundleDir, { recursive: true, force: true });
});

function holdOpen(dataDir: string): Child {
  const child = startChild(scripts.holdOpen, [dataDir]);
  children.push(child);
  return child;
}

/** A live process that is not Peer Desk, as when a lock's pid is reused after a reboot. */
async function unrelatedProcess(): Promise<number> {
  const other = spawn('sleep', ['30'], { stdio: 'ignore' });
  others.push(other);
  await new Promise((resolve, reject) => other.once('spawn', resolve).once('error', reject));
  if (other.pid === undefined) throw new Error('could not start sleep');
  return other.pid;
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
    expect(await listDir(dataDir)).not.toContain('peerdesk.lock');
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
    await store.transaction((tx) => tx.put(notes, makeNote()));
  });

  it('releases the lock when the process exits without closing', async () => {
    const dataDir = await sandbox.tempDir();
    const child = holdOpen(dataDir);
    await child.waitFor(/^ready/);
    child.process.stdin.write('exit\n');
    expect(await child.exited).toBe(0);
    expect(await listDir(dataDir)).not.toContain('peerdesk.lock');
  });

  it('takes over the lock of a process that was killed', async () => {
    const dataDir = await sandbox.tempDir();
    const child = holdOpen(dataDir);
    await child.waitFor(/^ready/);
    child.process.kill('SIGKILL');
    await child.exited;
    expect(await listDir(dataDir)).toContain('peerdesk.lock');
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

  it('records when the holding process started', async () => {
    const dataDir = await sandbox.tempDir();
    const before = Date.now();
    await sandbox.open(dataDir);
    const lock = (await readJson(path.join(dataDir, 'peerdesk.lock'))) as { processStartedAt: string; processStartTicks?: number };
    const startedAt = Date.parse(lock.processStartedAt);
    expect(startedAt).toBeLessThanOrEqual(before);
    expect(Math.abs(startedAt - (Date.now() - process.uptime() * 1000))).toBeLessThan(5_000);
    if (process.platform === 'linux') expect(lock.processStartTicks).toEqual(expect.any(Number));
  });

  it('takes over a lock whose pid now belongs to an unrelated live process (reused after a reboot)', async () => {
    const dataDir = await sandbox.tempDir();
    const pid = await unrelatedProcess();
    // Written by a Peer Desk that started a minute ago, since this computer started.
    const earlier = new Date(Date.now() - 60_000).toISOString();
    const reused = { pid, hostname: os.hostname(), startedAt: earlier, appVersion: 'before the reboot', processStartedAt: earlier };
    await fs.writeFile(path.join(dataDir, 'peerdesk.lock'), JSON.stringify(reused));
    await sandbox.open(dataDir);
    expect(await readJson(path.join(dataDir, 'peerdesk.lock'))).toMatchObject({ pid: process.pid, appVersion: '0.0.0-test' });
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose recorded start in clock ticks is not that of the live process', async () => {
    const dataDir = await sandbox.tempDir();
    const pid = await unrelatedProcess();
    const actual = linuxProcessStart(await fs.readFile(`/proc/${pid}/stat`, 'utf8'), await fs.readFile('/proc/stat', 'utf8'), 100);
    if (!actual?.ticks) throw new Error('no start time for sleep');
    const now = new Date().toISOString();
    // The start time in ms agrees (to the tolerance), but the exact ticks do not: ticks win.
    const lock = { pid, hostname: os.hostname(), startedAt: now, appVersion: 'x', processStartedAt: new Date(actual.at).toISOString(), processStartTicks: actual.ticks - 1 };
    await fs.writeFile(path.join(dataDir, 'peerdesk.lock'), JSON.stringify(lock));
    await sandbox.open(dataDir);
    expect(await readJson(path.join(dataDir, 'peerdesk.lock'))).toMatchObject({ pid: process.pid });
  });

  it.runIf(process.platform === 'linux' || process.platform === 'darwin')(
    'refuses a lock whose recorded start matches the live process it names',
    async () => {
      const dataDir = await sandbox.tempDir();
      const pid = await unrelatedProcess();
      const startedAt = process.platform === 'linux'
        ? linuxProcessStart(await fs.readFile(`/proc/${pid}/stat`, 'utf8'), await fs.readFile('/proc/stat', 'utf8'), 100)?.at
        : Date.now();
      if (startedAt === undefined) throw new Error('no start time for sleep');
      const lock = { pid, hostname: os.hostname(), startedAt: new Date().toISOString(), appVersion: 'x', processStartedAt: new Date(startedAt).toISOString() };
      await fs.writeFile(path.join(dataDir, 'peerdesk.lock'), JSON.stringify(lock));
      await expect(sandbox.open(dataDir)).rejects.toThrow(new RegExp(`process ${pid}`));
    },
  );

  it('judges an older lock, without the start of its process, by its pid as before', async () => {
    const dataDir = await sandbox.tempDir();
    const pid = await unrelatedProcess();
    const old = { pid, hostname: os.hostname(), startedAt: new Date().toISOString(), appVersion: 'older Peer Desk' };
    await fs.writeFile(path.join(dataDir, 'peerdesk.lock'), JSON.stringify(old));
    await expect(sandbox.open(dataDir)).rejects.toBeInstanceOf(AlreadyOpenError);
    expect(await readJson(path.join(dataDir, 'peerdesk.lock'))).toEqual(old);
  });

  it('still refuses while a live Peer Desk in another process holds the folder', async () => {
    const dataDir = await sandbox.tempDir();
    const child = holdOpen(dataDir);
    const pid = Number((await child.waitFor(/^ready/)).split(' ')[1]);
    const lock = (await readJson(path.join(dataDir, 'peerdesk.lock'))) as { pid: number; processStartedAt?: string };
    expect(lock.pid).toBe(pid);
    expect(Date.parse(lock.processStartedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    await expect(sandbox.open(dataDir)).rejects.toThrow(new RegExp(`process ${pid}`));
    child.process.stdin.write('close\n');
    expect(await child.exited).toBe(0);
  });
});

describe('reading when a process started', () => {
  it('reads /proc/<pid>/stat field 22, even when the command name holds spaces and brackets', () => {
    const stat = '4242 (a) b (c)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 123456 1000 200 18446744073709551615';
    expect(linuxProcessStart(stat, 'cpu  1 2 3\nbtime 1700000000\nprocesses 9\n', 100)).toEqual({ at: 1_700_000_000_000 + 1_234_560, ticks: 123456 });
    expect(linuxProcessStart(stat, 'no boot time here', 100)).toBeUndefined();
  });

  it('reads the start time macOS ps prints (local time, to the second)', () => {
    expect(parsePsStartTime('Mon Jan  5 09:03:07 2026\n')).toBe(new Date(2026, 0, 5, 9, 3, 7).getTime());
    expect(parsePsStartTime('Sat Nov 28 23:59:01 2026')).toBe(new Date(2026, 10, 28, 23, 59, 1).getTime());
    expect(parsePsStartTime('')).toBeUndefined();
  });
});
