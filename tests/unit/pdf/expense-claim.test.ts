import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expenseClaimDocument } from '../../../electron/pdf/expense-claim';
import { PdfFolder, type RenderedPdf } from './pdf-files';

let folder: PdfFolder;
let claim: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  claim = await folder.render(
    'claim',
    expenseClaimDocument({
      organisationName: 'Sutton Peer Support',
      printedOn: '2026-11-23',
      volunteerName: 'Gwenllian Ŵyn',
      monthLabel: 'November 2026',
      taxYearNotes: ['Tax year 2026–27: 9,980 business miles claimed before this month.'],
      lines: [
        { date: '2026-11-20', kindLabel: 'Mileage', description: 'Hospital visits', details: '50 miles: 20 at 45p, 30 at 25p; 1 passenger, 50 passenger miles at 5p', pence: 1900, receiptHeld: false },
        { date: '2026-11-21', kindLabel: 'Fares', description: 'Bus to Sutton', details: '', pence: 480, receiptHeld: true },
      ],
      totals: { mileage: 1900, fares: 480, other: 0, all: 2380 },
    }),
  );
});
afterAll(async () => {
  await folder.remove();
});

describe('the expenses claim form', () => {
  it('names the volunteer, the month and the organisation, on one A4 page', () => {
    expect(claim.pageCount).toBe(1);
    expect(claim.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(claim.flow).toContain('Expenses claim: November 2026');
    expect(claim.flow).toContain('Volunteer: Gwenllian Ŵyn');
    expect(claim.flow).toContain('Sutton Peer Support');
  });

  it('states the HMRC mileage rates and the tax year so far', () => {
    expect(claim.flow).toContain('Mileage rates (HMRC): 45p a mile for the first 10,000 miles in the tax year (6 April to 5 April), then 25p a mile; 5p a mile for each passenger.');
    expect(claim.flow).toContain('Tax year 2026–27: 9,980 business miles claimed before this month.');
  });

  it('shows each line, how mileage was worked out, and the totals', () => {
    expect(claim.flow).toContain('20/11/2026 Mileage Hospital visits 50 miles: 20 at 45p, 30 at 25p; 1 passenger, 50 passenger miles at 5p No £19.00');
    expect(claim.flow).toContain('21/11/2026 Fares Bus to Sutton Yes £4.80');
    expect(claim.flow).toContain('Mileage £19.00 Fares £4.80 Total claimed £23.80');
    expect(claim.flow).not.toContain('Other £');
  });

  it('has a declaration and lines to sign', () => {
    expect(claim.flow).toContain('I confirm that I spent this money while volunteering for Sutton Peer Support');
    for (const label of ['Volunteer signature', 'Approved by (name)', 'Signature', 'Paid by']) expect(claim.flow).toContain(label);
    expect(claim.flow.match(/\bDate\b/g)!.length).toBeGreaterThanOrEqual(5);
  });
});
