// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES } from '../../../../../shared/domain/outcome-measures';
import { outcomesFigures, type ReportCompletion } from '../../../../../shared/domain/report-outcomes';
import { OutcomesSection } from '../../../../../renderer/pages/reports/OutcomesSection';
import { core10Answers } from '../../../../fixtures/reports/outcome-report';

afterEach(cleanup);

// CORE-10 from 20: to 8 improved (−12), to 18 no reliable change, to 27 worse (+7).
const AFTER = { improved: 8, same: 18, worse: 27 } as const;
function people(kinds: readonly (keyof typeof AFTER)[]): ReportCompletion[] {
  return kinds.flatMap((kind, i) => [
    { memberId: `p${i}`, measureId: 'core-10', date: '2025-05-01', answers: core10Answers(20) },
    { memberId: `p${i}`, measureId: 'core-10', date: '2026-02-01', answers: core10Answers(AFTER[kind]) },
  ]);
}
const scope = (completions: readonly ReportCompletion[]) => ({ people: new Set(completions.map((c) => c.memberId)), fundedGroupIds: new Set<string>(), fundedProgrammeIds: new Set<string>() });
const figures = (completions: ReportCompletion[], suppress: boolean) => outcomesFigures({ completions, measures: BUILT_IN_MEASURES }, scope(completions), '2025-04-01', '2026-03-31', suppress)!;

/** Each row of the chart's table: its label, what is read in the cell, and whether a bar is drawn. */
function chartRows(name: string): [string, string, boolean][] {
  const chart = screen.getByRole('figure', { name });
  return within(chart)
    .getAllByRole('row')
    .slice(1, 4)
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', within(row).getByRole('cell').textContent ?? '', row.querySelector('.chart__bar') !== null]);
}

describe('outcome charts on the report screen', () => {
  it('draws who improved, had no reliable change or got worse under the measure’s table, with the n', () => {
    const completions = people(['improved', 'improved', 'improved', 'improved', 'improved', 'improved', 'same', 'same', 'worse']);
    render(<OutcomesSection o={figures(completions, false)} suppress={false} />);
    expect(chartRows('Change in CORE-10 clinical score')).toEqual([
      ['Improved', '6', true],
      ['No reliable change', '2', true],
      ['Worse', '1', true],
    ]);
    const chart = screen.getByRole('figure', { name: 'Change in CORE-10 clinical score' });
    expect(within(chart).getByText('n = 9 people with a before and an after')).toBeTruthy();
  });

  it('shows a hidden count as "<5" with no bar', () => {
    const completions = people(['improved', 'improved', 'improved', 'improved', 'improved', 'improved', 'same', 'same', 'worse']);
    render(<OutcomesSection o={figures(completions, true)} suppress={true} />);
    expect(chartRows('Change in CORE-10 clinical score')).toEqual([
      ['Improved', '6', true],
      ['No reliable change', '<5', false],
      ['Worse', '<5', false],
    ]);
  });

  it('shows a count withheld beside a lone "<5" as "Not shown", with no bar', () => {
    const completions = people(['improved', 'improved', 'improved', 'improved', 'improved', 'improved', 'same', 'same']);
    render(<OutcomesSection o={figures(completions, true)} suppress={true} />);
    expect(chartRows('Change in CORE-10 clinical score')).toEqual([
      ['Improved', '6', true],
      ['No reliable change', '<5', false],
      ['Worse', 'Not shown', false],
    ]);
  });

  it('says why a chart is left out when fewer than 5 people have a pair', () => {
    render(<OutcomesSection o={figures(people(['improved', 'same']), true)} suppress={true} />);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByText('Change in CORE-10 clinical score')).toBeTruthy();
    expect(screen.getByText('Not drawn: fewer than 5 people have a before and an after, so a bar could point to a person.')).toBeTruthy();
  });
});
