/**
 * Sessions v0 → v1. Version 0 is a year's sessions document (sessions-<year>.json) written
 * before documents carried a schemaVersion; otherwise it already had the v1 shape, so this
 * step adds `schemaVersion: 1` and an empty `sessions` list when it had none.
 *
 * Frozen when written: it imports nothing (a test checks), so a later change to the live
 * schemas or defaults can never change what it does to an old file. A later change of shape
 * is a new migration beside this one.
 */
export const sessionsV0ToV1 = {
  from: 0,
  description: 'Add schemaVersion',
  apply: (doc: unknown): unknown => ({ sessions: [], ...(doc ?? {}), schemaVersion: 1 }),
};
