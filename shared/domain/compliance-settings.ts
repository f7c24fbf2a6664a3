import { z } from 'zod';
import { DBS_RENEWAL_DEFAULTS } from './dbs';
import { DEFAULT_ROLE_REQUIREMENTS, roleRequirementInputSchema, roleRequirementSchema, type RoleRequirement } from './role-requirements';
import { courseInputSchema, courseSchema, DEFAULT_COURSES, type Course } from './training';

/**
 * Settings for volunteer compliance, joined into the settings document. Each has a default,
 * so a data folder saved before compliance existed opens with the defaults filled in.
 */

const copyRoles = () => DEFAULT_ROLE_REQUIREMENTS.map((r) => ({ ...r, courseIds: [...r.courseIds] }));
const copyCourses = () => DEFAULT_COURSES.map((c) => ({ ...c, modules: [...c.modules] }));

export const complianceSettingsShape = {
  /** What each role needs: DBS level, courses, supervision interval. */
  roleRequirements: z.array(roleRequirementSchema).default(copyRoles),
  /** The training course catalogue. */
  trainingCourses: z.array(courseSchema).default(copyCourses),
  /** Months from a DBS certificate's issue date to a new check. */
  dbsRenewalMonths: z.number().int().default(DBS_RENEWAL_DEFAULTS.dbsRenewalMonths),
  /** Months between Update Service status checks. */
  dbsStatusCheckMonths: z.number().int().default(DBS_RENEWAL_DEFAULTS.dbsStatusCheckMonths),
  /** Count training and shadowing as volunteer hours. */
  trainingHoursCount: z.boolean().default(false),
};

export interface ComplianceSettings {
  roleRequirements: RoleRequirement[];
  trainingCourses: Course[];
  dbsRenewalMonths: number;
  dbsStatusCheckMonths: number;
  trainingHoursCount: boolean;
}

export const COMPLIANCE_SETTINGS_DEFAULTS: ComplianceSettings = {
  roleRequirements: copyRoles(),
  trainingCourses: copyCourses(),
  ...DBS_RENEWAL_DEFAULTS,
  trainingHoursCount: false,
};

export const complianceSettingsInputShape = {
  roleRequirements: z.array(roleRequirementInputSchema).max(100).optional(),
  trainingCourses: z.array(courseInputSchema).max(200, 'Keep 200 courses or fewer').optional(),
  dbsRenewalMonths: z.number().int().min(1, 'Enter 1 month or more').max(120, 'Enter 120 months (10 years) or fewer').optional(),
  dbsStatusCheckMonths: z.number().int().min(1, 'Enter 1 month or more').max(36, 'Enter 36 months or fewer').optional(),
  trainingHoursCount: z.boolean().optional(),
};
