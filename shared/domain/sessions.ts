import { z } from 'zod';

/**
 * A session is one meeting of a group on a date. Meetings that follow the schedule are
 * worked out from it as dates come; a session is stored only once something happens to it
 * (a register, a cancellation, marked not recorded) or when it is a one-off. Stored sessions
 * live in one document per calendar year, so saving a register never rewrites the whole
 * history.
 */

export const MARKS = ['present', 'apologies', 'absent'] as const;
export type Mark = (typeof MARKS)[number];
export const MARK_LABELS: Record<Mark, string> = { present: 'Present', apologies: 'Apologies', absent: 'Absent' };

const MARK_SET: ReadonlySet<string> = new Set(MARKS);

function isMarks(value: unknown): value is Record<string, Mark> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const mark of Object.values(value)) if (typeof mark !== 'string' || !MARK_SET.has(mark)) return false;
  return true;
}

export const registerSchema = z.object({
  takenAt: z.string(),
  /**
   * Rostered members: member id → mark. Checked with one plain loop rather than a zod record:
   * a large data folder holds ~400,000 marks and this check is most of the time to open it.
   */
  marks: z.custom<Record<string, Mark>>(isMarks, { message: 'Each mark must be present, apologies or absent' }),
  /** Members who came without being on the roster (and everyone at a drop-in). */
  walkIns: z.array(z.string()),
  /** People who came but are not recorded by name. */
  anonymousCount: z.number().int().min(0),
  facilitatorsPresent: z.array(z.string()),
  notes: z.string().optional(),
});
export type Register = z.infer<typeof registerSchema>;

export const sessionRecordSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  /** Added by hand rather than generated from the schedule. */
  oneOff: z.boolean(),
  cancelled: z.object({ reason: z.string(), at: z.string() }).optional(),
  /**
   * Marked "not recorded": it met (or may have) but no register was kept on Peer Desk, so it
   * is neither asked for nor counted, and reports name it apart from cancellations. Added
   * after the others: stored sessions validate without it.
   */
  notRecorded: z.object({ at: z.string(), reason: z.string().optional() }).optional(),
  register: registerSchema.optional(),
  updatedAt: z.string(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** Scheduled meetings have a predictable id, so a register can be found before it exists. */
export function scheduledSessionId(groupId: string, date: string): string {
  return `${groupId}--${date}`;
}

// Lives beside the schemas' file so code that only counts need not load zod.
export { attendanceCount } from './attendance';

/** Session length in minutes from "HH:MM" times. */
export function sessionMinutes(s: { startTime: string; endTime: string }): number {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.max(0, toMin(s.endTime) - toMin(s.startTime));
}
