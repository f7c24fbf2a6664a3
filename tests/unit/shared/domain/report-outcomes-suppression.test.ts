import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES, type Answers } from '../../../../shared/domain/outcome-measures';
import { reportCsvRows } from '../../../../shared/domain/report-csv';
import { computeReportFigures } from '../../../../shared/domain/report-figures';
import { outcomesFigures, outcomesHiddenNote, type OutcomeMeasureFigures, type ReportCompletion } from '../../../../shared/domain/report-outcomes';
import { fixtureReportData, G1, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { core10Answers } from '../../../fixtures/reports/outcome-report';

/**
 * Complementary suppression in the outcome figures, counted by hand. Each CORE-10 person is one
 * of three kinds (reliable change 6, cut-off 11):
 *   improved  20 → 10: −10, improved, and clinically and reliably improved (20 ≥ 11, 10 < 11)
 *   same      15 → 15:   0, no reliable change; started at 11 or more, not clinically improved
 *   worse      8 → 20: +12, worse; started below 11, so not counted for clinical improvement
 * So "clinically and reliably improved" is improved out of (improved + same).
 */

const PERIOD = { from: '2025-04-01', to: '2026-03-31' };

function core10People(improved: number, same: number, worse: number, groupId?: string): ReportCompletion[] {
  const kinds: [number, number][] = [...Array<[number, number]>(improved).fill([20, 10]), ...Array<[number, number]>(same).fill([15, 15]), ...Array<[number, number]>(worse).fill([8, 20])];
  return kinds.flatMap(([before, after], i) => [
    { memberId: `p${i}`, measureId: 'core-10', date: '2025-05-01', answers: core10Answers(before), ...(groupId ? { groupId } : {}) },
    { memberId: `p${i}`, measureId: 'core-10', date: '2026-02-01', answers: core10Answers(after), ...(groupId ? { groupId } : {}) },
  ]);
}

function figuresFor(completions: ReportCompletion[], suppress: boolean, id = 'core-10'): OutcomeMeasureFigures {
  const people = new Set(completions.map((c) => c.memberId));
  const found = outcomesFigures({ completions, measures: BUILT_IN_MEASURES }, { people, fundedGroupIds: new Set(), fundedProgrammeIds: new Set() }, PERIOD.from, PERIOD.to, suppress)?.measures.find((m) => m.measureId === id);
  if (!found) throw new Error(`no figures for ${id}`);
  return found;
}

/** The change counts and clinical improvement: [value, n]. */
function changeRows(m: OutcomeMeasureFigures, prefix = 'score') {
  const row = (key: string) => {
    const r = m.rows.find((x) => x.key === key);
    return r ? [r.value, r.n] : undefined;
  };
  return { improved: row(`${prefix}-improved`), same: row(`${prefix}-no-reliable-change`), worse: row(`${prefix}-worse`), clinically: row('clinically-improved') };
}

describe('outcome counts hidden so a “<5” cannot be worked out from n', () => {
  it('n 8 as 6 / 2 / 0: the 0 is not shown beside the “<5”; clinically improved 6 of 8 is not shown, as the 2 who did not would follow', () => {
    expect(changeRows(figuresFor(core10People(6, 2, 0), true))).toEqual({
      improved: ['6 (75%)', '8'],
      same: ['<5', '8'],
      worse: ['Not shown', '8'],
      clinically: ['Not shown', '8'],
    });
  });

  it('n 12 as 5 / 4 / 3: two counts are hidden already; clinically improved 5 of 9 is not shown (4 did not)', () => {
    expect(changeRows(figuresFor(core10People(5, 4, 3), true))).toEqual({
      improved: ['5 (42%)', '12'],
      same: ['<5', '12'],
      worse: ['<5', '12'],
      clinically: ['Not shown', '9'],
    });
  });

  it('n 20 as 10 / 6 / 4: the 6 is not shown beside the 4; clinically improved 10 of 16 is shown (6 did not)', () => {
    expect(changeRows(figuresFor(core10People(10, 6, 4), true))).toEqual({
      improved: ['10 (50%)', '20'],
      same: ['Not shown', '20'],
      worse: ['<5', '20'],
      clinically: ['10 (63%)', '16'],
    });
  });

  it('every count 5 or more: all shown with their percentages', () => {
    expect(changeRows(figuresFor(core10People(6, 7, 5), true))).toEqual({
      improved: ['6 (33%)', '18'],
      same: ['7 (39%)', '18'],
      worse: ['5 (28%)', '18'],
      clinically: ['6 (46%)', '13'],
    });
  });

  it('all zero but one: shown in full with 8 people; with 3, a zero is not shown beside the “<5”', () => {
    expect(changeRows(figuresFor(core10People(8, 0, 0), true))).toEqual({
      improved: ['8 (100%)', '8'],
      same: ['0 (0%)', '8'],
      worse: ['0 (0%)', '8'],
      clinically: ['8 (100%)', '8'],
    });
    // Clinically: 3 of 3, and the 0 who did not is not printed, so the "<5" stands alone safely.
    expect(changeRows(figuresFor(core10People(3, 0, 0), true))).toEqual({
      improved: ['<5', '<5'],
      same: ['Not shown', '<5'],
      worse: ['0', '<5'],
      clinically: ['<5', '<5'],
    });
  });

  it('with suppression off, every count is shown', () => {
    expect(changeRows(figuresFor(core10People(6, 2, 0), false))).toEqual({
      improved: ['6 (75%)', '8'],
      same: ['2 (25%)', '8'],
      worse: ['0 (0%)', '8'],
      clinically: ['6 (75%)', '8'],
    });
  });

  it('ONS4: each question’s counts are hidden as a group of their own', () => {
    // Eight people; life satisfaction 3 → 8 for six (improved) and 5 → 5 for two; the other questions unchanged.
    const ons = (life: number): Answers => ({ 'life-satisfaction': life, worthwhile: 5, happiness: 5, anxiety: 5 });
    const completions = Array.from({ length: 8 }, (_, i): ReportCompletion[] => [
      { memberId: `p${i}`, measureId: 'ons4', date: '2025-05-01', answers: ons(i < 6 ? 3 : 5) },
      { memberId: `p${i}`, measureId: 'ons4', date: '2026-02-01', answers: ons(i < 6 ? 8 : 5) },
    ]).flat();
    const m = figuresFor(completions, true, 'ons4');
    expect(changeRows(m, 'item-life-satisfaction')).toMatchObject({ improved: ['6 (75%)', '8'], same: ['<5', '8'], worse: ['Not shown', '8'] });
    // Worthwhile: all eight the same; nothing small, so nothing hidden.
    expect(changeRows(m, 'item-worthwhile')).toMatchObject({ improved: ['0 (0%)', '8'], same: ['8 (100%)', '8'], worse: ['0 (0%)', '8'] });
  });

  it('draws no bar for a count the table does not show, and says it as the table does', () => {
    const charts = figuresFor(core10People(6, 2, 0), true).charts ?? [];
    expect(charts.map((c) => c.bars.map((b) => [b.value, b.shown]))).toEqual([
      [
        [6, '6'],
        [null, '<5'],
        [null, 'Not shown'],
      ],
    ]);
  });

  it('says what “Not shown” means under the tables', () => {
    const o = { measures: [figuresFor(core10People(10, 6, 4), true)] };
    expect(outcomesHiddenNote(o)).toBe(
      '“<5”: between 1 and 4 people, not shown so that nobody can be identified. “Not shown”: an average of fewer than 5 people, or a count hidden beside a “<5” so that it cannot be worked out from n.',
    );
    expect(outcomesHiddenNote({ measures: [figuresFor(core10People(6, 7, 5), true)] })).toBeUndefined();
  });
});

describe('complementary suppression in the whole report', () => {
  // Given at the funded group, so they are the grant's.
  const figures = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true, outcomes: { completions: core10People(6, 2, 0, G1), measures: BUILT_IN_MEASURES } }));

  it('the CSV prints the same hidden figures as the screen and the PDF (all three read the rows)', () => {
    const rows = reportCsvRows(figures, { outcomeProgress: [], madeOn: '2026-04-20' });
    expect(rows).toContainEqual({ section: 'Outcomes this period', figure: 'CORE-10: Clinical score: Worse', value: 'Not shown', notes: 'n = 8' });
    expect(rows).toContainEqual({ section: 'Outcomes this period', figure: 'CORE-10: Clinical score: No reliable change', value: '<5', notes: 'n = 8' });
  });

  it('the appendix says a second figure is hidden in the outcome measures, and only small counts in the tables of people', () => {
    const how = figures.definitions.find((d) => d.figure === 'Small numbers')?.how;
    expect(how).toContain('Apart from the outcome measures, only the counts under 5 are hidden');
    expect(how).toContain('a second figure is hidden when the first could be worked out from the total');
    expect(how).toContain('the smallest of the other two (even a 0) is “Not shown” too');
    const without = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true })).definitions.find((d) => d.figure === 'Small numbers')?.how;
    expect(without).toContain('Only the counts under 5 are hidden');
    expect(without).not.toContain('second figure');
  });
});
