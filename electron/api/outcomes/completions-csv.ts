import { createHash } from 'node:crypto';
import { toCsv, type CsvExportColumn } from '../../../shared/csv/export';
import { formatUkDate, todayIso } from '../../../shared/dates';
import type { FileDownload } from '../../../shared/files';
import { STAGE_LABELS, type Completion, type GivenWay } from '../../../shared/domain/outcome-completions';
import { scoreAnswers, type MeasureDefinition, type MeasureScore } from '../../../shared/domain/outcome-measures';
import { displayName } from '../../../shared/domain/person';
import { groupRecords, programmeRecords } from '../../documents';
import type { AppContext } from '../core/context';
import { membersById } from '../core/lookups';
import { kindOf } from '../programmes/programme-records';
import { allCompletions, byWhen, measureOf } from './completion-records';

/**
 * "Export answers (CSV)": every filled-in questionnaire, one row each, for the charity's own
 * analysis. Without names a person is a pseudonymous id that stays the same from one export
 * to the next (so answers can be joined across files) and cannot be read back to a name
 * without Peer Desk. Scores are derived from the answers here, as everywhere else.
 */

const GIVEN_CELLS: Record<GivenWay, string> = { paper: 'Paper', screen: 'Screen', phone: 'Phone' };

/** "P-3f9a2c1b7e": the same member always gets the same id; a name never goes in. */
export function pseudonymFor(memberId: string): string {
  return `P-${createHash('sha256').update(`peer-desk-outcomes:${memberId}`).digest('hex').slice(0, 10)}`;
}

export interface CompletionCsvRow {
  person: string;
  completion: Completion;
  measure: MeasureDefinition | undefined;
  score: MeasureScore;
  programmeKind: string;
  group: string;
}

function programmeKindName(ctx: AppContext, programmeId: string | undefined): string {
  if (!programmeId) return '';
  const p = ctx.store.record(programmeRecords, programmeId);
  return p ? kindOf(ctx, p.kindId).name : 'A deleted programme';
}

function groupName(ctx: AppContext, groupId: string | undefined): string {
  if (!groupId) return '';
  return ctx.store.record(groupRecords, groupId)?.name ?? 'A deleted group';
}

/** Oldest first, each scored; `includeNames` puts the member's name where the pseudonym would go. */
export function completionCsvRows(ctx: AppContext, includeNames: boolean): CompletionCsvRow[] {
  const members = membersById(ctx);
  // An erased person's questionnaires have no answers left to export (their kept scores serve the reports only).
  return allCompletions(ctx).filter((c) => c.keptScore === undefined).sort(byWhen).map((c) => {
    const measure = measureOf(ctx, c.measureId);
    const member = members.get(c.memberId);
    return {
      person: includeNames && member ? displayName(member) : pseudonymFor(c.memberId),
      completion: c,
      measure,
      score: measure ? scoreAnswers(measure, c.answers) : { scored: false, reason: 'This questionnaire is no longer in Settings: not scored' },
      programmeKind: programmeKindName(ctx, c.programmeId),
      group: groupName(ctx, c.groupId),
    };
  });
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/** Measures differ in length, so answers go in "Question 1…n" in the measure's own order. */
function columns(includeNames: boolean, questions: number): CsvExportColumn<CompletionCsvRow>[] {
  const answerColumns = Array.from({ length: questions }, (_, i): CsvExportColumn<CompletionCsvRow> => ({
    header: `Question ${i + 1}`,
    value: (r) => {
      const item = r.measure?.items[i];
      return item ? num(r.completion.answers[item.id] ?? undefined) : '';
    },
  }));
  return [
    { header: includeNames ? 'Name' : 'Person id', value: (r) => r.person },
    { header: 'Date', value: (r) => formatUkDate(r.completion.date) },
    { header: 'Measure', value: (r) => r.measure?.shortName ?? r.completion.measureId },
    { header: 'How given', value: (r) => GIVEN_CELLS[r.completion.given] },
    { header: 'Programme kind', value: (r) => r.programmeKind },
    { header: 'Group', value: (r) => r.group },
    { header: 'Stage', value: (r) => (r.completion.stage ? STAGE_LABELS[r.completion.stage] : '') },
    ...answerColumns,
    { header: 'Score', value: (r) => num(r.score.score) },
    { header: 'SWEMWBS metric score', value: (r) => (r.score.metric === undefined ? '' : r.score.metric.toFixed(2)) },
    { header: 'Band', value: (r) => r.score.band ?? '' },
    { header: 'Pro-rated', value: (r) => (r.score.prorated ? 'Yes' : '') },
    { header: 'Not scored because', value: (r) => (r.score.scored ? '' : (r.score.reason ?? '')) },
  ];
}

export function exportCompletionsCsv(ctx: AppContext, includeNames: boolean): FileDownload {
  const rows = completionCsvRows(ctx, includeNames);
  const questions = Math.max(0, ...rows.map((r) => r.measure?.items.length ?? 0));
  const today = todayIso(ctx.now());
  return {
    filename: `questionnaire-answers${includeNames ? '-with-names' : ''}-${today}.csv`,
    mimeType: 'text/csv',
    text: toCsv(columns(includeNames, questions), rows),
  };
}
