/**
 * Grants v1 → v2: adds `sentLogos`, the logos reports were sent with, each kept once by its
 * content. A report marked as sent names the one it was printed with, so its PDF comes out
 * the same after the logo in Settings is changed or removed.
 *
 * Frozen when written: it imports nothing (a test checks). A later change of shape is a new
 * migration beside this one.
 */
export const grantsV1ToV2 = {
  from: 1,
  description: 'Keep the logos sent reports were printed with',
  apply: (doc: unknown): unknown => ({ sentLogos: [], ...(doc as object), schemaVersion: 2 }),
};
