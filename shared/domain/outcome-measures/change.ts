import { round1, round2 } from './answers';
import { CORE10_CUT_OFF, CORE10_RELIABLE_CHANGE } from './core10';
import { ONS_LONELY_ITEM_ID } from './loneliness';
import { SWEMWBS_MEANINGFUL_CHANGE } from './swemwbs';
import type { ChangeDirection, ItemChange, MeasureDefinition, MeasureScore, ScoreChange } from './types';

/**
 * UCLA 3-item: no published reliable change index exists for the 3–9 total, so a person counts
 * as changed only when the total moves by 2 or more, i.e. more than one answer one step.
 */
export const UCLA3_CHANGE = 2;
/**
 * ONS4 and the ONS loneliness question: ONS publishes thresholds, not a reliable change for a
 * person, so a question counts as changed when its answer moves by 2 points or more (ONS4) or
 * by one answer category or more (the loneliness question, whose five answers are coarse).
 */
export const ONS4_CHANGE = 2;
export const ONS_LONELY_CHANGE = 1;

const NOT_COMPARABLE: ScoreChange = { change: null, direction: 'not-comparable' };

/** Direction of a change, given how big a change must be and which way is better. */
function direction(change: number, threshold: number, higherIsBetter: boolean): ChangeDirection {
  const better = higherIsBetter ? change : -change;
  if (better >= threshold) return 'improved';
  if (better <= -threshold) return 'worse';
  return 'no-reliable-change';
}

/**
 * Compares a person's earlier and later scores on one measure by the measure's own rule.
 * Unscored completions (too many answers missing) are not comparable.
 */
export function compareScores(measure: MeasureDefinition, before: MeasureScore, after: MeasureScore): ScoreChange {
  const rules = measure.rules;
  if (rules.kind === 'ons4') return { ...NOT_COMPARABLE, perItem: compareItems(measure, before, after, ONS4_CHANGE) };
  const perItem = rules.kind === 'ucla-3' ? { perItem: compareItems(measure, before, after, ONS_LONELY_CHANGE, [ONS_LONELY_ITEM_ID]) } : {};
  if (!before.scored || !after.scored || before.score === undefined || after.score === undefined) return { ...NOT_COMPARABLE, ...perItem };
  switch (rules.kind) {
    case 'swemwbs': {
      if (before.metric === undefined || after.metric === undefined) return NOT_COMPARABLE;
      // Rounded to the table's two decimals so 3.00 is not lost to floating point.
      const change = round2(after.metric - before.metric);
      return { change, direction: direction(change, SWEMWBS_MEANINGFUL_CHANGE, true) };
    }
    case 'core-10': {
      const change = round1(after.score - before.score);
      return {
        change,
        direction: direction(change, CORE10_RELIABLE_CHANGE, false),
        clinicallyAndReliablyImproved: before.score >= CORE10_CUT_OFF && after.score < CORE10_CUT_OFF && -change >= CORE10_RELIABLE_CHANGE,
      };
    }
    case 'ucla-3': {
      const change = after.score - before.score;
      return { change, direction: direction(change, UCLA3_CHANGE, false), ...perItem };
    }
    case 'custom': {
      const change = round1(after.score - before.score);
      return { change, direction: direction(change, rules.meaningfulChange, rules.higherIsBetter) };
    }
  }
}

/** Question-by-question change, for measures reported per question. */
function compareItems(
  measure: MeasureDefinition,
  before: MeasureScore,
  after: MeasureScore,
  threshold: number,
  only?: readonly string[],
): Record<string, ItemChange> {
  const out: Record<string, ItemChange> = {};
  for (const item of measure.items) {
    if (only !== undefined && !only.includes(item.id)) continue;
    const b = before.perItem?.[item.id]?.value ?? null;
    const a = after.perItem?.[item.id]?.value ?? null;
    if (a === null || b === null) {
      out[item.id] = { change: null, direction: 'not-comparable' };
      continue;
    }
    const change = a - b;
    out[item.id] = { change, direction: direction(change, threshold, item.higherIsBetter !== false) };
  }
  return out;
}
