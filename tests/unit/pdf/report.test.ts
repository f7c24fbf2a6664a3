import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocument } from '../../../electron/pdf/report';
import type { ReportView } from '../../../shared/api';
import { computeReportFigures } from '../../../shared/domain/report-figures';
import { FIXTURE_GRANT, fixtureReportData, YEAR_2 } from '../../fixtures/reports/grant-report';
import { makePng } from '../../fixtures/reports/logo';
import { PdfFolder, type RenderedPdf } from './pdf-files';

/** The funder report read back with pdftotext, as the funder would read it. */

const run = promisify(execFile);

/** The pictures in a PDF (pdfimages -list): page and size in pixels. */
async function images(file: string): Promise<{ page: number; width: number; height: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', file]);
  return stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

function view(overrides: Partial<ReportView> = {}, suppress = true): ReportView {
  return {
    grantId: FIXTURE_GRANT.id,
    report: { id: 'r1', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', from: YEAR_2.from, to: YEAR_2.to, label: YEAR_2.label, caseStudyIds: ['c1', 'c2'], outcomeProgress: [] },
    figures: computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: suppress })),
    caseStudies: [
      { id: 'c1', title: 'Finding a voice', text: 'R came to the drop-in after a long stay in hospital.\n\nShe now co-facilitates the Tuesday group.\n- She speaks at the GP surgery\n- She trains new volunteers' },
      { id: 'c2', title: 'Back to work', text: 'S had not left the house for a year.' },
    ],
    outcomeProgress: [{ outcome: 'People feel less alone', progress: 'Of 40 people asked in March, 31 said they feel less alone.' }],
    checks: ['Never printed: this is for the screen only.'],
    madeOn: '2026-11-23',
    changesSinceSent: [],
    otherChangesSinceSent: [],
    ...overrides,
  };
}

let folder: PdfFolder;
let pdf: RenderedPdf;
let withLogo: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  pdf = await folder.render('report', reportDocument(view({ report: { ...view().report, summary: 'Our second year in words.' } })));
  const png = makePng(400, 120);
  withLogo = await folder.render('report-logo', reportDocument(view(), { logo: { fileName: 'logo.png', mimeType: 'image/png', base64: png.toString('base64'), width: 400, height: 120 } }));
});

afterAll(async () => {
  await folder.remove();
});

