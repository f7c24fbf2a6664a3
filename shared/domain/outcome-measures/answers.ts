import type { AnswerOption, Answers, MeasureDefinition, MeasureItem } from './types';

/** The answers an item offers: its own, or the measure's. */
export function itemAnswers(measure: MeasureDefinition, item: MeasureItem): AnswerOption[] {
  return item.answers ?? measure.answers;
}

/** The lowest and highest answer an item accepts. */
export function answerRange(measure: MeasureDefinition, item: MeasureItem): { min: number; max: number } {
  const values = itemAnswers(measure, item).map((a) => a.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The answer given to an item, or null when it was left blank. */
export function answerOf(answers: Answers, item: MeasureItem): number | null {
  const v = answers[item.id];
  return v === undefined ? null : v;
}

/** The label of an answer value, e.g. "Often"; undefined for a value the item does not offer. */
export function answerLabel(measure: MeasureDefinition, item: MeasureItem, value: number): string | undefined {
  return itemAnswers(measure, item).find((a) => a.value === value)?.label;
}

/**
 * The first answer an item does not offer, e.g. 6 on a 1–5 item, or an answer for an item the
 * measure does not have. The store refuses these; scoring refuses to score them.
 */
export function invalidAnswer(measure: MeasureDefinition, answers: Answers): string | undefined {
  const byId = new Map(measure.items.map((item) => [item.id, item]));
  for (const [id, value] of Object.entries(answers)) {
    const item = byId.get(id);
    if (item === undefined) return `There is no question "${id}" in ${measure.shortName}`;
    if (value === null) continue;
    if (!itemAnswers(measure, item).some((a) => a.value === value)) {
      const { min, max } = answerRange(measure, item);
      return `The answer to "${item.text}" must be a whole number from ${min} to ${max}`;
    }
  }
  return undefined;
}

/** Rounds to one decimal place, as pro-rated scores are shown. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Rounds to two decimal places, as SWEMWBS metric scores are published. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
