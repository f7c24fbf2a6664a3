import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocument } from '../../../electron/pdf/report';
import { BUILT_IN_MEASURES } from '../../../shared/domain/outcome-measures';
import { computeReportFigures } from '../../../shared/domain/report-figures';
import { fixtureReportData, YEAR_2 } from '../../fixtures/reports/grant-report';
import { OUTCOME_COMPLETIONS } from '../../fixtures/reports/outcome-report';
import { PdfFolder, type RenderedPdf } from './pdf-files';

/** The funder report's outcome section, read back with pdftotext (figures counted in fixtures/reports/outcome-report.ts). */

let folder: PdfFolder;
let pdf: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  const figures = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true, outcomes: { completions: OUTCOME_COMPLETIONS, measures: BUILT_IN_MEASURES } }));
  pdf = await folder.render('report-outcomes', reportDocument({ figures, caseStudies: [], outcomeProgress: [], madeOn: '2026-04-20', report: {} }));
});

afterAll(async () => {
  await folder.remove();
});

describe('the funder report PDF with outcome measures', () => {
  it('prints each measure used with its figures and their n', () => {
    expect(pdf.text).toContain('Outcome measures');
    expect(pdf.text).toContain('Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
    expect(pdf.text).toMatch(/People with a before and an after\s+5\s+5/);
    expect(pdf.text).toMatch(/Metric score: average before\s+18\.01\s+5/);
    expect(pdf.text).toMatch(/Metric score: average after\s+19\.62\s+5/);
    // Improved 3, worse 1: hidden as "<5" out of 5 people.
    expect(pdf.text).toMatch(/Improved\s+<5\s+5/);
    expect(pdf.text).toMatch(/Worse\s+<5\s+5/);
  });

  it('hides small counts and the averages of fewer than 5 people, and says so', () => {
    // CORE-10: Amira and Eluned only.
    expect(pdf.text).toMatch(/Clinical score: average before\s+Not shown\s+<5/);
    expect(pdf.text).toMatch(/Clinically and reliably improved\s+<5\s+<5/);
    expect(pdf.flow).toContain('“<5”: between 1 and 4 people, not shown so that nobody can be identified. “Not shown”: an average of fewer than 5 people, or a count hidden beside a “<5” so that it cannot be worked out from n.');
  });

  it('defines the pairs in the appendix', () => {
    expect(pdf.flow).toContain('Outcomes: before and after');
  });
});
