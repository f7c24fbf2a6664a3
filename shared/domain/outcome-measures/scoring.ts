import { answerLabel, answerOf, answerRange, invalidAnswer, round1 } from './answers';
import { CORE10, core10Band } from './core10';
import { ons4AnxietyBand, ons4PositiveBand } from './ons4';
import { SWEMWBS_METRIC } from './swemwbs';
import type { Answers, ItemScore, MeasureDefinition, MeasureItem, MeasureScore, MissingRule } from './types';

/**
 * Scores are always derived from the answers, never typed, so every screen, paper form and
 * report agrees. Each rule follows the measure's published scoring.
 */
export function scoreAnswers(measure: MeasureDefinition, answers: Answers): MeasureScore {
  const invalid = invalidAnswer(measure, answers);
  if (invalid !== undefined) return { scored: false, reason: `${invalid}: not scored` };
  const perItem = itemScores(measure, answers);
  const riskFlag = riskItemAnswered(measure, answers);
  const withRisk = (s: MeasureScore): MeasureScore => ({ ...s, perItem, ...(riskFlag ? { riskFlag } : {}) });
  switch (measure.rules.kind) {
    case 'swemwbs':
      return withRisk(scoreSwemwbs(measure, answers));
    case 'core-10':
      return withRisk(scoreTotal(measure, answers, 'prorate-one'));
    case 'ons4':
      return withRisk(scoreOns4(measure, answers));
    case 'ucla-3':
      return withRisk(scoreTotal(measure, answers, 'none'));
    case 'custom':
      return withRisk(scoreTotal(measure, answers, measure.rules.missing));
  }
}

/** True when a risk item (CORE-10 item 6) has any answer above its lowest, whatever the total. */
export function riskItemAnswered(measure: MeasureDefinition, answers: Answers): boolean {
  return measure.items.some((item) => {
    if (item.risk !== true) return false;
    const v = answerOf(answers, item);
    return v !== null && v > answerRange(measure, item).min;
  });
}

function itemScores(measure: MeasureDefinition, answers: Answers): Record<string, ItemScore> {
  const out: Record<string, ItemScore> = {};
  for (const item of measure.items) {
    const value = answerOf(answers, item);
    const band = value === null ? undefined : itemBand(measure, item, value);
    out[item.id] = band === undefined ? { value } : { value, band };
  }
  return out;
}

/** ONS4 questions carry the ONS threshold band; items outside any total carry their answer's label. */
function itemBand(measure: MeasureDefinition, item: MeasureItem, value: number): string | undefined {
  if (measure.rules.kind === 'ons4') return item.higherIsBetter === false ? ons4AnxietyBand(value) : ons4PositiveBand(value);
  if (item.inTotal === false) return answerLabel(measure, item, value);
  return undefined;
}

const totalled = (measure: MeasureDefinition) => measure.items.filter((item) => item.inTotal !== false);

/** The value an item adds to the total: reverse-scored items count as (lowest + highest − answer). */
function scoredValue(measure: MeasureDefinition, item: MeasureItem, value: number): number {
  if (item.reverse !== true) return value;
  const { min, max } = answerRange(measure, item);
  return min + max - value;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

/**
 * Sum of the totalled items after reversal. With 'prorate-one', one missing answer is replaced
 * by the mean of the others (the total becomes mean × number of items); two or more missing, or
 * any missing under 'none', leaves the measure unscored. For CORE-10 this is the CORE System
 * Trust's rule ("What's in a name (1): scoring CORE measures", coresystemtrust.org.uk: pro-rate
 * if no more than 10% of items are missing, i.e. one of ten; clinical score = item mean × 10).
 * The Trust describes clinical scores as "x.y" numbers, so pro-rated totals keep one decimal.
 */
function scoreTotal(measure: MeasureDefinition, answers: Answers, missingRule: MissingRule): MeasureScore {
  const items = totalled(measure);
  const given = items.flatMap((item) => {
    const v = answerOf(answers, item);
    return v === null ? [] : [scoredValue(measure, item, v)];
  });
  const missing = items.length - given.length;
  const sum = given.reduce((a, b) => a + b, 0);
  if (missing === 0) return withBand(measure, { scored: true, score: sum });
  if (missingRule === 'prorate-one' && missing === 1) {
    return withBand(measure, { scored: true, score: round1((sum / given.length) * items.length), prorated: true });
  }
  if (missingRule === 'prorate-one') {
    return { scored: false, reason: `${capitalise(inWords(missing))} answers missing: not scored (only one may be missing)` };
  }
  return { scored: false, reason: `Not scored: all ${inWords(items.length)} answers are needed` };
}

function withBand(measure: MeasureDefinition, score: MeasureScore): MeasureScore {
  if (measure.id === CORE10.id && score.score !== undefined) return { ...score, band: core10Band(score.score) };
  return score;
}

/** SWEMWBS needs all seven answers; the raw total is converted with Warwick's table. */
function scoreSwemwbs(measure: MeasureDefinition, answers: Answers): MeasureScore {
  const total = scoreTotal(measure, answers, 'none');
  if (!total.scored || total.score === undefined) return total;
  const metric = SWEMWBS_METRIC[total.score];
  if (metric === undefined) throw new Error(`SWEMWBS raw score ${total.score} is outside the table`);
  return { ...total, metric };
}

/** ONS4 has no total: each question is reported on its own. Scored when any question was answered. */
function scoreOns4(measure: MeasureDefinition, answers: Answers): MeasureScore {
  const any = measure.items.some((item) => answerOf(answers, item) !== null);
  return any ? { scored: true } : { scored: false, reason: 'No questions answered: not scored' };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
