/**
 * Counting a register, with no schema attached: the renderer's first screen (Home) shows
 * attendance and should not have to load zod for it. `./sessions` re-exports this.
 */

/** Everyone recorded as attending: present marks, named walk-ins and the anonymous count. */
export function attendanceCount(r: { marks: Readonly<Record<string, string>>; walkIns: readonly unknown[]; anonymousCount: number }): number {
  return Object.values(r.marks).filter((m) => m === 'present').length + r.walkIns.length + r.anonymousCount;
}
