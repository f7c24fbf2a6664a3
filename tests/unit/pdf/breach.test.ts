import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breachDocument } from '../../../electron/pdf/breach';
import type { Breach } from '../../../shared/domain/breaches';
import { PdfFolder } from './pdf-files';

let folder: PdfFolder;
beforeAll(async () => {
  folder = await PdfFolder.create();
});
afterAll(async () => {
  await folder.remove();
});

const breach: Breach = {
  id: 'b1',
  createdAt: '2026-12-07T09:20:00.000Z',
  updatedAt: '2026-12-07T09:20:00.000Z',
  foundDate: '2026-12-07',
  foundTime: '09:15',
  whatHappened: 'The Tuesday register was left on the 93 bus.',
  dataInvolved: 'Names and phone numbers',
  peopleAffected: 1204,
  risk: 'low',
  containment: '- Rang the bus depot\n- Told the volunteer not to take registers home',
  ico: 'not-reporting',
  icoReason: 'Handed back sealed the next morning 📦',
  peopleTold: 'no',
  lessons: 'Registers stay in the office.',
};
const print = (b: Breach) => breachDocument({ organisationName: 'Sutton Peer Support', printedOn: '2026-12-08', now: Date.parse('2026-12-08T12:00:00Z'), breach: b });

describe('the breach record on paper', () => {
  it('is A4 with every field, a decision with its reason and no countdown once the ICO question is answered', async () => {
    const pdf = await folder.render('answered', print(breach));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.info['Page size']).toMatch(/\(A4\)/);
    expect(pdf.info['Title']).toMatch(/^Data breach record: found 09:15 Mon 7 Dec 2026$/);
    for (const text of [
      'Sutton Peer Support Data breach record',
      'People affected 1,204',
      'Risk Low Unlikely to harm anyone.',
      'Containment Rang the bus depot Told the volunteer not to take registers home',
      'Reported to the ICO Decided not to report Handed back sealed the next morning',
      'People told Decided not to tell them',
      'Lessons learned Registers stay in the office.',
      'Confidential: contains personal details.',
    ]) {
      expect(pdf.flow).toContain(text);
    }
    expect(pdf.flow).not.toMatch(/Report to the ICO within|Overdue/);
  });

  it('runs a long account on to the next page rather than cutting it short', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of what happened, as the volunteer told it on the phone that evening.`).join('\n');
    const pdf = await folder.render('long', print({ ...breach, whatHappened: `${long}\nThe very last line.` }));
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(pdf.flow).toContain('Line 60 of what happened');
    expect(pdf.flow).toContain('The very last line.');
    expect(pdf.flow).toContain('Lessons learned Registers stay in the office.');
  });
});
