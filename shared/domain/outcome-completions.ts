import { z } from 'zod';
import { requiredIsoDate } from '../fields';

/**
 * One filled-in questionnaire: who answered, which measure, when, in which programme or
 * group, how it was given, and the answers. Scores are not stored: they are worked out
 * from the answers each time (outcome-measures/index.ts, scoreAnswers), so a correction to a
 * scoring rule corrects every past score too. The one exception is an erased person's
 * questionnaire, whose answers are gone (keptScore).
 */

export const GIVEN_WAYS = ['paper', 'screen', 'phone'] as const;
export type GivenWay = (typeof GIVEN_WAYS)[number];
export const GIVEN_LABELS: Record<GivenWay, string> = { paper: 'on paper', screen: 'on screen', phone: 'by phone' };

export const COMPLETION_STAGES = ['start', 'review', 'end'] as const;
export type CompletionStage = (typeof COMPLETION_STAGES)[number];
export const STAGE_LABELS: Record<CompletionStage, string> = { start: 'Start', review: 'Review', end: 'End' };

/** Item id → answer; null: not answered. */
const answersSchema = z.record(z.string(), z.number().int().nullable());

/**
 * The score of a questionnaire whose person was erased: their answers go, and what the funder
 * reports count is kept instead, with no answer that could describe them (erasure.ts). Only
 * the totals, and the single questions a report compares one by one (ONS4, the ONS loneliness
 * question), so a past period's outcome figures stay the same.
 */
export const keptScoreSchema = z.object({
  scored: z.boolean(),
  score: z.number().optional(),
  metric: z.number().optional(),
  band: z.string().optional(),
  prorated: z.boolean().optional(),
  perItem: z.record(z.string(), z.object({ value: z.number().nullable(), band: z.string().optional() })).optional(),
});
export type KeptScore = z.infer<typeof keptScoreSchema>;

export const completionRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  memberId: z.string(),
  measureId: z.string(),
  date: z.string(),
  programmeId: z.string().optional(),
  groupId: z.string().optional(),
  given: z.enum(GIVEN_WAYS),
  /** Every item of the measure when it was recorded, null where not answered. */
  answers: answersSchema,
  stage: z.enum(COMPLETION_STAGES).optional(),
  /** Set when the person was erased: `answers` is then empty and this is the score reports read. */
  keptScore: keptScoreSchema.optional(),
});
export type Completion = z.infer<typeof completionRecordSchema>;

/**
 * What "Enter answers" and "Hand over the screen" send. The answers are checked against the
 * measure by the handler (item ids and answer values differ per measure).
 */
export const completionInputSchema = z
  .object({
    measureId: z.string().min(1, 'Choose a questionnaire').max(100),
    date: requiredIsoDate,
    programmeId: z.string().max(100).optional(),
    groupId: z.string().max(100).optional(),
    given: z.enum(GIVEN_WAYS, { error: 'Choose how it was given: on paper, on screen or by phone' }),
    answers: z
      .record(z.string().max(100), z.number({ error: 'Each answer is a number' }).int('Each answer is a whole number').nullable())
      // Custom scales have at most 50 questions: anything far beyond is not a questionnaire.
      .refine((a) => Object.keys(a).length <= 100, { message: 'Too many answers for one questionnaire' }),
    stage: z.enum(COMPLETION_STAGES).optional(),
  })
  .refine((c) => !(c.programmeId && c.groupId), { message: 'A questionnaire belongs to a programme or a group, not both', path: ['groupId'] });
export type CompletionInput = z.output<typeof completionInputSchema>;

/** Outcome completions go in the year of their date ("outcome-completions-2026.json"). */
export const completionPartition = (c: Pick<Completion, 'date'>): string => c.date.slice(0, 4);
