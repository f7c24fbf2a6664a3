import type { CompletionPlace, CompletionRow, MemberOutcomes, OutcomeComparison } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import type { Completion } from '../../../shared/domain/outcome-completions';
import type { Programme } from '../../../shared/domain/programmes';
import { compareScores, scoreAnswers, type MeasureDefinition, type MeasureScore } from '../../../shared/domain/outcome-measures';
import { groupRecords, groupsKind, programmeRecords } from '../../documents';
import type { AppContext } from '../core/context';
import { allProgrammes, kindOf } from '../programmes/programme-records';
import { measureOf, memberCompletions } from './completion-records';

/** A member's answers as the Outcomes tab shows them: each scored, and first against latest. */

const programmeName = (ctx: AppContext, p: Programme) => `${kindOf(ctx, p.kindId).name}, started ${formatUkDate(p.startDate)}`;

export function placeOf(ctx: AppContext, c: Pick<Completion, 'programmeId' | 'groupId'>): CompletionPlace | undefined {
  if (c.programmeId) {
    const p = ctx.store.record(programmeRecords, c.programmeId);
    return { kind: 'programme', id: c.programmeId, name: p ? programmeName(ctx, p) : 'A deleted programme' };
  }
  if (c.groupId) {
    const g = ctx.store.record(groupRecords, c.groupId);
    return { kind: 'group', id: c.groupId, name: g ? g.name : 'A deleted group' };
  }
  return undefined;
}

const measureRef = (m: MeasureDefinition) => ({ id: m.id, name: m.name, shortName: m.shortName });

/** A measure no longer known (never expected: custom scales are archived, not deleted) is shown, unscored, by its id. */
function scored(ctx: AppContext, c: Completion): { measure: MeasureDefinition | undefined; score: MeasureScore } {
  const measure = measureOf(ctx, c.measureId);
  return { measure, score: measure ? scoreAnswers(measure, c.answers) : { scored: false, reason: 'This questionnaire is no longer in Settings: not scored' } };
}

export function completionRow(ctx: AppContext, c: Completion): CompletionRow {
  const { measure, score } = scored(ctx, c);
  const place = placeOf(ctx, c);
  const row: CompletionRow = { completion: c, measure: measure ? measureRef(measure) : { id: c.measureId, name: c.measureId, shortName: c.measureId }, score };
  if (place) row.place = place;
  return row;
}

/**
 * First against latest, per measure and place: the pair a funder report would take from a
 * programme. Answers outside any programme or group are compared among themselves.
 */
function comparisons(ctx: AppContext, completions: readonly Completion[]): OutcomeComparison[] {
  const groups = new Map<string, Completion[]>();
  for (const c of completions) {
    const key = `${c.measureId}|${c.programmeId ?? ''}|${c.groupId ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out: OutcomeComparison[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const latest = list.at(-1)!;
    const measure = measureOf(ctx, first.measureId);
    if (list.length < 2 || !measure) continue;
    const before = scoreAnswers(measure, first.answers);
    const after = scoreAnswers(measure, latest.answers);
    const comparison: OutcomeComparison = {
      measure: measureRef(measure),
      count: list.length,
      first: { completionId: first.id, date: first.date, score: before },
      latest: { completionId: latest.id, date: latest.date, score: after },
      change: compareScores(measure, before, after),
    };
    const place = placeOf(ctx, first);
    if (place) comparison.place = place;
    out.push(comparison);
  }
  return out;
}

/** The programmes and groups answers may be recorded in: the member's own, as checkContext allows. */
function memberPlaces(ctx: AppContext, memberId: string): CompletionPlace[] {
  const programmes = allProgrammes(ctx)
    .filter((p) => p.memberId === memberId)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .map((p): CompletionPlace => ({ kind: 'programme', id: p.id, name: programmeName(ctx, p) }));
  const groups = ctx.store
    .get(groupsKind)
    .groups.filter((g) => g.roster.some((s) => s.memberId === memberId))
    .map((g): CompletionPlace => ({ kind: 'group', id: g.id, name: g.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...programmes, ...groups];
}

export function memberOutcomes(ctx: AppContext, memberId: string): MemberOutcomes {
  const completions = memberCompletions(ctx, memberId);
  return { rows: completions.map((c) => completionRow(ctx, c)).reverse(), comparisons: comparisons(ctx, completions), places: memberPlaces(ctx, memberId) };
}
