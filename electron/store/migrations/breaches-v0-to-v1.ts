/**
 * Breaches v0 → v1. The breach log (breaches.json) was added at version 1, so no file was ever
 * written at version 0; this step exists because every kind starts from 0. It adds
 * `schemaVersion: 1` and an empty `breaches` list to anything without them.
 *
 * Frozen when written: it imports nothing (a test checks), so a later change to the live
 * schemas or defaults can never change what it does to an old file. A later change of shape
 * is a new migration beside this one.
 */
export const breachesV0ToV1 = {
  from: 0,
  description: 'Add schemaVersion',
  apply: (doc: unknown): unknown => ({ breaches: [], ...(doc ?? {}), schemaVersion: 1 }),
};
