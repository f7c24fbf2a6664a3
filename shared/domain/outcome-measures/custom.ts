import { z } from 'zod';
import { optionalText, requiredText } from '../../fields';
import { BUILT_IN_MEASURE_IDS, type MeasureDefinition } from './types';

/**
 * A charity's own questionnaire, or a licensed one they type in themselves (e.g. Recovery Star
 * areas). Scored as a plain total of its items after reversing the reverse-scored ones.
 */

export const CUSTOM_SCALE_LIMITS = { items: 50, lowest: 0, highest: 100, answerSpan: 20 } as const;

const customItemRecord = z.object({ id: z.string().min(1), text: z.string().min(1), reverse: z.boolean() });
const answerLabelRecord = z.object({ value: z.number().int(), label: z.string().min(1) });

export const customScaleSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  instructions: z.string().optional(),
  recallPeriod: z.string().optional(),
  items: z.array(customItemRecord).min(1),
  answerMin: z.number().int(),
  answerMax: z.number().int(),
  /** Labels for some or all answer values; unlabelled values print as the number alone. */
  labels: z.array(answerLabelRecord),
  higherIsBetter: z.boolean(),
  meaningfulChange: z.number().positive(),
  missing: z.enum(['none', 'prorate-one']),
  source: z.string().optional(),
  licence: z.string().optional(),
});
export type CustomScale = z.infer<typeof customScaleSchema>;

const itemInput = z.object({
  /** Present when editing an item that already exists, so past answers stay attached to it. */
  id: z.string().min(1).optional(),
  text: requiredText('the question wording', 500),
  reverse: z.boolean().default(false),
});

const labelInput = z.object({
  value: z.number({ error: 'Enter the answer number the label is for' }).int('Answer numbers are whole numbers'),
  label: requiredText('the answer label', 60),
});

/** The custom scale form and API input: plain-English messages, checked as a whole. */
export const customScaleInputSchema = z
  .object({
    name: requiredText('a name for the scale', 100),
    instructions: optionalText('instructions', 1000),
    recallPeriod: optionalText('the time the questions ask about', 100),
    items: z
      .array(itemInput)
      .min(1, 'Add at least one question')
      .max(CUSTOM_SCALE_LIMITS.items, `A scale can have up to ${CUSTOM_SCALE_LIMITS.items} questions`),
    answerMin: z
      .number({ error: 'Enter the lowest answer, like 0 or 1' })
      .int('The lowest answer must be a whole number')
      .min(CUSTOM_SCALE_LIMITS.lowest, `The lowest answer cannot be below ${CUSTOM_SCALE_LIMITS.lowest}`),
    answerMax: z
      .number({ error: 'Enter the highest answer, like 5 or 10' })
      .int('The highest answer must be a whole number')
      .max(CUSTOM_SCALE_LIMITS.highest, `The highest answer cannot be above ${CUSTOM_SCALE_LIMITS.highest}`),
    labels: z.array(labelInput).default([]),
    higherIsBetter: z.boolean({ error: 'Say whether a higher score is better' }),
    meaningfulChange: z
      .number({ error: 'Enter how many points of change count as a real change' })
      .positive('A meaningful change must be more than 0 points'),
    missing: z.enum(['none', 'prorate-one'], { error: 'Choose what happens when an answer is missing' }).default('none'),
    source: optionalText('the source', 300),
    licence: optionalText('the licence line', 300),
  })
  .superRefine((v, ctx) => {
    if (v.answerMax <= v.answerMin) {
      ctx.addIssue({ code: 'custom', path: ['answerMax'], message: 'The highest answer must be more than the lowest' });
    } else if (v.answerMax - v.answerMin > CUSTOM_SCALE_LIMITS.answerSpan) {
      ctx.addIssue({
        code: 'custom',
        path: ['answerMax'],
        message: `Answers can span at most ${CUSTOM_SCALE_LIMITS.answerSpan} points, like 0 to 10`,
      });
    }
    const seen = new Set<number>();
    v.labels.forEach((l, i) => {
      if (l.value < v.answerMin || l.value > v.answerMax) {
        ctx.addIssue({
          code: 'custom',
          path: ['labels', i, 'value'],
          message: `Label "${l.label}" is for ${l.value}, outside the answers ${v.answerMin} to ${v.answerMax}`,
        });
      }
      if (seen.has(l.value)) {
        ctx.addIssue({ code: 'custom', path: ['labels', i, 'value'], message: `Answer ${l.value} has two labels` });
      }
      seen.add(l.value);
    });
    const itemIds = v.items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
    if (new Set(itemIds).size !== itemIds.length) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'Two questions have the same id' });
    }
    // A change bigger than the whole range of totals could never be met.
    const range = (v.answerMax - v.answerMin) * v.items.length;
    if (range > 0 && v.meaningfulChange > range) {
      ctx.addIssue({
        code: 'custom',
        path: ['meaningfulChange'],
        message: `A meaningful change cannot be more than ${range} points, the whole range of the scale`,
      });
    }
    if (v.missing === 'prorate-one' && v.items.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['missing'], message: 'A one-question scale cannot fill in a missing answer' });
    }
  });
export type CustomScaleInput = z.input<typeof customScaleInputSchema>;
export type CustomScaleValues = z.output<typeof customScaleInputSchema>;

const BUILT_IN = new Set<string>(BUILT_IN_MEASURE_IDS);

/**
 * The stored scale from checked input. `newId` makes ids for the scale (when new) and for new
 * items; items keep their ids on edit so completions already recorded still match them.
 */
export function customScaleFromInput(values: CustomScaleValues, newId: () => string, existingId?: string): CustomScale {
  const id = existingId ?? newId();
  if (BUILT_IN.has(id)) throw new Error(`Custom scale id ${id} clashes with a built-in measure`);
  return customScaleSchema.parse({
    ...values,
    id,
    items: values.items.map((item) => ({ id: item.id ?? newId(), text: item.text, reverse: item.reverse })),
    labels: [...values.labels].sort((a, b) => a.value - b.value),
  });
}

/** A custom scale as a measure definition, so it is shown, printed and scored like a built-in one. */
export function customMeasureDefinition(scale: CustomScale): MeasureDefinition {
  const labelled = new Map(scale.labels.map((l) => [l.value, l.label]));
  const answers = [];
  for (let value = scale.answerMin; value <= scale.answerMax; value++) {
    answers.push({ value, label: labelled.get(value) ?? String(value) });
  }
  return {
    id: scale.id,
    name: scale.name,
    shortName: scale.name,
    instructions: scale.instructions ?? '',
    recallPeriod: scale.recallPeriod ?? '',
    items: scale.items.map((item) => ({ id: item.id, text: item.text, ...(item.reverse ? { reverse: true } : {}) })),
    answers,
    source: scale.source ?? 'Entered by the organisation',
    licence: scale.licence ?? '',
    builtIn: false,
    // The organisation typed the wording in; it is theirs to check, not ours.
    wordingVerified: true,
    higherIsBetter: scale.higherIsBetter,
    rules: { kind: 'custom', higherIsBetter: scale.higherIsBetter, meaningfulChange: scale.meaningfulChange, missing: scale.missing },
  };
}
