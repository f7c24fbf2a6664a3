import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocument, type ReportContent } from '../../../electron/pdf/report';
import { computeReportFigures } from '../../../shared/domain/report-figures';
import { YEAR_2 } from '../../fixtures/reports/grant-report';
import { OS, PC, PM, PROGRAMME_GRANT, programmeReportData } from '../../fixtures/reports/programme-report';
import { PdfFolder, type RenderedPdf } from './pdf-files';

/** The funder report of a grant that funds programmes, read back with pdftotext (figures counted in report-programmes.test.ts). */

function content(suppress: boolean, grant = PROGRAMME_GRANT): ReportContent {
  return { figures: computeReportFigures(programmeReportData(YEAR_2, { grant, suppressSmallNumbers: suppress })), caseStudies: [], outcomeProgress: [], madeOn: '2026-04-20', report: {} };
}

let folder: PdfFolder;
let pdf: RenderedPdf;
let only: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  pdf = await folder.render('report-programmes', reportDocument(content(true)));
  only = await folder.render('report-programmes-only', reportDocument(content(false, { ...PROGRAMME_GRANT, groupIds: [], programmeKindIds: [PC, OS, PM] })));
});

afterAll(async () => {
  await folder.remove();
});

describe('the funder report PDF of a grant that funds programmes', () => {
  it('names the programmes funded on the cover, with the one-to-one figures at a glance', () => {
    const cover = pdf.pages[0]!;
    expect(cover).toMatch(/Groups funded\s+Sunday Drop-in, Tuesday Peer Support/);
    expect(cover).toMatch(/Programmes funded\s+Peer coaching, One-to-one peer support, Peer mentoring/);
    // People supported 13, new 7, one to one 6; sessions held 6, attendances 27, one-to-one sessions 14.
    expect(cover).toMatch(/13\s+7\s+6/);
    expect(cover).toMatch(/6\s+27\s+14/);
    expect(cover).toContain('One-to-one sessions');
  });

  it('has a one-to-one section with its figures, this period and grant to date', () => {
    expect(pdf.text).toContain('One-to-one support');
    expect(pdf.flow).toContain('Programmes funded: Peer coaching, One-to-one peer support, Peer mentoring.');
    expect(pdf.text).toMatch(/People supported one to one\s+6\s+6/);
    expect(pdf.text).toMatch(/of whom new\s+3\s+5/);
    expect(pdf.text).toMatch(/Sessions delivered\s+14\s+17/);
    expect(pdf.text).toMatch(/Average sessions per person\s+2\.3\s+2\.8/);
    expect(pdf.text).toMatch(/Median days from referral to first session\s+15 days\s+14 days/);
    expect(pdf.text).toMatch(/Volunteer hours on one-to-one work\s+16\.5\s+17\.8/);
  });

  it('breaks sessions down by how, and endings and onward referrals with small numbers hidden', () => {
    expect(pdf.text).toMatch(/How sessions were delivered/);
    expect(pdf.text).toMatch(/Phone\s+3\s+3/);
    expect(pdf.text).toMatch(/All sessions delivered\s+14\s+17/);
    expect(pdf.text).toMatch(/Stopped early: lost contact\s+<5\s+<5/);
    expect(pdf.text).toMatch(/Programmes ended\s+3\s+3/);
    expect(pdf.text).toMatch(/Recovery College\s+<5\s+<5/);
    expect(pdf.text).toMatch(/Onward referrals in all\s+4\s+4/);
    expect(pdf.flow).toContain('<5: between 1 and 4, not shown so that nobody can be identified.');
    expect(pdf.text).not.toContain('food bank');
  });

  it('puts the one-to-one hours in the volunteer time, and volunteers gave time to both', () => {
    expect(pdf.text).toMatch(/One-to-one sessions\s+13\.3\s+14\.3/);
    expect(pdf.text).toMatch(/Travel for one-to-one sessions\s+3\.3\s+3\.5/);
    expect(pdf.flow).toContain('4 volunteers gave their time to the funded groups and one-to-one programmes in this period.');
    expect(pdf.text).toContain('One-to-one sessions by month');
  });

  it('defines the one-to-one figures in the appendix', () => {
    const appendix = pdf.text.slice(pdf.text.indexOf('Appendix: how each figure is counted'));
    for (const figure of ['People supported one to one', 'Onward referrals', 'Wait from referral to first session', 'Volunteer hours on one-to-one work']) expect(appendix).toContain(figure);
  });

  it('a grant for programmes only has no group figures, on the cover or inside', () => {
    expect(only.pages[0]).not.toContain('Groups funded');
    expect(only.pages[0]).not.toContain('Attendances');
    expect(only.text).not.toContain('Sessions held');
    expect(only.text).not.toContain('Attendances by month');
    expect(only.text).toMatch(/Completed\s+1\s+1/);
    expect(only.flow).toContain('3 volunteers gave their time to the funded one-to-one programmes in this period.');
  });
});
