import { format } from 'date-fns';
import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AlreadyOpenError } from './errors';

export const LOCK_FILE = 'peerdesk.lock';

const lockSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  appVersion: z.string(),
});
type LockInfo = z.infer<typeof lockSchema>;

export interface FolderLock {
  release(): Promise<void>;
}

/** Lock files held by this process, so a second open in the same process is refused. */
const heldHere = new Set<string>();

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
 * from a process that has died, or from before the computer last started (its pid may
 * since have been reused by an unrelated program). A lock written on another computer
 * (a renamed laptop, a copied folder) is also treated as stale: we cannot check it, and
 * refusing would lock the coordinator out with no way forward inside the app.
 */
function liveHolder(lockPath: string, text: string): LockInfo | null {
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
  return isAlive(info.pid) ? info : null;
}

function alreadyOpen(holder: LockInfo): AlreadyOpenError {
  const since = Number.isFinite(Date.parse(holder.startedAt)) ? `, since ${format(new Date(holder.startedAt), 'dd/MM/yyyy HH:mm')}` : '';
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
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), appVersion };

  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(lockPath, JSON.stringify(info), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
    }
    const text = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (text === null) continue; // its holder just released it
    const holder = liveHolder(lockPath, text);
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
