import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES, type Answers } from '../../../../shared/domain/outcome-measures';
import { reportCsvRows } from '../../../../shared/domain/report-csv';
import { computeReportFigures } from '../../../../shared/domain/report-figures';
import { outcomesFigures, type OutcomeMeasureFigures, type OutcomesScope, type ReportCompletion } from '../../../../shared/domain/report-outcomes';
import { sentReportSchema } from '../../../../shared/domain/report-sent';
import { G1, G3, fixtureReportData, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { core10Answers, swemwbsAnswers } from '../../../fixtures/reports/outcome-report';

/**
 * Outcome figures counted by hand. The period is 01/04/2025 to 31/03/2026.
 * In scope: people A, B, D, E, F (and G, who only answers elsewhere); funded group G1; funded
 * programmes P1, P2, P3. PX is a programme and GX a group the grant does not fund; H is not in scope.
 *
 * SWEMWBS (raw total → metric from Warwick's table):
 *   A untied  01/03/2025 raw 14 (15.32, before the period), 10/06/2025 raw 20, 10/01/2026 raw 21 (19.25)
 *             → pair 15.32 → 19.25, +3.93: improved                               (pair across the period's start)
 *   B P1      01/05/2025 raw 21 (19.25), 01/03/2026 raw 20 (18.59), 15/04/2026 raw 30 (after the period)
 *             → pair 19.25 → 18.59, −0.66: no reliable change                     (the one after the period is ignored)
 *   C untied  01/02/2025 raw 25 only                                               → only before: no pair
 *   D P2      01/06/2025 raw 20 only                                               → only after: no pair
 *   E P1      01/04/2025 raw 28 (25.03), 01/09/2025 raw 24 (21.54): −3.49 worse
 *     P3      01/05/2025 raw 14 (15.32), 01/12/2025 raw 17 (16.88): +1.56 no reliable change
 *             → two programmes: the pair whose after is latest (P3) is E's        → counted once, no reliable change
 *   F G1      01/05/2025 raw 15 (15.84), 01/08/2025 raw 22 (19.98), 01/10/2025 six of seven answered (not scored)
 *             → pair 15.84 → 19.98, +4.14: improved                               (the unscored form is no after)
 *   G PX and GX, raw 10 then raw 30                                                → not the grant's: ignored
 *   H untied, not in scope, raw 10 then raw 30                                     → ignored
 * n = 4 (A, B, E, F). Average before (15.32 + 19.25 + 15.32 + 15.84) ÷ 4 = 16.4325 → 16.43 (metric scores to two places, as Warwick's table);
 * after (19.25 + 18.59 + 16.88 + 19.98) ÷ 4 = 18.675 → 18.68.
 * Improved 2 (50%), no reliable change 2 (50%), worse 0.
 *
 * CORE-10 (clinical score; reliable change 6, cut-off 11):
 *   A untied 01/04/2025 20 → 01/03/2026 9:  −11 improved, clinically and reliably (20 ≥ 11, 9 < 11)
 *   B P1     01/05/2025 12 → 01/02/2026 8:  −4 no reliable change (below 11 but not by 6)
 *   D P2     01/05/2025 18 → 01/07/2025 12: −6 improved (exactly 6), still 11 or more: not clinically
 *   E untied 01/05/2025 8  → 01/10/2025 15: +7 worse
 *   F G1     01/06/2025 30 → 01/12/2025 16: −14 improved, still 11 or more
 * n = 5. Average before (20 + 12 + 18 + 8 + 30) ÷ 5 = 17.6; after (9 + 8 + 12 + 15 + 16) ÷ 5 = 12.0.
 * Improved 3 (60%), no reliable change 1 (20%), worse 1 (20%).
 * Clinically and reliably improved: 1 of the 4 whose before was 11 or more (A, B, D, F) = 25%.
 *
 * ONS4 (each question alone; change of 2 or more; anxiety lower is better):
 *   A untied 01/03/2025 {life 4, worthwhile 5, happiness 3, anxiety 8} → 01/02/2026 {7, 5, not answered, 5}
 *   B P1     01/05/2025 {6, 6, 6, 2} → 01/03/2026 {5, 7, 2, 6}
 * Life satisfaction n 2: before (4 + 6) ÷ 2 = 5.0, after (7 + 5) ÷ 2 = 6.0; A +3 improved, B −1 no change.
 * Happiness n 1 (A did not answer it after): before 6.0, after 2.0; B −4 worse.
 * Anxiety n 2: before (8 + 2) ÷ 2 = 5.0, after (5 + 6) ÷ 2 = 5.5; A −3 improved, B +4 worse.
 */

const PERIOD = { from: '2025-04-01', to: '2026-03-31' };
const SCOPE: OutcomesScope = {
  people: new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']),
  fundedGroupIds: new Set(['G1']),
  fundedProgrammeIds: new Set(['P1', 'P2', 'P3']),
};

function ons4(life: number, worthwhile: number, happiness: number | null, anxiety: number): Answers {
  return { 'life-satisfaction': life, worthwhile, happiness, anxiety };
}

type Place = { programmeId?: string; groupId?: string };
const done = (memberId: string, measureId: string, date: string, answers: Answers, place: Place = {}): ReportCompletion => ({ memberId, measureId, date, answers, ...place });
const sw = (memberId: string, date: string, total: number, place?: Place) => done(memberId, 'swemwbs', date, swemwbsAnswers(total), place);
const core = (memberId: string, date: string, score: number, place?: Place) => done(memberId, 'core-10', date, core10Answers(score), place);

const COMPLETIONS: ReportCompletion[] = [
  sw('A', '2025-03-01', 14),
  sw('A', '2025-06-10', 20),
  sw('A', '2026-01-10', 21),
  sw('B', '2025-05-01', 21, { programmeId: 'P1' }),
  sw('B', '2026-03-01', 20, { programmeId: 'P1' }),
  sw('B', '2026-04-15', 30, { programmeId: 'P1' }),
  sw('C', '2025-02-01', 25),
  sw('D', '2025-06-01', 20, { programmeId: 'P2' }),
  sw('E', '2025-04-01', 28, { programmeId: 'P1' }),
  sw('E', '2025-09-01', 24, { programmeId: 'P1' }),
  sw('E', '2025-05-01', 14, { programmeId: 'P3' }),
  sw('E', '2025-12-01', 17, { programmeId: 'P3' }),
  sw('F', '2025-05-01', 15, { groupId: 'G1' }),
  sw('F', '2025-08-01', 22, { groupId: 'G1' }),
  done('F', 'swemwbs', '2025-10-01', { ...swemwbsAnswers(35), relaxed: null }, { groupId: 'G1' }),
  sw('G', '2025-05-01', 10, { programmeId: 'PX' }),
  sw('G', '2025-09-01', 30, { programmeId: 'PX' }),
  sw('G', '2025-05-01', 10, { groupId: 'GX' }),
  sw('G', '2025-09-01', 30, { groupId: 'GX' }),
  sw('H', '2025-05-01', 10),
  sw('H', '2025-09-01', 30),

  core('A', '2025-04-01', 20),
  core('A', '2026-03-01', 9),
  core('B', '2025-05-01', 12, { programmeId: 'P1' }),
  core('B', '2026-02-01', 8, { programmeId: 'P1' }),
  core('D', '2025-05-01', 18, { programmeId: 'P2' }),
  core('D', '2025-07-01', 12, { programmeId: 'P2' }),
  core('E', '2025-05-01', 8),
  core('E', '2025-10-01', 15),
  core('F', '2025-06-01', 30, { groupId: 'G1' }),
  core('F', '2025-12-01', 16, { groupId: 'G1' }),

  done('A', 'ons4', '2025-03-01', ons4(4, 5, 3, 8)),
  done('A', 'ons4', '2026-02-01', ons4(7, 5, null, 5)),
  done('B', 'ons4', '2025-05-01', ons4(6, 6, 6, 2), { programmeId: 'P1' }),
  done('B', 'ons4', '2026-03-01', ons4(5, 7, 2, 6), { programmeId: 'P1' }),
];

const DATA = { completions: COMPLETIONS, measures: BUILT_IN_MEASURES };

function measure(suppress: boolean, id: string): OutcomeMeasureFigures {
  const found = outcomesFigures(DATA, SCOPE, PERIOD.from, PERIOD.to, suppress)?.measures.find((m) => m.measureId === id);
  if (!found) throw new Error(`no figures for ${id}`);
  return found;
}

/** key → [value, n] */
const table = (m: OutcomeMeasureFigures) => Object.fromEntries(m.rows.map((r) => [r.key, [r.value, r.n]]));

describe('outcome figures in a funder report', () => {
  it('SWEMWBS: pairs across the period’s edges, one person in two programmes once, unscored and out-of-scope forms ignored', () => {
    const m = measure(false, 'swemwbs');
    expect(m.people).toBe(4);
    expect(table(m)).toEqual({
      people: ['4', '4'],
      'score-before': ['16.43', '4'],
      'score-after': ['18.68', '4'],
      'score-improved': ['2 (50%)', '4'],
      'score-no-reliable-change': ['2 (50%)', '4'],
      'score-worse': ['0 (0%)', '4'],
    });
  });

  it('CORE-10: counts clinically and reliably improved out of those who started at 11 or more', () => {
    const m = measure(false, 'core-10');
    expect(table(m)).toEqual({
      people: ['5', '5'],
      'score-before': ['17.6', '5'],
      'score-after': ['12.0', '5'],
      'score-improved': ['3 (60%)', '5'],
      'score-no-reliable-change': ['1 (20%)', '5'],
      'score-worse': ['1 (20%)', '5'],
      'clinically-improved': ['1 (25%)', '4'],
    });
  });

  it('ONS4: each question with the people who answered it both times', () => {
    const t = table(measure(false, 'ons4'));
    expect(t['people']).toEqual(['2', '2']);
    expect([t['item-life-satisfaction-before'], t['item-life-satisfaction-after'], t['item-life-satisfaction-improved'], t['item-life-satisfaction-no-reliable-change']]).toEqual([
      ['5.0', '2'],
      ['6.0', '2'],
      ['1 (50%)', '2'],
      ['1 (50%)', '2'],
    ]);
    expect([t['item-happiness-before'], t['item-happiness-after'], t['item-happiness-worse']]).toEqual([
      ['6.0', '1'],
      ['2.0', '1'],
      ['1 (100%)', '1'],
    ]);
    expect([t['item-anxiety-before'], t['item-anxiety-after'], t['item-anxiety-improved'], t['item-anxiety-worse']]).toEqual([
      ['5.0', '2'],
      ['5.5', '2'],
      ['1 (50%)', '2'],
      ['1 (50%)', '2'],
    ]);
  });

  it('hides counts from 1 to 4, and averages of fewer than 5 people, when small numbers are hidden', () => {
    expect(table(measure(true, 'swemwbs'))).toEqual({
      people: ['<5', '<5'],
      'score-before': ['Not shown', '<5'],
      'score-after': ['Not shown', '<5'],
      'score-improved': ['<5', '<5'],
      'score-no-reliable-change': ['<5', '<5'],
      'score-worse': ['0', '<5'],
    });
    // Five people: the averages show, the small counts do not.
    const core = table(measure(true, 'core-10'));
    expect([core['score-before'], core['score-improved'], core['clinically-improved']]).toEqual([
      ['17.6', '5'],
      ['<5', '5'],
      ['<5', '<5'],
    ]);
  });

  it('lists only the measures people in scope used, and nothing when they used none', () => {
    expect(outcomesFigures(DATA, SCOPE, PERIOD.from, PERIOD.to, false)?.measures.map((m) => m.measureId)).toEqual(['swemwbs', 'core-10', 'ons4']);
    const onlyH = { completions: COMPLETIONS.filter((c) => c.memberId === 'H' || c.memberId === 'G'), measures: BUILT_IN_MEASURES };
    expect(outcomesFigures(onlyH, SCOPE, PERIOD.from, PERIOD.to, false)).toBeUndefined();
  });
});

describe('outcome figures in the whole report', () => {
  // Amira (m-a) is at the funded G1; Gwyn (m-g) only at the unfunded G3.
  const completions: ReportCompletion[] = [
    core('m-a', '2025-04-15', 20),
    core('m-a', '2026-03-01', 9),
    core('m-g', '2025-04-15', 20, { groupId: G3 }),
    core('m-g', '2026-03-01', 9, { groupId: G3 }),
    sw('m-a', '2025-05-01', 20, { groupId: G1 }),
  ];
  const figures = computeReportFigures(fixtureReportData(YEAR_2, { outcomes: { completions, measures: BUILT_IN_MEASURES } }));

  it('counts the people the grant reaches, defines the figures in the appendix, and puts them in the CSV', () => {
    expect(figures.outcomes?.measures.map((m) => [m.measureId, m.people])).toEqual([
      ['swemwbs', 0],
      ['core-10', 1],
    ]);
    expect(figures.definitions.map((d) => d.figure)).toContain('Outcomes: before and after');
    // Each measure used says what a change is on it; measures not used are not explained.
    const change = figures.definitions.find((d) => d.figure === 'Outcomes: averages and change')?.how;
    expect(change).toContain('SWEMWBS: metric scores (Warwick’s conversion table), improved or worse when the metric score moves by 3 or more.');
    expect(change).toContain('a before of 11 or more, an after below 11, and a fall of 6 or more');
    expect(change).not.toContain('ONS4');
    const rows = reportCsvRows(figures, { outcomeProgress: [], madeOn: '2026-04-20' });
    expect(rows).toContainEqual({ section: 'Outcomes this period', figure: 'CORE-10: Clinically and reliably improved', value: '1 (100%)', notes: 'n = 1. Of the people whose before was 11 or more' });
    expect(rows).toContainEqual({ section: 'Outcomes this period', figure: 'SWEMWBS: Metric score: average before', value: 'No one yet', notes: 'n = 0' });
  });

  it('has no outcomes part, and no definitions for one, with no questionnaires kept', () => {
    const without = computeReportFigures(fixtureReportData(YEAR_2));
    expect(without.outcomes).toBeUndefined();
    expect(without.definitions.map((d) => d.figure)).not.toContain('Outcomes: before and after');
  });

  it('keeps the outcome figures in a sent copy, and still reads a copy sent before there were any', () => {
    const copy = { sentOn: '2026-04-20', recipient: 'Funder', recordedAt: '2026-04-20T10:00:00.000Z', madeOn: '2026-04-20', figures, outcomeProgress: [], caseStudies: [] };
    const stored: unknown = JSON.parse(JSON.stringify(copy));
    expect(sentReportSchema.parse(stored)).toEqual(stored);
    const { outcomes: _none, ...older } = figures;
    const old = sentReportSchema.parse(JSON.parse(JSON.stringify({ ...copy, figures: older })));
    expect(old.figures.outcomes).toBeUndefined();
  });
});
