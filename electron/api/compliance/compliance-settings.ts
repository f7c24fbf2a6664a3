import { slugify } from '../../../shared/text';
import { randomUUID } from 'node:crypto';
import type { Settings, SettingsInput } from '../../../shared/domain/settings';
import type { Course } from '../../../shared/domain/training';
import { ApiError } from '../../../shared/errors';
import { complianceKind } from '../../documents';
import type { AppContext } from '../core/context';

/**
 * The compliance part of settings.update: role requirements, the course catalogue, DBS
 * renewal periods and whether training counts as volunteer hours. Applies what the input
 * holds to `next` and returns the names of what changed, for the audit log.
 */

type ComplianceInput = Pick<SettingsInput, 'roleRequirements' | 'trainingCourses' | 'dbsRenewalMonths' | 'dbsStatusCheckMonths' | 'trainingHoursCount'>;

function courseId(name: string, taken: Set<string>): string {
  const base = slugify(name, '');
  const id = base && !taken.has(base) ? base : `${base || 'course'}-${randomUUID().slice(0, 8)}`;
  taken.add(id);
  return id;
}

export function applyComplianceSettings(ctx: AppContext, input: ComplianceInput, before: Settings, next: Settings): string[] {
  const changed: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  if (input.trainingCourses !== undefined) {
    const taken = new Set(input.trainingCourses.flatMap((c) => (c.id ? [c.id] : [])));
    const courses: Course[] = input.trainingCourses.map((c) => {
      const course: Course = { id: c.id ?? courseId(c.name, taken), name: c.name, hours: c.hours, accredited: c.accredited ?? false, modules: c.modules ?? [], shadowing: c.shadowing ?? false };
      if (c.provider) course.provider = c.provider;
      if (c.renewAfterMonths) course.renewAfterMonths = c.renewAfterMonths;
      if (c.format) course.format = c.format;
      return course;
    });
    // A course with training records behind it stays: removing it would leave them nameless.
    const kept = new Set(courses.map((c) => c.id));
    const inUse = new Set(ctx.store.get(complianceKind).training.map((t) => t.courseId));
    const lost = before.trainingCourses.find((c) => !kept.has(c.id) && inUse.has(c.id));
    if (lost) throw new ApiError('CONFLICT', `${lost.name} cannot be removed: volunteers have training records for it. Rename it instead if it has changed.`);
    if (!same(courses, before.trainingCourses)) {
      next.trainingCourses = courses;
      changed.push('Training courses');
      // Roles stop asking for a course that is no longer offered.
      next.roleRequirements = next.roleRequirements.map((r) => ({ ...r, courseIds: r.courseIds.filter((id) => kept.has(id)) }));
    }
  }

  if (input.roleRequirements !== undefined) {
    const known = new Set(next.trainingCourses.map((c) => c.id));
    const unknown = input.roleRequirements.flatMap((r) => r.courseIds ?? []).find((id) => !known.has(id));
    if (unknown) throw new ApiError('VALIDATION', 'Choose courses from the training catalogue.', { roleRequirements: 'A role asks for a course that is not in the catalogue' });
    const roles = input.roleRequirements.map((r) => ({
      roleId: r.roleId,
      dbsLevel: r.dbsLevel,
      courseIds: [...new Set(r.courseIds ?? [])],
      ...(r.supervisionEveryWeeks ? { supervisionEveryWeeks: r.supervisionEveryWeeks } : {}),
    }));
    // Roles not sent keep what they had.
    const merged = [...next.roleRequirements.map((r) => roles.find((x) => x.roleId === r.roleId) ?? r), ...roles.filter((x) => !next.roleRequirements.some((r) => r.roleId === x.roleId))];
    if (!same(merged, before.roleRequirements)) {
      next.roleRequirements = merged;
      changed.push('Role requirements');
    }
  }

  if (input.dbsRenewalMonths !== undefined && input.dbsRenewalMonths !== before.dbsRenewalMonths) {
    next.dbsRenewalMonths = input.dbsRenewalMonths;
    changed.push('DBS renewal period');
  }
  if (input.dbsStatusCheckMonths !== undefined && input.dbsStatusCheckMonths !== before.dbsStatusCheckMonths) {
    next.dbsStatusCheckMonths = input.dbsStatusCheckMonths;
    changed.push('DBS status check period');
  }
  if (input.trainingHoursCount !== undefined && input.trainingHoursCount !== before.trainingHoursCount) {
    next.trainingHoursCount = input.trainingHoursCount;
    changed.push('Training counts as volunteer hours');
  }
  if (!changed.includes('Role requirements') && !same(next.roleRequirements, before.roleRequirements)) changed.push('Role requirements');
  return changed;
}
