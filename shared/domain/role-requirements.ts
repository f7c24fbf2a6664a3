import { z } from 'zod';
import { DBS_LEVELS, DBS_LEVEL_LABELS, levelCovers, type DbsLevel } from './dbs';
import { DEFAULT_ROLES, roleLabel } from './roles';

/**
 * What each volunteer role needs before and while someone does it: a DBS check of a level,
 * courses, and supervision every so many weeks. Kept in Settings by role id, so the charity
 * can change them without touching volunteer records.
 */

export const roleRequirementSchema = z.object({
  roleId: z.string(),
  dbsLevel: z.enum(DBS_LEVELS),
  courseIds: z.array(z.string()),
  /** Weeks between supervisions; absent = not needed for this role. */
  supervisionEveryWeeks: z.number().int().optional(),
});
export type RoleRequirement = z.infer<typeof roleRequirementSchema>;

/**
 * Defaults: roles working with adults who may be at risk get an enhanced check (without the
 * barred list, which most peer support roles are not eligible for); trustees a basic one.
 * Peer workers have supervision every 4 weeks, occasional helpers every 8 or not at all.
 */
export const DEFAULT_ROLE_REQUIREMENTS: readonly RoleRequirement[] = [
  { roleId: 'group-facilitator', dbsLevel: 'enhanced', courseIds: ['foundation-peer-support', 'safeguarding-adults'], supervisionEveryWeeks: 4 },
  { roleId: 'peer-supporter', dbsLevel: 'enhanced', courseIds: ['foundation-peer-support', 'safeguarding-adults'], supervisionEveryWeeks: 4 },
  { roleId: 'peer-coach', dbsLevel: 'enhanced', courseIds: ['peer-theory-practice', 'safeguarding-adults'], supervisionEveryWeeks: 4 },
  { roleId: 'travel-buddy', dbsLevel: 'enhanced', courseIds: ['intro-peer-support', 'safeguarding-adults'], supervisionEveryWeeks: 8 },
  { roleId: 'newsletter-helper', dbsLevel: 'none', courseIds: [] },
  { roleId: 'admin', dbsLevel: 'none', courseIds: [] },
  { roleId: 'trustee', dbsLevel: 'basic', courseIds: ['safeguarding-adults'] },
];

/** Every default role, with its saved requirements or none. */
export function requirementsFor(roleId: string, table: readonly RoleRequirement[]): RoleRequirement {
  return table.find((r) => r.roleId === roleId) ?? { roleId, dbsLevel: 'none', courseIds: [] };
}

export interface CombinedRequirements {
  dbsLevel: DbsLevel;
  /** Course ids, in the order first met. */
  courseIds: string[];
  /** The most frequent supervision any of the roles asks for. */
  supervisionEveryWeeks?: number;
}

/** What someone with these roles needs: the highest DBS level, every course, the most frequent supervision. */
export function combinedRequirements(roleIds: readonly string[], table: readonly RoleRequirement[]): CombinedRequirements {
  let dbsLevel: DbsLevel = 'none';
  const courses: string[] = [];
  let weeks: number | undefined;
  for (const id of roleIds) {
    const r = requirementsFor(id, table);
    if (!levelCovers(dbsLevel, r.dbsLevel)) dbsLevel = r.dbsLevel;
    for (const c of r.courseIds) if (!courses.includes(c)) courses.push(c);
    if (r.supervisionEveryWeeks && (weeks === undefined || r.supervisionEveryWeeks < weeks)) weeks = r.supervisionEveryWeeks;
  }
  return weeks === undefined ? { dbsLevel, courseIds: courses } : { dbsLevel, courseIds: courses, supervisionEveryWeeks: weeks };
}

/** "Enhanced DBS, 2 courses, supervision every 4 weeks" */
export function requirementSummary(r: RoleRequirement, courseName: (id: string) => string): string {
  const parts = [r.dbsLevel === 'none' ? 'No DBS check' : `${DBS_LEVEL_LABELS[r.dbsLevel]} DBS check`];
  parts.push(r.courseIds.length === 0 ? 'no courses' : r.courseIds.map(courseName).join(', '));
  parts.push(r.supervisionEveryWeeks ? `supervision every ${r.supervisionEveryWeeks} weeks` : 'no set supervision');
  return parts.join('; ');
}

export const ROLE_IDS = DEFAULT_ROLES.map((r) => r.id);
export { roleLabel };

export const roleRequirementInputSchema = z.object({
  roleId: z.string().min(1).max(100),
  dbsLevel: z.enum(DBS_LEVELS, { error: 'Choose the DBS level' }),
  courseIds: z.array(z.string().min(1).max(100)).max(50).default([]),
  supervisionEveryWeeks: z.number().int().min(1, 'Enter 1 week or more').max(52, 'Enter 52 weeks or fewer').optional(),
});
export type RoleRequirementInput = z.input<typeof roleRequirementInputSchema>;
