import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import { completionInputSchema, type Completion } from '../domain/outcome-completions';
import type { DueReason } from '../domain/outcome-due';
import { customScaleInputSchema, type CustomScale, type MeasureDefinition, type MeasureScore, type ScoreChange } from '../domain/outcome-measures';
import { id, noInput } from './common';

/** Outcome measures: the questionnaires, the answers people give, their scores and who is due one. */

export interface MeasureEntry {
  definition: MeasureDefinition;
  /** A custom scale as typed in, for editing it; absent for a built-in measure. */
  scale?: CustomScale;
  /** No new answers (a custom scale put away); past answers keep their wording and scores. */
  archived: boolean;
}

export interface MeasuresView {
  /** Built-in measures first, then custom scales, archived ones last. */
  measures: MeasureEntry[];
  swemwbsRegistration?: string;
}

/** The programme or group a questionnaire was answered in. */
export interface CompletionPlace {
  kind: 'programme' | 'group';
  id: string;
  /** "Peer coaching, started 01/09/2026" or the group's name; "A deleted programme" when gone. */
  name: string;
}

export interface CompletionRow {
  completion: Completion;
  measure: { id: string; name: string; shortName: string };
  /** Worked out from the answers every time: never stored. */
  score: MeasureScore;
  place?: CompletionPlace;
}

/** First against latest answers of one measure in one programme or group (or outside both). */
export interface OutcomeComparison {
  measure: { id: string; name: string; shortName: string };
  place?: CompletionPlace;
  /** How many times it was answered there. */
  count: number;
  first: { completionId: string; date: string; score: MeasureScore };
  latest: { completionId: string; date: string; score: MeasureScore };
  change: ScoreChange;
}

export interface MemberOutcomes {
  /** Newest first. */
  rows: CompletionRow[];
  /** Only where a measure was answered at least twice in the same place. */
  comparisons: OutcomeComparison[];
  /** The member's own programmes and the groups they have been on, for "Enter answers" to choose from. */
  places: CompletionPlace[];
}

export interface DueLine {
  memberId: string;
  memberName: string;
  measure: { id: string; name: string; shortName: string };
  place: CompletionPlace;
  due: DueReason;
  /** "Due at session 5", "Ending — ask the closing questionnaire". */
  label: string;
}

const completionFor = z.object({ memberId: id, completion: completionInputSchema });

export const outcomesApi = {
  /** Every measure the organisation can use, built-in and custom, with the SWEMWBS registration. */
  measures: method(noInput).returns<MeasuresView>(),
  saveCustomScale: method(z.object({ id: z.string().max(100).optional(), scale: customScaleInputSchema })).returns<MeasuresView>(),
  archiveCustomScale: method(z.object({ id, archived: z.boolean() })).returns<MeasuresView>(),

  /** One filled-in questionnaire; the row it makes, scored. */
  record: method(completionFor).returns<CompletionRow>(),
  update: method(z.object({ id, completion: completionInputSchema })).returns<CompletionRow>(),
  delete: method(z.object({ id })).returns<{ deleted: true }>(),
  forMember: method(z.object({ memberId: id })).returns<MemberOutcomes>(),

  /** Who is due a questionnaire today, by their programme kind's or group's plan. */
  due: method(noInput).returns<DueLine[]>(),

  /** "Export answers (CSV)": every completion with its answers and derived scores; a pseudonymous id per member unless names are asked for. */
  exportCsv: method(z.object({ includeNames: z.boolean() })).returns<FileDownload>(),

  /** "Print questionnaire": the blank form as an A4 PDF, with the member's first name on it when given. */
  printQuestionnaire: method(
    z.object({ measureId: z.string().min(1).max(100), size: z.enum(['standard', 'large'], { error: 'Choose standard or large print' }), memberId: id.optional() }),
  ).returns<FileDownload>(),
};
