/**
 * Long work written as steps, so the same code can run straight through (in the renderer, in
 * tests) or a little at a time (in the main process, where a long synchronous stretch would
 * freeze every other call). A `Steps` generator yields between small pieces of work, each
 * well under a few milliseconds; it never waits or touches timers itself, which is left to
 * whoever runs it (electron/csv/cooperative.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Something that is either ready or is worked out in steps. */
export type MaybeSteps<T> = T | Steps<T>;
