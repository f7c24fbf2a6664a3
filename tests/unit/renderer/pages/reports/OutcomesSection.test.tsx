// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES } from '../../../../../shared/domain/outcome-measures';
import { outcomesFigures } from '../../../../../shared/domain/report-outcomes';
import { OutcomesSection } from '../../../../../renderer/pages/reports/OutcomesSection';
import { core10Answers } from '../../../../fixtures/reports/outcome-report';

afterEach(cleanup);

const core10 = (score: number) => ({ support: 4, cope: 4, tense: score, talking: 0, panic: 0, 'plans-end-life': 0, sleep: 0, despairing: 0, unhappy: 0, images: 0 });
const scope = { people: new Set(['a', 'b']), fundedGroupIds: new Set<string>(), fundedProgrammeIds: new Set<string>() };
// Two people, CORE-10 4 → 0 (no reliable change) and 4 → 4.
const completions = [
  { memberId: 'a', measureId: 'core-10', date: '2025-05-01', answers: core10(4) },
  { memberId: 'a', measureId: 'core-10', date: '2025-09-01', answers: core10(0) },
  { memberId: 'b', measureId: 'core-10', date: '2025-05-01', answers: core10(4) },
  { memberId: 'b', measureId: 'core-10', date: '2025-09-01', answers: core10(4) },
];
const figures = (suppress: boolean) => outcomesFigures({ completions, measures: BUILT_IN_MEASURES }, scope, '2025-04-01', '2026-03-31', suppress)!;

describe('outcome measures on the report screen', () => {
  it('shows each measure’s figures with the n beside each, and names what an indented row is of', () => {
    render(<OutcomesSection o={figures(false)} suppress={false} />);
    const table = screen.getByRole('table', { name: 'CORE-10' });
    const row = within(table).getByRole('row', { name: /Clinical score, No reliable change/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2 (100%)', '2']);
    expect(screen.queryByText(/between 1 and 4/)).toBeNull();
  });

  it('says what “<5” means when small numbers are hidden', () => {
    render(<OutcomesSection o={figures(true)} suppress={true} />);
    const row = within(screen.getByRole('table', { name: 'CORE-10' })).getByRole('row', { name: /average before/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Not shown', '<5']);
    expect(screen.getByText(/“<5”: between 1 and 4 people, not shown so that nobody can be identified\. “Not shown”: an average of fewer than 5 people/)).toBeTruthy();
  });

  it('shows a count hidden beside a lone “<5” as “Not shown”, with no percentage', () => {
    // Eight people: six 4 → 4 (no reliable change), two 4 → 12 (worse), none improved.
    const eight = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].flatMap((memberId, i) => [
      { memberId, measureId: 'core-10', date: '2025-05-01', answers: core10Answers(4) },
      { memberId, measureId: 'core-10', date: '2025-09-01', answers: core10Answers(i < 6 ? 4 : 12) },
    ]);
    const o = outcomesFigures({ completions: eight, measures: BUILT_IN_MEASURES }, { ...scope, people: new Set(eight.map((c) => c.memberId)) }, '2025-04-01', '2026-03-31', true)!;
    render(<OutcomesSection o={o} suppress={true} />);
    const table = screen.getByRole('table', { name: /^Clinical Outcomes in Routine Evaluation|^CORE-10$/ });
    const cells = (name: RegExp) => within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(/Clinical score, No reliable change/)).toEqual(['6 (75%)', '8']);
    expect(cells(/Clinical score, Worse/)).toEqual(['<5', '8']);
    expect(cells(/Clinical score, Improved/)).toEqual(['Not shown', '8']);
    expect(screen.getByText(/a count hidden beside a “<5” so that it cannot be worked out from n/)).toBeTruthy();
  });
});
