import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROWS_ON_ONE_PAGE, sessionSheetDocument, sheetRows, type SessionSheetData } from '../../../electron/pdf/session-sheet';
import { PdfFolder, type RenderedPdf } from './pdf-files';

const data: SessionSheetData = {
  organisationName: 'Age UK Sutton',
  printedOn: '2026-11-23',
  memberFirstName: 'Bronwen',
  kindName: 'One-to-one peer support',
  volunteerFirstName: 'Siân',
  plannedSessions: 8,
  attended: 3,
  usualMinutes: 60,
};

/** The numbers in the sheet's first column, in order: its rows. */
function rowNumbers(pdf: RenderedPdf): number[] {
  return pdf.text
    .split('\n')
    .map((line) => /^\s*(\d+)\s*$/.exec(line)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
}

let folder: PdfFolder;
let sheet: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  sheet = await folder.render('sheet', sessionSheetDocument(data));
});
afterAll(async () => {
  await folder.remove();
});

describe('"Print session record sheet"', () => {
  it('names the member and volunteer by first name, the programme and how far it has got', () => {
    expect(sheet.info['Page size']).toMatch(/\(A4\)/);
    expect(sheet.flow).toContain('Session record: Bronwen Age UK Sutton');
    expect(sheet.flow).toContain('One-to-one peer support with Siân \u00b7 8 sessions planned \u00b7 3 attended by 23/11/2026');
  });

  it('explains the codes for how and what happened, and the usual length', () => {
    expect(sheet.flow).toContain('How: I in person \u00b7 P phone \u00b7 V video \u00b7 H home visit \u00b7 W ward visit \u00b7 O out and about');
    expect(sheet.flow).toContain('What happened: A attended \u00b7 DNA did not attend \u00b7 CM cancelled by member \u00b7 CV cancelled by volunteer');
    expect(sheet.flow).toContain('(usually 60)');
  });

  it('is one page of numbered rows, more than the planned number, with a column for each thing to write', () => {
    expect(sheet.pageCount).toBe(1);
    expect(rowNumbers(sheet)).toEqual(Array.from({ length: ROWS_ON_ONE_PAGE }, (_, i) => i + 1));
    expect(sheet.flow).toContain("No. Date How Length (mins) What happened Notes Volunteer's signature");
    expect(sheet.text).toContain('Confidential');
  });

  it('has a row for every planned session when that is more than a page, the headings again on the next', async () => {
    expect(sheetRows(8)).toBe(ROWS_ON_ONE_PAGE);
    expect(sheetRows(null)).toBe(ROWS_ON_ONE_PAGE);
    expect(sheetRows(24)).toBe(24);
    const long = await folder.render('sheet-24', sessionSheetDocument({ ...data, plannedSessions: 24 }));
    expect(long.pageCount).toBe(2);
    expect(rowNumbers(long)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(long.pages[1]).toContain('Session record: Bronwen, One-to-one peer support (continued)');
    expect(long.pages[1]).toContain('What');
    expect(long.pages[1]).toContain('Page 2 of 2');
  });

  it('says an open-ended programme is open-ended, and still fits one page with long names', async () => {
    const open = await folder.render(
      'sheet-open',
      sessionSheetDocument({
        ...data,
        organisationName: 'Hackney & City Mental Health Peer Support Network CIC',
        memberFirstName: 'Bartholomew-Gwenllian',
        volunteerFirstName: 'Maximiliana-Gwendolyn',
        kindName: 'Travel buddy for people leaving hospital after a long stay',
        plannedSessions: null,
        attended: 1,
      }),
    );
    expect(open.flow).toContain('Open-ended \u00b7 1 attended by 23/11/2026');
    expect(open.pageCount).toBe(1);
    expect(rowNumbers(open)).toHaveLength(ROWS_ON_ONE_PAGE);
  });
});
