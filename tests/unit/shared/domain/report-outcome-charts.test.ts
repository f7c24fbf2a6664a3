import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES, type Answers } from '../../../../shared/domain/outcome-measures';
import { reportCsvRows } from '../../../../shared/domain/report-csv';
import { computeReportFigures } from '../../../../shared/domain/report-figures';
import { outcomesFigures, type OutcomeChart, type OutcomeMeasureFigures, type ReportCompletion } from '../../../../shared/domain/report-outcomes';
import { sentReportSchema } from '../../../../shared/domain/report-sent';
import { fixtureReportData, G1, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { OUTCOME_COMPLETIONS, swemwbsAnswers } from '../../../fixtures/reports/outcome-report';

/**
 * The charts of the report's outcome section: how many people improved, had no reliable change
 * or got worse. SWEMWBS raw 20 is metric 18.59; after it raw 25 (22.35, +3.76) is improved, raw
 * 20 no change and raw 14 (15.32, −3.27) worse (3 metric points is a meaningful change).
 */

const PERIOD = { from: '2025-04-01', to: '2026-03-31' };
const AFTER_RAW = { improved: 25, same: 20, worse: 14 } as const;

/** People at a funded place with a SWEMWBS before (raw 20) and an after of each kind. */
function swemwbsPairs(improved: number, same: number, worse: number): ReportCompletion[] {
  const kinds = [...Array<'improved'>(improved).fill('improved'), ...Array<'same'>(same).fill('same'), ...Array<'worse'>(worse).fill('worse')];
  return kinds.flatMap((kind, i) => [
    { memberId: `p${i}`, measureId: 'swemwbs', date: '2025-05-01', answers: swemwbsAnswers(20) },
    { memberId: `p${i}`, measureId: 'swemwbs', date: '2026-02-01', answers: swemwbsAnswers(AFTER_RAW[kind]) },
  ]);
}

function swemwbs(completions: ReportCompletion[], suppress: boolean): OutcomeMeasureFigures {
  const people = new Set(completions.map((c) => c.memberId));
  const o = outcomesFigures({ completions, measures: BUILT_IN_MEASURES }, { people, fundedGroupIds: new Set(), fundedProgrammeIds: new Set() }, PERIOD.from, PERIOD.to, suppress);
  const m = o?.measures.find((x) => x.measureId === 'swemwbs');
  if (!m) throw new Error('no SWEMWBS figures');
  return m;
}

const onlyChart = (m: OutcomeMeasureFigures): OutcomeChart => {
  expect(m.charts).toHaveLength(1);
  return m.charts![0]!;
};

describe('the outcome charts in a funder report', () => {
  it('draws improved, no reliable change and worse for a measure with pairs, with the n it is out of', () => {
    const chart = onlyChart(swemwbs(swemwbsPairs(7, 3, 2), false));
    expect(chart).toEqual({
      key: 'score',
      title: 'Change in SWEMWBS metric score',
      n: 'n = 12 people with a before and an after',
      bars: [
        { key: 'improved', label: 'Improved', value: 7, shown: '7' },
        { key: 'no-reliable-change', label: 'No reliable change', value: 3, shown: '3' },
        { key: 'worse', label: 'Worse', value: 2, shown: '2' },
      ],
    });
  });

  it('keeps no count the table hides: a "<5" has no bar and no number', () => {
    const m = swemwbs(swemwbsPairs(6, 4, 2), true);
    expect(m.rows.filter((r) => r.sub).map((r) => r.value)).toEqual(['6 (50%)', '<5', '<5']);
    const chart = onlyChart(m);
    expect(chart.bars.map((b) => [b.value, b.shown])).toEqual([
      [6, '6'],
      [null, '<5'],
      [null, '<5'],
    ]);
    expect(chart.n).toBe('n = 12 people with a before and an after');
  });

  it('hides a count "Not shown" in the table beside a lone "<5" in the chart too', () => {
    const m = swemwbs(swemwbsPairs(8, 4, 0), true);
    expect(m.rows.filter((r) => r.sub).map((r) => r.value)).toEqual(['8 (67%)', '<5', 'Not shown']);
    expect(onlyChart(m).bars.map((b) => [b.value, b.shown])).toEqual([
      [8, '8'],
      [null, '<5'],
      [null, 'Not shown'],
    ]);
  });

  it('never shows in the chart a count the table does not, however the people divide', () => {
    let drawn = 0;
    for (let improved = 0; improved <= 6; improved += 1) {
      for (let same = 0; same <= 6; same += 1) {
        for (let worse = 0; worse <= 6; worse += 1) {
          if (improved + same + worse === 0) continue;
          const m = swemwbs(swemwbsPairs(improved, same, worse), true);
          const chart = onlyChart(m);
          if (chart.bars.length === 0) {
            expect(chart.note).toMatch(/^Not drawn: /);
            continue;
          }
          drawn += 1;
          const table = m.rows.filter((r) => r.sub).map((r) => r.value);
          expect(chart.bars.map((b) => (b.value === null ? undefined : String(b.value)))).toEqual(table.map((v) => /^\d+/.exec(v)?.[0]));
          expect(chart.bars.map((b) => b.shown)).toEqual(table.map((v) => v.replace(/ \(\d+%\)$/, '')));
        }
      }
    }
    // Most divisions are drawn: the test is not passing by leaving every chart out.
    expect(drawn).toBeGreaterThan(100);
  });

  it('leaves the chart out, saying why, when fewer than 5 people have a pair and small numbers are hidden', () => {
    const hidden = onlyChart(swemwbs(swemwbsPairs(2, 1, 0), true));
    expect(hidden.bars).toEqual([]);
    expect(hidden.note).toBe('Not drawn: fewer than 5 people have a before and an after, so a bar could point to a person.');
    expect(hidden.n).toBe('n = fewer than 5 people with a before and an after');
    // Shown in full, the same three people are drawn.
    const shown = onlyChart(swemwbs(swemwbsPairs(2, 1, 0), false));
    expect(shown.bars.map((b) => b.value)).toEqual([2, 1, 0]);
    expect(shown.n).toBe('n = 3 people with a before and an after');
  });

  it('has no chart for a measure used with no pairs yet', () => {
    const onlyBefores = swemwbsPairs(3, 0, 0).filter((c) => c.date < '2026-01-01');
    expect(swemwbs(onlyBefores, false).charts).toEqual([]);
  });

  it('draws ONS4 question by question, each out of the people who answered it both times', () => {
    const ons4 = (memberId: string, date: string, happiness: number | null): ReportCompletion => ({
      memberId,
      measureId: 'ons4',
      date,
      answers: { 'life-satisfaction': 5, worthwhile: 5, happiness, anxiety: 5 } satisfies Answers,
    });
    const completions = [ons4('a', '2025-05-01', 3), ons4('a', '2026-01-01', 8), ons4('b', '2025-05-01', 5), ons4('b', '2026-01-01', null)];
    const o = outcomesFigures({ completions, measures: BUILT_IN_MEASURES }, { people: new Set(['a', 'b']), fundedGroupIds: new Set(), fundedProgrammeIds: new Set() }, PERIOD.from, PERIOD.to, false);
    const charts = o!.measures[0]!.charts!;
    expect(charts.map((c) => [c.title, c.n, c.bars.map((b) => b.value)])).toEqual([
      ['Change in ONS4 life satisfaction', 'n = 2 people with a before and an after', [0, 2, 0]],
      ['Change in ONS4 worthwhile', 'n = 2 people with a before and an after', [0, 2, 0]],
      ['Change in ONS4 happiness', 'n = 1 person with a before and an after', [1, 0, 0]],
      ['Change in ONS4 anxiety', 'n = 2 people with a before and an after', [0, 2, 0]],
    ]);
  });
});

describe('outcome charts in the whole report', () => {
  const figures = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true, outcomes: { completions: OUTCOME_COMPLETIONS, measures: BUILT_IN_MEASURES } }));

  it('puts each chart’s bars in the CSV, "<5" for a hidden count', () => {
    const completions = [...OUTCOME_COMPLETIONS, ...swemwbsPairs(4, 0, 0).map((c) => ({ ...c, memberId: `extra-${c.memberId}`, groupId: G1 }))];
    const more = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true, outcomes: { completions, measures: BUILT_IN_MEASURES } }));
    const rows = reportCsvRows(more, { outcomeProgress: [], madeOn: '2026-04-20' }).filter((r) => r.section === 'Change in SWEMWBS metric score');
    // The fixture's improved 3, no change 1 and worse 1, and four more improved: 7, 1, 1 of 9.
    const n = 'n = 9 people with a before and an after';
    expect(rows).toEqual([
      { section: 'Change in SWEMWBS metric score', figure: 'Improved', value: '7', notes: n },
      { section: 'Change in SWEMWBS metric score', figure: 'No reliable change', value: '<5', notes: `${n}. Between 1 and 4` },
      { section: 'Change in SWEMWBS metric score', figure: 'Worse', value: '<5', notes: `${n}. Between 1 and 4` },
    ]);
  });

  it('leaves out a chart whose every count is hidden, saying why', () => {
    // Improved 3, no change 1 and worse 1 of 5 (fixtures/reports/outcome-report.ts).
    const chart = figures.outcomes!.measures.find((m) => m.measureId === 'swemwbs')!.charts?.[0];
    expect(chart).toMatchObject({ n: 'n = 5 people with a before and an after', bars: [], note: 'Not drawn: the counts are under 5 and hidden, so that nobody can be identified.' });
    expect(reportCsvRows(figures, { outcomeProgress: [], madeOn: '2026-04-20' }).filter((r) => r.section === 'Change in SWEMWBS metric score')).toEqual([]);
  });

  it('keeps the charts in a sent copy, and still reads a copy sent before there were charts', () => {
    const copy = { sentOn: '2026-04-20', recipient: 'Funder', recordedAt: '2026-04-20T10:00:00.000Z', madeOn: '2026-04-20', figures, outcomeProgress: [], caseStudies: [] };
    const stored: unknown = JSON.parse(JSON.stringify(copy));
    expect(sentReportSchema.parse(stored).figures.outcomes?.measures[0]?.charts).toHaveLength(1);
    const older = { ...figures, outcomes: { measures: figures.outcomes!.measures.map(({ charts: _none, ...m }) => m) } };
    const old = sentReportSchema.parse(JSON.parse(JSON.stringify({ ...copy, figures: older })));
    expect(old.figures.outcomes?.measures.map((m) => m.charts)).toEqual([undefined, undefined]);
  });
});
