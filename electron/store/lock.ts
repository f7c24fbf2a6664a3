import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { formatUkDateTime, isoFromParts, localTimestamp } from '../../shared/dates';
import { AlreadyOpenError } from './errors';

export const LOCK_FILE = 'peerdesk.lock';

const lockSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  appVersion: z.string(),
  /**
   * When the holding process itself started (ISO), and on Linux its start in clock ticks
   * since boot (exact, and unmoved by changes to the clock). Absent in locks written before
   * they were recorded; those are judged as before, by pid, host and boot time only.
   */
  processStartedAt: z.string().optional(),
  processStartTicks: z.number().int().nonnegative().optional(),
});
type LockInfo = z.infer<typeof lockSchema>;

/**
 * How far the recorded and the observed start of the holder may differ and still be the same
 * process: macOS reports start times to the second, and Node starts a moment after its process.
 */
const SAME_PROCESS_TOLERANCE_MS = 3_000;

export interface FolderLock {
  release(): Promise<void>;
}

/** Lock files held by this process, so a second open in the same process is refused. */
const heldHere = new Set<string>();

let clockTicks: Promise<number> | undefined;

/** Clock ticks per second for /proc's start times: nearly always 100, but ask. */
function clockTicksPerSecond(): Promise<number> {
  clockTicks ??= new Promise((resolve) => {
    execFile('getconf', ['CLK_TCK'], { timeout: 2_000 }, (error, stdout) => {
      const ticks = Number(stdout.trim());
      resolve(!error && Number.isInteger(ticks) && ticks > 0 ? ticks : 100);
    });
  });
  return clockTicks;
}

interface ProcessStart {
  /** ms since 1970. */
  at: number;
  /** Linux only: clock ticks since boot. */
  ticks?: number;
}

