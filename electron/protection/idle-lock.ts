/**
 * Locks Peer Desk after a spell without use. The renderer reports key presses and mouse
 * movement in the window (`protection.stillHere`, at most every few seconds); the clock runs
 * here, in the main process, so a hung or closed window cannot keep the key in memory. API
 * calls do not count as use: a page that refreshes itself would otherwise never let it lock.
 */

export interface IdleLockOptions {
  now: () => Date;
  /** Minutes allowed without use, or null when there is nothing to lock (protection off, or locked). */
  minutes: () => number | null;
  lock: () => Promise<void>;
  /** How often to look; tests call check() themselves and pass 0 for no timer. */
  checkEveryMs?: number;
  log?: (message: string, error: unknown) => void;
}

export class IdleLock {
  private lastUse: number;
  private readonly timer: ReturnType<typeof setInterval> | null;
  private locking = false;

  constructor(private readonly options: IdleLockOptions) {
    this.lastUse = options.now().getTime();
    const every = options.checkEveryMs ?? 10_000;
    this.timer = every > 0 ? setInterval(() => void this.check(), every) : null;
    // The app quits normally with this running: it must not hold the process open.
    this.timer?.unref?.();
  }

  /** Key press or mouse in the window, or an unlock: the wait starts again. */
  touch(): void {
    this.lastUse = this.options.now().getTime();
  }

  /** When the lock will come, if nothing happens before (null: it will not). */
  lockAt(): Date | null {
    const minutes = this.options.minutes();
    return minutes === null ? null : new Date(this.lastUse + minutes * 60_000);
  }

  /** Locks if the time is up; true when it locked. */
  async check(): Promise<boolean> {
    const at = this.lockAt();
    if (!at || this.locking || this.options.now().getTime() < at.getTime()) return false;
    this.locking = true;
    try {
      await this.options.lock();
      return true;
    } catch (error) {
      (this.options.log ?? ((m, e) => console.error(`[peer-desk] ${m}`, e)))('locking after idle failed', error);
      return false;
    } finally {
      this.locking = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
