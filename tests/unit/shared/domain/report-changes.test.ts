import { describe, expect, it } from 'vitest';
import { changesInWords, figureChanges, otherFiguresChanged } from '../../../../shared/domain/report-changes';
import { computeReportFigures, type FigureRow, type ReportFigures } from '../../../../shared/domain/report-figures';
import { sentReportSchema } from '../../../../shared/domain/report-sent';
import { fixtureReportData, YEAR_2 } from '../../../fixtures/reports/grant-report';

const sent = computeReportFigures(fixtureReportData());

/** The same figures with some headline rows changed, as a late register would. */
function withHeadline(f: ReportFigures, change: Record<string, Partial<FigureRow>>): ReportFigures {
  return { ...f, headline: f.headline.map((r) => (change[r.key] ? { ...r, ...change[r.key] } : r)) };
}

describe('what changed in a report since it was sent', () => {
  it('names nothing when the figures are the same', () => {
    expect(figureChanges(sent, computeReportFigures(fixtureReportData()))).toEqual([]);
    expect(otherFiguresChanged(sent, structuredClone(sent))).toEqual([]);
  });

  it('names each headline figure that differs, this period first, then grant to date, with both values', () => {
    const today = withHeadline(sent, { attendances: { value: '31', toDate: '36' }, people: { value: '9' }, newPeople: { value: '5' } });
    expect(figureChanges(sent, today)).toEqual([
      { figure: 'People supported', column: 'this period', before: '8', after: '9' },
      // A row under "People supported" reads on its own with its heading.
      { figure: 'People supported, of whom new', column: 'this period', before: '4', after: '5' },
      { figure: 'Attendances', column: 'this period', before: '27', after: '31' },
      { figure: 'Attendances', column: 'grant to date', before: '32', after: '36' },
    ]);
    expect(changesInWords(figureChanges(sent, today))).toBe('People supported 8 → 9; People supported, of whom new 4 → 5; Attendances 27 → 31; Attendances (grant to date) 32 → 36');
    expect(changesInWords(figureChanges(sent, today).slice(3), { column: false })).toBe('Attendances 32 → 36');
  });

  it('names a target changed, added or taken away, but not the target rows that repeat the headline', () => {
    const today: ReportFigures = {
      ...sent,
      targets: [...sent.targets.filter((t) => t.key !== 'sessions').map((t) => (t.key === 'people' ? { ...t, target: '25', percent: '36%' } : t))],
    };
    expect(figureChanges(sent, today)).toEqual([
      { figure: 'People supported', column: 'target', before: '20', after: '25' },
      { figure: 'Sessions held', column: 'target', before: '30', after: 'none' },
    ]);
    expect(changesInWords(figureChanges(today, sent))).toBe('People supported target 25 → 20; Sessions held target none → 30');
  });

  it('says "none" for a headline row on one side only', () => {
    const today: ReportFigures = { ...sent, headline: sent.headline.filter((r) => r.key !== 'medianDays') };
    expect(figureChanges(sent, today)).toEqual([
      { figure: 'Median days from referral to assessment', column: 'this period', before: '16.5 days', after: 'none' },
      { figure: 'Median days from referral to assessment', column: 'grant to date', before: sent.headline.find((r) => r.key === 'medianDays')?.toDate, after: 'none' },
    ]);
  });

  it('notices other figures changing (charts, who the people are) when no named figure did', () => {
    const today: ReportFigures = { ...sent, charts: sent.charts.map((c, i) => (i === 0 ? { ...c, bars: c.bars.map((b, j) => (j === 0 ? { ...b, value: b.value + 1 } : b)) } : c)) };
    expect(figureChanges(sent, today)).toEqual([]);
    expect(otherFiguresChanged(sent, today)).toEqual(['the charts']);
  });
});

describe('the copy as sent', () => {
  it('reads back from the file exactly as it was kept: nothing in the figures is dropped', () => {
    // Small numbers hidden, so suppressed rows are there to be dropped if the schema missed them.
    const figures = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true }));
    const copy = {
      sentOn: '2026-04-20',
      recipient: 'Hallam Community Fund — grants@example.org',
      recordedAt: '2026-04-20T10:00:00.000Z',
      madeOn: '2026-04-20',
      figures,
      outcomeProgress: [{ outcome: 'People feel less alone', progress: '31 of 40' }],
      caseStudies: [{ id: 'c1', title: 'Finding a voice', text: 'R came to the drop-in.' }],
      summary: 'A good year.',
    };
    const stored: unknown = JSON.parse(JSON.stringify(copy));
    expect(sentReportSchema.parse(stored)).toEqual(stored);
    expect(figures.demographics.some((t) => t.rows.some((r) => r.suppressed))).toBe(true);
    expect(figures.counts.value.rates.length).toBeGreaterThan(1);
  });

  it('refuses a copy with figures missing, rather than printing a broken report', () => {
    const { headline: _gone, ...figures } = sent;
    expect(sentReportSchema.safeParse({ sentOn: '2026-04-20', recipient: 'Funder', recordedAt: 'x', madeOn: '2026-04-20', figures, outcomeProgress: [], caseStudies: [] }).success).toBe(false);
  });
});