/** From /proc/<pid>/stat's field 22 (starttime, clock ticks since boot) and /proc/stat's `btime` (boot, in seconds). */
export function linuxProcessStart(statText: string, procStatText: string, ticksPerSecond: number): ProcessStart | undefined {
  // Field 2, the command name, is in parentheses and may itself hold spaces and ')'.
  const afterName = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(afterName[22 - 3]);
  const bootSeconds = Number(/^btime (\d+)$/m.exec(procStatText)?.[1]);
  if (!Number.isInteger(ticks) || ticks < 0 || !Number.isFinite(bootSeconds)) return undefined;
  return { at: bootSeconds * 1000 + (ticks * 1000) / ticksPerSecond, ticks };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `ps -o lstart=` in the C locale, e.g. "Mon Jan  5 09:03:07 2026", local time. */
export function parsePsStartTime(text: string): number | undefined {
  const m = /^\s*\w{3}\s+(\w{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1] ?? '');
  if (month < 0) return undefined;
  const at = localTimestamp(isoFromParts(Number(m[6]), month + 1, Number(m[2])), Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isFinite(at) ? at : undefined;
}

/**
 * When process `pid` started; null when there is no such process; undefined when this
 * system cannot say (Windows, or /proc hidden), and the lock is then judged as before.
 */
async function processStart(pid: number | 'self'): Promise<ProcessStart | null | undefined> {
  if (process.platform === 'linux') {
    let stat: string;
    try {
      stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
    }
    const procStat = await fs.readFile('/proc/stat', 'utf8').catch(() => '');
    return linuxProcessStart(stat, procStat, await clockTicksPerSecond());
  }
  if (process.platform === 'darwin') {
    const target = pid === 'self' ? process.pid : pid;
    return new Promise((resolve) => {
      execFile('ps', ['-o', 'lstart=', '-p', String(target)], { timeout: 2_000, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout) => {
        // ps exits 1, printing nothing, when there is no such process.
        if (error) resolve(stdout.trim() === '' && typeof error.code === 'number' ? null : undefined);
        else {
          const at = parsePsStartTime(stdout);
          resolve(at === undefined ? undefined : { at });
        }
      });
    });
  }
  return undefined;
}

/**
 * This process's start, measured as a later check will measure it where that is possible
 * (Node's uptime starts a moment after the process does), or from Node's uptime where not.
 */
let ownStartOnce: Promise<ProcessStart> | undefined;
function ownStart(): Promise<ProcessStart> {
  ownStartOnce ??= processStart('self').then((measured) => measured ?? { at: Date.now() - process.uptime() * 1000 });
  return ownStartOnce;
}

/** Whether the process now using the holder's pid is the holder, judged by when each started. */
function sameProcess(info: LockInfo, actual: ProcessStart): boolean {
  // Ticks since boot are exact and a clock set right while Peer Desk runs does not move them.
  if (info.processStartTicks !== undefined && actual.ticks !== undefined) return info.processStartTicks === actual.ticks;
  const recorded = Date.parse(info.processStartedAt ?? '');
  return !Number.isFinite(recorded) || Math.abs(actual.at - recorded) <= SAME_PROCESS_TOLERANCE_MS;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Who holds the lock, or null when the lock is stale: unreadable (cut short by a crash),
 * from a process that has died, from before the computer last started, or naming a process
 * that started at another time than the holder did (its pid has since been reused by an
 * unrelated program, as after a reboot or a container restart). A lock written on another
 * computer (a renamed laptop, a copied folder) is also treated as stale: we cannot check it,
 * and refusing would lock the coordinator out with no way forward inside the app.
 */
async function liveHolder(lockPath: string, text: string): Promise<LockInfo | null> {
  let info: LockInfo;
  try {
    info = lockSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
  if (info.hostname !== os.hostname()) return null;
  // Our own pid is alive by definition; the lock is live only if this process really holds it
  // (a restarted container often gets the same pid as the one that crashed).
  if (info.pid === process.pid) return heldHere.has(lockPath) ? info : null;
  const started = Date.parse(info.startedAt);
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (Number.isFinite(started) && started < bootedAt - 60_000) return null;
  if (!isAlive(info.pid)) return null;
  if (info.processStartedAt === undefined && info.processStartTicks === undefined) return info; // an older lock: the pid is all we have
  const actual = await processStart(info.pid);
  if (actual === null) return null; // it exited since isAlive
  if (actual === undefined) return info; // cannot tell here (Windows): as before
  return sameProcess(info, actual) ? info : null;
}

function alreadyOpen(holder: LockInfo): AlreadyOpenError {
  const since = Number.isFinite(Date.parse(holder.startedAt)) ? `, since ${formatUkDateTime(holder.startedAt)}` : '';
  return new AlreadyOpenError(
    `Peer Desk is already open with this data folder (another window or program, process ${holder.pid}${since}). Close it first, then try again.`,
  );
}

/**
 * Stops two processes writing the same folder. The lock file is created exclusively ('wx'),
 * so of two processes starting together exactly one wins.
 */
export async function acquireLock(dataDir: string, appVersion: string): Promise<FolderLock> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  // The real clock, not the store's injected one: staleness is judged against the computer's boot time.
  const own = await ownStart();
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    appVersion,
    processStartedAt: new Date(own.at).toISOString(),
    ...(own.ticks === undefined ? {} : { processStartTicks: own.ticks }),
  };

  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(lockPath, JSON.stringify(info), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
    }
    const text = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (text === null) continue; // its holder just released it
    const holder = await liveHolder(lockPath, text);
    if (holder) throw alreadyOpen(holder);
    // Take over a stale lock. Re-read first so we do not delete one another process has
    // just taken over; if both get here, 'wx' on the next pass still lets only one win.
    const again = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (again === text) await fs.rm(lockPath, { force: true });
  }

  let held = true;
  heldHere.add(lockPath);
  // A normal exit without close() (e.g. app.quit during a write) must not leave the folder locked.
  const releaseOnExit = (): void => {
    if (held) rmSync(lockPath, { force: true });
  };
  process.on('exit', releaseOnExit);

  return {
    async release() {
      if (!held) return;
      held = false;
      heldHere.delete(lockPath);
      process.off('exit', releaseOnExit);
      // Only remove our own lock: if it was taken over as stale meanwhile, it is not ours.
      const current = await fs.readFile(lockPath, 'utf8').catch(() => null);
      if (current === JSON.stringify(info)) await fs.rm(lockPath, { force: true });
    },
  };
}
