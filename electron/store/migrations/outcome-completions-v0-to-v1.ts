/**
 * Outcome completions v0 → v1. A year's filled-in questionnaires
 * (outcome-completions-<year>.json) were added at version 1, so no file was ever written at
 * version 0; this step exists because every kind starts from 0. It adds `schemaVersion: 1`
 * and an empty `completions` list to anything without them.
 *
 * Frozen when written: it imports nothing (a test checks), so a later change to the live
 * schemas or defaults can never change what it does to an old file. A later change of shape
 * is a new migration beside this one.
 */
export const outcomeCompletionsV0ToV1 = {
  from: 0,
  description: 'Add schemaVersion',
  apply: (doc: unknown): unknown => ({ completions: [], ...(doc ?? {}), schemaVersion: 1 }),
};
