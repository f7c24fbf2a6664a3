import { z } from 'zod';
import type { MeasureEntry } from '../../../shared/contracts/outcomes';
import { measurePlansInputSchema, PLAN_UNITS, type MeasurePlan } from '../../../shared/domain/outcome-plans';

/**
 * The "Questionnaires" fieldset of the programme kind dialog and the group form, as typed:
 * one row per questionnaire, asked at the start, every so often, at the end, or not at all
 * (nothing ticked or typed). Its output is the plans the API takes, checked by the shared
 * schema (shared/domain/outcome-plans.ts) so the rules and their messages live in one place.
 */

export const planFormRowSchema = z.object({
  measureId: z.string(),
  atStart: z.boolean(),
  /** Blank: no reviews between start and end. */
  everyCount: z.string(),
  everyUnit: z.enum(PLAN_UNITS),
  atEnd: z.boolean(),
});
export type PlanFormRow = z.infer<typeof planFormRowSchema>;

/**
 * A row for every questionnaire that can be chosen, in Settings order, filled in from the
 * plans on file; an archived custom scale appears only while a plan still asks it.
 */
export function planFormRows(measures: readonly MeasureEntry[], plans: readonly MeasurePlan[] | undefined): PlanFormRow[] {
  const byId = new Map((plans ?? []).map((p) => [p.measureId, p]));
  return measures
    .filter((m) => !m.archived || byId.has(m.definition.id))
    .map(({ definition }) => {
      const p = byId.get(definition.id);
      return {
        measureId: definition.id,
        atStart: p?.atStart ?? false,
        everyCount: p?.every ? String(p.every.count) : '',
        everyUnit: p?.every?.unit ?? 'sessions',
        atEnd: p?.atEnd ?? false,
      };
    });
}

const asked = (r: PlanFormRow): boolean => r.atStart || r.atEnd || r.everyCount.trim() !== '';

/**
 * The plans to save and any problems, each at its row's field ([i, 'everyCount']). Rows with
 * nothing ticked or typed are questionnaires not asked.
 */
export function plansFromRows(rows: readonly PlanFormRow[]): { plans: MeasurePlan[]; issues: { path: (string | number)[]; message: string }[] } {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const plans: MeasurePlan[] = [];
  const rowOfPlan: number[] = [];
  rows.forEach((r, i) => {
    if (!asked(r)) return;
    const text = r.everyCount.trim();
    let every: MeasurePlan['every'];
    if (text !== '') {
      if (!/^\d{1,3}$/.test(text)) {
        issues.push({ path: [i, 'everyCount'], message: 'Enter how often as a whole number, like 5, or leave it blank' });
        return;
      }
      every = { count: Number(text), unit: r.everyUnit };
    }
    plans.push({ measureId: r.measureId, atStart: r.atStart, atEnd: r.atEnd, ...(every ? { every } : {}) });
    rowOfPlan.push(i);
  });
  const checked = measurePlansInputSchema.safeParse(plans);
  for (const issue of checked.error?.issues ?? []) {
    const [planIndex, field] = issue.path;
    const row = typeof planIndex === 'number' ? rowOfPlan[planIndex] : undefined;
    // The count's own limits (1 to 52) belong beside the count; the rest beside the row.
    if (row !== undefined) issues.push({ path: [row, field === 'every' ? 'everyCount' : 'atStart'], message: issue.message });
    else issues.push({ path: [], message: issue.message });
  }
  return { plans: checked.success ? checked.data : plans, issues };
}
