import type { Steps } from '../../shared/csv/steps';

/**
 * Every API call is answered by the one JavaScript thread of the main process (or the
 * harness), so a long synchronous stretch there freezes the whole app: no other screen can
 * load, nothing can be saved. Long work (reading a 20 MB CSV file) is written as steps
 * (shared/csv/steps.ts) and run here a slice at a time, letting waiting calls, timers and
 * I/O run between slices.
 */

/** Longest stretch of work before other calls get a turn, in milliseconds. */
export const WORK_SLICE_MS = 40;

/** Lets everything already waiting (I/O, other calls, timers that are due) run first. */
export function letOthersRun(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs `steps` to the end, pausing for other work about every `sliceMs`. */
export async function runCooperatively<T>(steps: Steps<T>, sliceMs = WORK_SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await letOthersRun();
      sliceStart = performance.now();
    }
  }
}
