import { answerRange, type Answers, type MeasureDefinition } from '../../shared/domain/outcome-measures';
import type { Random } from './random';

/**
 * Sample answers to a questionnaire from how someone is doing: one "wellbeing" level between
 * 0 (struggling) and 1 (thriving) behind every item, each answer that level on the item's own
 * scale plus a little noise. Items where a higher answer is worse (CORE-10 distress, ONS
 * anxiety, UCLA loneliness) are turned round, and CORE-10's positively worded items 2 and 3
 * are stored as answered, reversed only when scored, as the app stores them.
 */

/** How a person's scores move between their first and last questionnaire. */
export type Course = 'improved' | 'same' | 'worse';

/** Most improve a little, some stay the same, a few are worse: what peer support evaluations report. */
export const COURSE_WEIGHTS = [
  ['improved', 55],
  ['same', 30],
  ['worse', 15],
] as const;

/** A starting level: people come to peer support below the population average (about 0.6). */
export function startLevel(random: Random): number {
  return clamp01(0.5 + bell(random) * 0.14);
}

/** Where someone ends on a course, from where they started. */
export function endLevel(random: Random, start: number, course: Course): number {
  if (course === 'improved') return clamp01(start + 0.14 + random.next() * 0.16);
  if (course === 'worse') return clamp01(start - 0.05 - random.next() * 0.1);
  return clamp01(start + (random.next() - 0.5) * 0.05);
}

/**
 * Does a higher answer mean better? CORE-10 items say nothing (the measure is "lower is
 * better") except the reverse-scored ones, which are positively worded.
 */
function higherIsBetter(measure: MeasureDefinition, item: MeasureDefinition['items'][number]): boolean {
  if (item.higherIsBetter !== undefined) return item.higherIsBetter;
  return item.reverse ? !measure.higherIsBetter : measure.higherIsBetter;
}

/** Every item answered from `level`; the risk item (CORE-10 item 6) is left at its lowest: see the generator for the few above it. */
export function answersAt(random: Random, measure: MeasureDefinition, level: number): Answers {
  const out: Answers = {};
  for (const item of measure.items) {
    const { min, max } = answerRange(measure, item);
    if (item.risk) {
      out[item.id] = min;
      continue;
    }
    const good = clamp01(level + bell(random) * 0.12);
    const position = higherIsBetter(measure, item) ? good : 1 - good;
    out[item.id] = Math.max(min, Math.min(max, Math.round(min + position * (max - min))));
  }
  return out;
}

/** Roughly normal, mean 0 and standard deviation 1 (the sum of three uniforms, rescaled). */
function bell(random: Random): number {
  return (random.next() + random.next() + random.next() - 1.5) * 2;
}

const clamp01 = (n: number): number => Math.max(0, Math.min(1, n));
