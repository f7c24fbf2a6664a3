import { formatUkDate, todayIso } from '../../../shared/dates';
import type { CompletionInput } from '../../../shared/domain/outcome-completions';
import { answerRange, itemAnswers, type Answers, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import type { MeasurePlan } from '../../../shared/domain/outcome-plans';
import { ApiError } from '../../../shared/errors';
import { groupRecords, programmeRecords } from '../../documents';
import type { AppContext } from '../core/context';
import { isArchivedMeasure, measureOf } from './completion-records';

/**
 * What the zod schema cannot check on its own: the answers against the measure's questions
 * and answer values, the date against today, and the programme or group against the member.
 * Messages name the field to correct, as the "Enter answers" grid lays them out.
 */

const invalid = (fields: Record<string, string>) => new ApiError('VALIDATION', 'Check the highlighted answers.', fields);

/** The measure to record against; an archived custom scale takes no new answers, but its old ones may be corrected. */
export function measureToRecord(ctx: AppContext, measureId: string, options: { allowArchived: boolean }): MeasureDefinition {
  const measure = measureOf(ctx, measureId);
  if (!measure) throw invalid({ 'completion.measureId': 'That questionnaire is no longer in Settings → Outcome measures' });
  if (!options.allowArchived && isArchivedMeasure(ctx, measureId)) {
    throw invalid({ 'completion.measureId': `${measure.name} is archived. Bring it back in Settings → Outcome measures to record new answers.` });
  }
  return measure;
}

/**
 * The answers as stored: every question of the measure, null where not answered. Refuses a
 * question the measure does not have, an answer it does not offer, and a form with no answers.
 */
export function checkedAnswers(measure: MeasureDefinition, answers: Answers): Answers {
  const fields: Record<string, string> = {};
  const known = new Set(measure.items.map((i) => i.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) fields[`completion.answers.${id}`] = `${measure.shortName} has no question "${id}"`;
  const out: Answers = {};
  for (const item of measure.items) {
    const value = answers[item.id] ?? null;
    if (value !== null && !itemAnswers(measure, item).some((a) => a.value === value)) {
      const { min, max } = answerRange(measure, item);
      fields[`completion.answers.${item.id}`] = `Choose an answer from ${min} to ${max}`;
    }
    out[item.id] = value;
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  if (measure.items.every((i) => out[i.id] === null)) throw invalid({ 'completion.answers': 'Enter at least one answer' });
  return out;
}

/** Answers are recorded on the day or later, never ahead. */
export function checkDate(ctx: AppContext, date: string): void {
  if (date > todayIso(ctx.now())) throw invalid({ 'completion.date': `Enter today's date or an earlier one: it is ${formatUkDate(todayIso(ctx.now()))} today` });
}

/** The programme must be the member's own; the group one they have been on the roster of. */
export function checkContext(ctx: AppContext, memberId: string, input: Pick<CompletionInput, 'programmeId' | 'groupId'>): void {
  if (input.programmeId) {
    const p = ctx.store.record(programmeRecords, input.programmeId);
    if (!p) throw invalid({ 'completion.programmeId': 'That programme is no longer on record' });
    if (p.memberId !== memberId) throw invalid({ 'completion.programmeId': "That programme is someone else's. Choose one of this member's programmes." });
  }
  if (input.groupId) {
    const g = ctx.store.record(groupRecords, input.groupId);
    if (!g) throw invalid({ 'completion.groupId': 'That group is no longer on record' });
    if (!g.roster.some((s) => s.memberId === memberId)) throw invalid({ 'completion.groupId': 'This member has never been on that group’s roster' });
  }
}

/**
 * The questionnaires a programme kind or group is set to ask must be ones Settings knows;
 * `field` is where the form shows the list ("kind.measures").
 */
export function checkPlans(ctx: AppContext, plans: readonly MeasurePlan[] | undefined, field: string): void {
  if (!plans) return;
  const fields: Record<string, string> = {};
  plans.forEach((p, i) => {
    if (!measureOf(ctx, p.measureId)) fields[`${field}.${i}.measureId`] = 'That questionnaire is no longer in Settings → Outcome measures';
  });
  if (Object.keys(fields).length > 0) throw new ApiError('VALIDATION', 'Check the highlighted field.', fields);
}
