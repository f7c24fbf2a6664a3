import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import type { TrainingInput } from '../../../shared/domain/training';
import { ApiError } from '../../../shared/errors';
import type { AppContext } from '../core/context';
import { missingForActivation } from '../volunteers/activation';
import { exportComplianceCsv, printClaimForm, printCompliance, printHoursLetter } from './compliance-outputs';
import { deleteRecord, saveRecord } from './compliance-store';
import { complianceOverview, volunteerCompliance } from './compliance-views';
import { settingsOf } from '../core/lookups';
import { findVolunteer } from '../volunteers/volunteer-records';

type ComplianceHandlers = HandlerMap<AppContext>['compliance'];

/** A training record names a course in the catalogue, and cannot have more modules done than it has. */
function checkTraining(ctx: AppContext, input: TrainingInput): TrainingInput {
  const course = settingsOf(ctx).trainingCourses.find((c) => c.id === input.courseId);
  if (!course) throw new ApiError('VALIDATION', 'Check the highlighted field.', { courseId: 'Choose a course from the list' });
  const modulesDone = input.status === 'completed' ? course.modules.length : Math.min(input.modulesDone, course.modules.length);
  return { ...input, modulesDone, shadowing: input.shadowing.map((s) => ({ ...s, id: s.id ?? randomUUID() })) };
}

export const complianceHandlers: ComplianceHandlers = {
  async overview(filter, ctx) {
    return Promise.resolve(complianceOverview(ctx, filter));
  },
  async volunteer({ volunteerId }, ctx) {
    return Promise.resolve(volunteerCompliance(ctx, volunteerId));
  },
  async activationCheck({ volunteerId }, ctx) {
    return Promise.resolve({ missing: missingForActivation(ctx, findVolunteer(ctx, volunteerId)) });
  },
  async saveDbsCheck({ volunteerId, recordId, record }, ctx) {
    await saveRecord(ctx, 'dbsChecks', volunteerId, recordId, record);
    return volunteerCompliance(ctx, volunteerId);
  },
  async deleteDbsCheck({ volunteerId, recordId }, ctx) {
    await deleteRecord(ctx, 'dbsChecks', volunteerId, recordId);
    return volunteerCompliance(ctx, volunteerId);
  },
  async saveTraining({ volunteerId, recordId, record }, ctx) {
    const checked = checkTraining(ctx, record);
    await saveRecord(ctx, 'training', volunteerId, recordId, { ...checked, shadowing: checked.shadowing.map((s) => ({ ...s, id: s.id ?? randomUUID() })) });
    return volunteerCompliance(ctx, volunteerId);
  },
  async deleteTraining({ volunteerId, recordId }, ctx) {
    await deleteRecord(ctx, 'training', volunteerId, recordId);
    return volunteerCompliance(ctx, volunteerId);
  },
  async saveSupervision({ volunteerId, recordId, record }, ctx) {
    await saveRecord(ctx, 'supervision', volunteerId, recordId, record);
    return volunteerCompliance(ctx, volunteerId);
  },
  async deleteSupervision({ volunteerId, recordId }, ctx) {
    await deleteRecord(ctx, 'supervision', volunteerId, recordId);
    return volunteerCompliance(ctx, volunteerId);
  },
  async saveHours({ volunteerId, recordId, record }, ctx) {
    await saveRecord(ctx, 'hours', volunteerId, recordId, record);
    return volunteerCompliance(ctx, volunteerId);
  },
  async deleteHours({ volunteerId, recordId }, ctx) {
    await deleteRecord(ctx, 'hours', volunteerId, recordId);
    return volunteerCompliance(ctx, volunteerId);
  },
  async saveExpense({ volunteerId, recordId, record }, ctx) {
    await saveRecord(ctx, 'expenses', volunteerId, recordId, record);
    return volunteerCompliance(ctx, volunteerId);
  },
  async deleteExpense({ volunteerId, recordId }, ctx) {
    await deleteRecord(ctx, 'expenses', volunteerId, recordId);
    return volunteerCompliance(ctx, volunteerId);
  },
  async printCompliance(filter, ctx) {
    return printCompliance(ctx, filter);
  },
  async exportCsv(filter, ctx) {
    return Promise.resolve(exportComplianceCsv(ctx, filter));
  },
  async printClaimForm({ volunteerId, month }, ctx) {
    return printClaimForm(ctx, volunteerId, month);
  },
  async printHoursLetter({ volunteerId }, ctx) {
    return printHoursLetter(ctx, volunteerId);
  },
};