describe('the funder report PDF', () => {
  it('is A4 portrait with its title in the PDF properties', () => {
    expect(pdf.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.info['Title']).toBe('Report to Hallam Community Fund: Year 2: April 2025 to March 2026');
    expect(pdf.info['Author']).toBe('Hillside Peer Support');
  });

  it('has a cover naming the organisation, funder, grant and period, and nothing else on it', () => {
    const cover = pdf.pages[0]!;
    expect(cover).toContain('Hillside Peer Support');
    expect(cover).toContain('Report to Hallam Community Fund');
    expect(cover).toContain('Peer support for all');
    expect(cover).toContain('Year 2: April 2025 to March 2026');
    expect(cover).toContain('1 April 2025 to 31 March 2026');
    expect(cover).toMatch(/Grant\s+£90,000, 01\/04\/2024 to 31\/03\/2027/);
    expect(cover).toMatch(/Groups funded\s+Sunday Drop-in, Tuesday Peer Support/);
    expect(cover).toMatch(/8\s+4\s+6/);
    expect(cover).not.toContain('Headline figures');
  });

  it('numbers every page and names the report at the top of each after the cover', () => {
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
      if (i > 0) expect(page).toContain('Peer support for all: Year 2: April 2025 to March 2026');
    });
    expect(pdf.pageCount).toBeGreaterThanOrEqual(6);
  });

  it('never prints the checks meant for the screen', () => {
    expect(pdf.text).not.toContain('Never printed');
  });

  it('gives the summary, headline figures, targets and outcome progress', () => {
    expect(pdf.text).toContain('Our second year in words.');
    expect(pdf.text).toMatch(/Figure\s+This period\s+Grant to date/);
    expect(pdf.text).toMatch(/of whom new\s+4\s+8/);
    expect(pdf.text).toMatch(/of whom returning\s+4\s+1/);
    expect(pdf.text).toMatch(/Sessions held\s+6\s+8/);
    expect(pdf.flow).toContain('2 cancelled sessions not counted');
    expect(pdf.text).toMatch(/Median days from referral to assessment\s+16\.5 days\s+16\.5 days/);
    expect(pdf.text).toMatch(/Target\s+For the grant\s+This period\s+Grant to date\s+Reached/);
    expect(pdf.text).toMatch(/New people\s+12\s+4\s+8\s+67%/);
    expect(pdf.flow).toContain('“Reached” is the grant to date as a share of the target. By 31/03/2026, 67% of the grant’s time had gone.');
    expect(pdf.flow).toContain('Outcome targets People feel less alone Of 40 people asked in March, 31 said they feel less alone.');
  });

  it('states the volunteer hours and the rates they are valued at', () => {
    expect(pdf.text).toMatch(/Facilitating sessions\s+11\.5\s+14\.5/);
    expect(pdf.text).toMatch(/Preparing for sessions\s+3\.5\s+4\.5/);
    expect(pdf.flow).toContain('Rate used: Fixture wage: £12.00 an hour from 01/04/2024 (8.5 hours); £12.60 an hour from 01/10/2025 (6.5 hours)');
  });

  it('draws the three charts with labelled bars and their totals', () => {
    for (const title of ['Attendances by month', 'New people by month', 'Referrals by source']) expect(pdf.text).toContain(title);
    expect(pdf.text).toMatch(/Jun 2025\s+7/);
    expect(pdf.text).toMatch(/Nov 2025\s+6/);
    expect(pdf.text).toMatch(/Social prescriber\s+1/);
    expect(pdf.flow).toContain('Attendances in all: 27');
    expect(pdf.flow).toContain('New people in all: 4');
    expect(pdf.flow).toContain('Referrals in all: 3');
  });

  it('shows who was supported, with small numbers as "<5" and explained', () => {
    expect(pdf.text).toMatch(/Age\s+People\s+%/);
    expect(pdf.text).toMatch(/Under 18\s+<5/);
    expect(pdf.text).toMatch(/45–64\s+0\s+0%/);
    expect(pdf.text).toMatch(/Not known\s+<5/);
    expect(pdf.text).toMatch(/All people supported\s+8\s+100%/);
    expect(pdf.text).toContain('Asian, Asian British or Asian Welsh');
    expect(pdf.text).toContain('Any other White background');
    expect(pdf.text).toMatch(/Prefer not to say\s+<5/);
    expect(pdf.flow).toContain('<5: between 1 and 4 people, not shown so that nobody can be identified.');
  });

  it('prints the case studies chosen, paragraphs and bullets kept', () => {
    expect(pdf.text).toContain('Case studies');
    expect(pdf.text).toContain('Finding a voice');
    expect(pdf.text).toContain('She now co-facilitates the Tuesday group.');
    // Bullets are drawn (pdfmake's dots are not text): each item keeps its own line.
    expect(pdf.text).toMatch(/\n\s+She speaks at the GP surgery\n\s+She trains new volunteers\n/);
    expect(pdf.text).toContain('Back to work');
  });

  it('ends with an appendix defining how each figure is counted', () => {
    const last = pdf.pages.slice(-2).join('\n');
    expect(pdf.text).toContain('Appendix: how each figure is counted');
    expect(last).toContain('Value of volunteer time');
    expect(last).toContain('Small numbers');
    expect(pdf.flow).toContain('People supported whose first contact with the organisation was in the period.');
  });

  it('puts the logo on the cover when one is set, and only there', async () => {
    expect(await images(withLogo.file)).toEqual([{ page: 1, width: 400, height: 120 }]);
    expect(await images(pdf.file)).toEqual([]);
  });

  it('shows every count when suppression is off', async () => {
    const open = await folder.render('report-open', reportDocument(view({ caseStudies: [] }, false)));
    expect(open.text).toMatch(/Under 18\s+1\s+13%/);
    expect(open.text).not.toContain('<5');
    expect(open.text).not.toContain('Case stud');
  });
});
