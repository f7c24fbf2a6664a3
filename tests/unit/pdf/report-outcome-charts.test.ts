import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bars } from '../../../electron/pdf/chart';
import { reportDocument } from '../../../electron/pdf/report';
import { BUILT_IN_MEASURES } from '../../../shared/domain/outcome-measures';
import { computeReportFigures } from '../../../shared/domain/report-figures';
import type { ReportCompletion } from '../../../shared/domain/report-outcomes';
import { fixtureReportData, G1, YEAR_2 } from '../../fixtures/reports/grant-report';
import { OUTCOME_COMPLETIONS, swemwbsAnswers } from '../../fixtures/reports/outcome-report';
import { PdfFolder, type RenderedPdf } from './pdf-files';

/**
 * The outcome charts in the funder report PDF (figures counted in fixtures/reports/outcome-report.ts):
 * SWEMWBS improved 3, no change 1, worse 1 of 5; CORE-10 two people, one improved, one not. With
 * small numbers hidden, four more people at G1 who improved (raw 20 → 25) make SWEMWBS 7, 1, 1 of 9.
 */

let folder: PdfFolder;
let inFull: RenderedPdf;
let hidden: RenderedPdf;

const improvedAtG1 = ['x1', 'x2', 'x3', 'x4'].flatMap((memberId): ReportCompletion[] => [
  { memberId, measureId: 'swemwbs', date: '2025-05-01', groupId: G1, answers: swemwbsAnswers(20) },
  { memberId, measureId: 'swemwbs', date: '2026-02-01', groupId: G1, answers: swemwbsAnswers(25) },
]);

const report = (suppress: boolean) =>
  reportDocument({
    figures: computeReportFigures(
      fixtureReportData(YEAR_2, { suppressSmallNumbers: suppress, outcomes: { completions: [...OUTCOME_COMPLETIONS, ...(suppress ? improvedAtG1 : [])], measures: BUILT_IN_MEASURES } }),
    ),
    caseStudies: [],
    outcomeProgress: [],
    madeOn: '2026-04-20',
    report: {},
  });

beforeAll(async () => {
  folder = await PdfFolder.create();
  [inFull, hidden] = await Promise.all([folder.render('outcome-charts-in-full', report(false)), folder.render('outcome-charts-hidden', report(true))]);
});

afterAll(async () => {
  await folder.remove();
});

/** The canvas rectangles (bars) in a piece of a document definition. */
function rects(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + rects(n), 0);
  if (node === null || typeof node !== 'object') return 0;
  return ('type' in node && node.type === 'rect' ? 1 : 0) + Object.values(node).reduce((sum: number, n) => sum + rects(n), 0);
}

describe('outcome charts in the funder report PDF', () => {
  it('draws each measure’s change under its table, with the n', () => {
    expect(inFull.text).toMatch(/Change in SWEMWBS metric score\s+Improved\s+3\s+No reliable change\s+1\s+Worse\s+1/);
    expect(inFull.flow).toContain('n = 5 people with a before and an after');
    expect(inFull.text).toMatch(/Change in CORE-10 clinical score\s+Improved\s+1\s+No reliable change\s+1\s+Worse\s+0/);
    expect(inFull.flow).toContain('n = 2 people with a before and an after');
  });

  it('prints a hidden count as "<5" and leaves out a chart of fewer than 5 people, saying why', () => {
    expect(hidden.text).toMatch(/Change in SWEMWBS metric score\s+Improved\s+7\s+No reliable change\s+<5\s+Worse\s+<5/);
    expect(hidden.flow).toContain('n = 9 people with a before and an after');
    expect(hidden.flow).toContain('Change in CORE-10 clinical score Not drawn: fewer than 5 people have a before and an after, so a bar could point to a person.');
  });

  it('draws no bar for a hidden count, and none for 0', () => {
    expect(rects(bars({ text: 'Change' }, [{ key: 'a', label: 'Improved', value: 7 }, { key: 'b', label: 'No reliable change', value: null }, { key: 'c', label: 'Worse', value: 0 }], 'n = 9'))).toBe(1);
  });
});
