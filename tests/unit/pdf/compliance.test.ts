import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceDocument, type CompliancePrintRow } from '../../../electron/pdf/compliance';
import { fontSizes, PdfFolder, type RenderedPdf } from './pdf-files';

let folder: PdfFolder;
let sheet: RenderedPdf;

const row = (name: string, overrides: Partial<CompliancePrintRow> = {}): CompliancePrintRow => ({
  name,
  roles: 'Peer group facilitator',
  dbs: { state: 'ok', text: 'OK: renewal due 20/11/2029' },
  training: { state: 'ok', text: 'OK: all 2 done; first expiry 01/01/2029' },
  supervision: { state: 'ok', text: 'OK: next supervision due 14/12/2026' },
  ...overrides,
});

const data = {
  organisationName: 'Helping One Another',
  printedOn: '2026-11-23',
  filterText: 'Every active volunteer',
  activeCount: 40,
  rows: [
    row('Siân ap Llŷr', { dbs: { state: 'due-soon', text: 'Due soon: renewal by 30/11/2026 (in 7 days)' } }),
    row('Łukasz Wróbel', { training: { state: 'overdue', text: 'Overdue: Safeguarding adults (expired 22/11/2026)' } }),
    row('Zoë Brontë', { supervision: { state: 'missing', text: 'Missing: none recorded (every 4 weeks)' } }),
    ...Array.from({ length: 37 }, (_, i) => row(`Volunteer ${i + 1}`)),
  ],
};

beforeAll(async () => {
  folder = await PdfFolder.create();
  sheet = await folder.render('compliance', complianceDocument(data));
});
afterAll(async () => {
  await folder.remove();
});

describe('the compliance sheet', () => {
  it('is landscape A4 with a title, the filter and counts', () => {
    expect(sheet.info['Page size']).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(sheet.info['Title']).toBe('Volunteer compliance');
    expect(sheet.flow).toContain('Every active volunteer · 40 of 40 active volunteers shown · 3 with something to do · as at 23/11/2026');
    sheet.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${sheet.pageCount}`));
  });

  it('gives every state in words with a symbol, and a key to the symbols', () => {
    expect(sheet.flow).toContain('Key: √ OK ! due soon (within 60 days; supervision within 7) × overdue ○ missing');
    expect(sheet.flow).toContain('! Due soon: renewal by 30/11/2026 (in 7 days)');
    expect(sheet.flow).toContain('× Overdue: Safeguarding adults (expired 22/11/2026)');
    expect(sheet.flow).toContain('○ Missing: none recorded (every 4 weeks)');
    expect(sheet.flow).toContain('√ OK: renewal due 20/11/2029');
  });

  it('keeps every volunteer, names with accents, headings on each page, and marks it confidential', () => {
    for (const name of ['Siân ap Llŷr', 'Łukasz Wróbel', 'Zoë Brontë', 'Volunteer 37']) expect(sheet.flow).toContain(name);
    for (const page of sheet.pages) expect(page).toMatch(/Volunteer\s+Roles\s+DBS\s+Training\s+Supervision/);
    expect(sheet.text).toContain('Confidential: contains personal details');
  });

  it('never prints smaller than 11 pt', () => {
    expect(Math.min(...fontSizes(complianceDocument(data).content))).toBeGreaterThanOrEqual(11);
  });

  it('says so when nobody matches', async () => {
    const empty = await folder.render('compliance-empty', complianceDocument({ ...data, rows: [], filterText: 'Needs action in the next 30 days' }));
    expect(empty.text).toContain('No active volunteers match.');
  });
});
