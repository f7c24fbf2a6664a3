import { formatUkDate, type IsoDate } from '../dates';
import type { ComplianceRuleSettings } from './compliance';
import { courseStatuses } from './compliance';
import type { VolunteerRecords } from './compliance-records';
import { currentDbsCheck, DBS_LEVEL_LABELS, dbsRenewalDue, levelCovers } from './dbs';
import { combinedRequirements } from './role-requirements';

/**
 * What a volunteer's roles need before they start, checked when they are made active: a
 * current DBS check of the right level and every required course done and in date.
 * Supervision starts once they do, so it is not asked for here.
 */

export interface MissingItem {
  area: 'dbs' | 'training';
  /** "Enhanced DBS check: none on record" */
  text: string;
}

export function activationMissing(roles: readonly string[], records: VolunteerRecords, settings: ComplianceRuleSettings, today: IsoDate): MissingItem[] {
  const needs = combinedRequirements(roles, settings.roleRequirements);
  const out: MissingItem[] = [];
  if (needs.dbsLevel !== 'none') {
    const label = `${DBS_LEVEL_LABELS[needs.dbsLevel]} DBS check`;
    const current = currentDbsCheck(records.dbsChecks);
    if (!current) {
      const pending = records.dbsChecks.some((c) => c.decision === 'pending');
      out.push({ area: 'dbs', text: `${label}: ${pending ? 'awaiting a decision' : 'none on record'}` });
    } else if (!levelCovers(current.level, needs.dbsLevel)) {
      out.push({ area: 'dbs', text: `${label}: the check on record is ${DBS_LEVEL_LABELS[current.level].toLowerCase()}` });
    } else {
      const due = dbsRenewalDue(current, settings);
      if (due < today) out.push({ area: 'dbs', text: `${label}: renewal was due ${formatUkDate(due)}` });
    }
  }
  const courses = new Map(settings.trainingCourses.map((c) => [c.id, c]));
  for (const c of courseStatuses(needs.courseIds, records.training, courses, today)) {
    if (c.status.state === 'missing') out.push({ area: 'training', text: `Training: ${c.text}` });
    else if (c.status.state === 'overdue') out.push({ area: 'training', text: `Training: ${c.text}` });
  }
  return out;
}
