import type { ContentTable } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mm } from '../../../electron/pdf/layout';
import { signInSheetDocument, signInSheetsDocument } from '../../../electron/pdf/sign-in';
import { EMOJI_NAME_PRINTED, members, NAMES, signInData } from '../../fixtures/pdf/data';
import { fontSizes, PdfFolder, type RenderedPdf, squares } from './pdf-files';

const TICK_BOX = mm(8);

let folder: PdfFolder;
let sheet: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  sheet = await folder.render('sign-in', signInSheetDocument(signInData()), { uncompressed: true });
});

afterAll(async () => {
  await folder.remove();
});

/** The tables in a document definition, in order. */
function tables(node: unknown): ContentTable[] {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (node === null || typeof node !== 'object') return [];
  const found = 'table' in node ? [node as ContentTable] : [];
  return [...found, ...Object.values(node).flatMap(tables)];
}

describe('a sign-in sheet', () => {
  it('says which session it is for: group, date in words, time and place', () => {
    expect(sheet.pageCount).toBe(1);
    expect(sheet.info['Title']).toBe('Sign-in sheet: Tuesday Talk Merthyr, Tuesday 9 December 2025');
    expect(sheet.info['Author']).toBe('Cwm Taf Peer Support Network');
    expect(sheet.text).toContain('Tuesday Talk Merthyr');
    expect(sheet.text).toContain('Sign-in sheet: Tuesday 9 December 2025, 10:30–12:00');
    expect(sheet.flow).toContain('Canolfan Soar Community Centre, Pontmorlais West, Merthyr Tudful, CF47 8UB');
  });

  it('lists the members in the order given, names exact, each with its own tick box', () => {
    const positions = NAMES.slice(0, 8)
      .filter((n) => !n.startsWith('Mary-Catherine'))
      .map((name) => sheet.text.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(sheet.flow).toContain('Mary-Catherine Featherstonehaugh-Montgomery- Llewellyn-Ap-Rhys');
  });

  it('has a tick box of at least 8 mm for each member and each of at least 5 blank lines, in rows at least 9 mm tall', () => {
    const boxes = squares(sheet.bytes, TICK_BOX).sort((a, b) => a - b);
    expect(boxes).toHaveLength(8 + 5);
    const gaps = boxes.slice(1).map((y, i) => y - boxes[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(mm(9));
  });

  it('has a place for walk-ins to write their names, then the facilitators’ signatures', () => {
    const walkIns = sheet.text.indexOf('Walk-ins and visitors: write your name');
    const facilitators = sheet.text.indexOf('Facilitator');
    expect(walkIns).toBeGreaterThan(sheet.text.indexOf("Seán O'Sullivan"));
    expect(facilitators).toBeGreaterThan(walkIns);
    const after = sheet.text.slice(facilitators);
    expect(after).toMatch(/Facilitator\s+Signature\s+Facilitator\s+Signature/);
    expect(after).toMatch(/Gwenllian Ŵyn\s+Łukasz Wróbel/);
  });

  it('gives each facilitator a signature space and two spare ones, two to a row', () => {
    const nameCells = (names: string[]) => {
      const [, , signatures] = tables(signInSheetDocument(signInData({ facilitatorNames: names })).content);
      const [header, ...rows] = signatures!.table.body;
      expect(header!.map((cell) => (cell as { text: string }).text)).toEqual(['Facilitator', 'Signature', 'Facilitator', 'Signature']);
      // Name, signature, name, signature: the signature cells are left empty to sign in.
      for (const row of rows) expect([row[1], row[3]]).toEqual(['', '']);
      return rows.flatMap((row) => [row[0], row[2]].map((cell) => (cell as { text: string }).text));
    };
    expect(nameCells(['Gwenllian Ŵyn', 'Łukasz Wróbel'])).toEqual(['Gwenllian Ŵyn', 'Łukasz Wróbel', '', '']);
    expect(nameCells(['Aled Rhys'])).toEqual(['Aled Rhys', '', '', '']);
    expect(nameCells([])).toEqual(['', '']);
  });

  it('is confidential, dated and numbered', () => {
    expect(sheet.text).toContain('Confidential: contains personal details. Please shred after use.');
    expect(sheet.text).toContain('Tuesday Talk Merthyr, Tue 9 Dec 2025');
    expect(sheet.text).toContain('Printed 08/12/2025');
    expect(sheet.text).toContain('Page 1 of 1');
  });

  it('uses no text smaller than 11 pt', () => {
    expect(Math.min(...fontSizes(signInSheetDocument(signInData()).content))).toBeGreaterThanOrEqual(11);
  });

  it('fits a group of 12, five walk-in lines and the signatures on one page', async () => {
    const pdf = await folder.render('sign-in-12', signInSheetDocument(signInData({}, 12)));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain('Rhodri Pritchard');
    expect(pdf.text).toContain('Facilitator');
  });

  it('fits fifteen names, five walk-in lines and the signatures on one sheet', async () => {
    const pdf = await folder.render('sign-in-15', signInSheetDocument(signInData({}, 15)), { uncompressed: true });
    expect(pdf.pageCount).toBe(1);
    expect(squares(pdf.bytes, TICK_BOX)).toHaveLength(15 + 5);
    expect(pdf.text).toContain('Jess Morgan');
    expect(pdf.text).toMatch(/Facilitator\s+Signature\s+Facilitator\s+Signature/);
  });

  it('carries a register of 25 onto a second page that ends with names, walk-ins and signatures together', async () => {
    const pdf = await folder.render('sign-in-25', signInSheetDocument(signInData({}, 25)));
    expect(pdf.pageCount).toBe(2);
    const [first, last] = pdf.pages as [string, string];
    expect(first).toContain('Siân ap Llŷr');
    expect(first).not.toContain('Facilitator');
    expect(first).not.toContain('Walk-ins');
    expect(last).toMatch(/Name\s+Here\s+Notes/);
    expect(last).toContain('Member Number 25');
    expect(last.indexOf('Member Number 25')).toBeLessThan(last.indexOf('Walk-ins and visitors'));
    expect(last.indexOf('Walk-ins and visitors')).toBeLessThan(last.indexOf('Facilitator'));
    for (let n = 16; n <= 25; n++) expect(pdf.text.match(new RegExp(`Member Number ${n}\\b`, 'g'))).toHaveLength(1);
  });

  it('never leaves the names of a register of 16 without the signatures, nor the signatures alone', async () => {
    const pdf = await folder.render('sign-in-16', signInSheetDocument(signInData({}, 16)));
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages[1]).toMatch(/Member Number 16[\s\S]*Walk-ins and visitors[\s\S]*Facilitator/);
  });

  it('raises fewer than 5 blank lines to 5 and gives more when asked', async () => {
    const few = await folder.render('sign-in-few', signInSheetDocument(signInData({ blankRows: 2 }, 3)), { uncompressed: true });
    expect(squares(few.bytes, TICK_BOX)).toHaveLength(3 + 5);
    const many = await folder.render('sign-in-many', signInSheetDocument(signInData({ blankRows: 9 }, 3)), { uncompressed: true });
    expect(squares(many.bytes, TICK_BOX)).toHaveLength(3 + 9);
    const [, walkIns] = tables(signInSheetDocument(signInData({ blankRows: Number.NaN }, 3)).content);
    expect(walkIns?.table.body).toHaveLength(1 + 5);
  });

  it('carries a long register over pages with the headings repeated and every name once', async () => {
    const pdf = await folder.render('sign-in-long', signInSheetDocument(signInData({}, 30)), { uncompressed: true });
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(squares(pdf.bytes, TICK_BOX)).toHaveLength(30 + 5);
    for (const page of pdf.pages) expect(page).toMatch(/Name\s+Here\s+Notes/);
    for (let n = 16; n <= 30; n++) expect(pdf.text.match(new RegExp(`Member Number ${n}\\b`, 'g'))).toHaveLength(1);
    expect(pdf.text).toContain(EMOJI_NAME_PRINTED);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.pageCount}`));
  });
});

describe('a drop-in sign-in sheet', () => {
  let dropIn: RenderedPdf;
  beforeAll(async () => {
    dropIn = await folder.render(
      'drop-in',
      signInSheetDocument(signInData({ groupName: 'Friday Drop-in Café', date: '2025-12-12', dropIn: true, members: [], venue: undefined, onlineDetails: 'Zoom 845 1234 5678' })),
      { uncompressed: true },
    );
  });

  it('has 15 numbered lines to write names on, no tick boxes, and a head count box, on one page', () => {
    expect(dropIn.pageCount).toBe(1);
    expect(dropIn.text).toContain('Sign-in sheet: Friday 12 December 2025, 10:30–12:00');
    expect(dropIn.text).toMatch(/No\.\s+Name\s+Notes/);
    for (let n = 1; n <= 15; n++) expect(dropIn.text).toMatch(new RegExp(`^\\s*${n}\\s*$`, 'm'));
    expect(squares(dropIn.bytes, TICK_BOX)).toHaveLength(0);
    expect(dropIn.text).toContain('Head count');
    expect(dropIn.flow).toContain('Everyone who came, including anyone who did not write their name.');
    expect(dropIn.flow).toContain('Joining online: Zoom 845 1234 5678');
    expect(dropIn.text).toMatch(/Facilitator\s+Signature/);
  });

  it('lists nobody even if members are passed', () => {
    const doc = signInSheetDocument(signInData({ dropIn: true, blankRows: 20 }));
    const [lines] = tables(doc.content);
    expect(lines?.table.body).toHaveLength(1 + 20);
    expect(JSON.stringify(doc.content)).not.toContain('Siân');
  });
});

describe("this week's sign-in sheets", () => {
  let week: RenderedPdf;
  const sheets = [
    signInData(),
    signInData({ groupName: 'Hearing Voices Aberdâr', date: '2025-12-10', startTime: '18:00', endTime: '19:30' }, 24),
    signInData({ groupName: 'Friday Drop-in Café', date: '2025-12-12', dropIn: true, members: [] }),
  ];
  beforeAll(async () => {
    week = await folder.render('week', signInSheetsDocument(sheets));
  });

  /** The page each sheet's title is on. */
  function startPages(): number[] {
    return ['Tuesday 9 December 2025', 'Wednesday 10 December 2025', 'Friday 12 December 2025'].map((date) =>
      week.pages.findIndex((page) => page.includes(`Sign-in sheet: ${date}`)),
    );
  }

  it('gives one page to each session whose roster is 15 or fewer', async () => {
    const fifteens = await folder.render(
      'week-of-fifteens',
      signInSheetsDocument([signInData({}, 15), signInData({ groupName: 'Hearing Voices Aberdâr', date: '2025-12-10' }, 15), signInData({ date: '2025-12-11' }, 12)]),
    );
    expect(fifteens.pageCount).toBe(3);
  });

  it('puts each session on its own sheet, in order, each starting a new page', () => {
    const starts = startPages();
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBe(1);
    // The 24-member register runs over a page; the drop-in still starts on a fresh one.
    expect(starts[2]).toBe(week.pageCount - 1);
    expect(week.pageCount).toBe(4);
    expect(week.pages[0]).not.toContain('Hearing Voices');
  });

  it('names the sheet on every page and numbers pages through the whole PDF', () => {
    expect(week.pages[0]).toContain('Sheet 1 of 3: Tuesday Talk Merthyr, Tue 9 Dec 2025');
    expect(week.pages[1]).toContain('Sheet 2 of 3: Hearing Voices Aberdâr, Wed 10 Dec 2025');
    expect(week.pages[2]).toContain('Sheet 2 of 3: Hearing Voices Aberdâr, Wed 10 Dec 2025');
    expect(week.pages[3]).toContain('Sheet 3 of 3: Friday Drop-in Café, Fri 12 Dec 2025');
    week.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of 4`));
    expect(week.info['Title']).toBe('Sign-in sheets: Tuesday 9 December 2025 to Friday 12 December 2025');
  });

  it('prints each sheet’s own members', () => {
    expect(week.pages[1]).toContain(members(24)[10]!.name);
    // The last names of a long register go over with the walk-ins and signatures.
    expect(week.pages[2]).toContain(members(24)[20]!.name);
    expect(week.pages[0]).not.toContain(members(24)[20]!.name);
    expect(week.pages[3]).toContain('Head count');
  });

  it('refuses an empty week: the caller says so in words instead', () => {
    expect(() => signInSheetsDocument([])).toThrow(/at least one sheet/);
  });
});

describe('content checks', () => {
  it('leaves every drawn box at least 8 mm', () => {
    const doc = signInSheetDocument(signInData());
    const rects = JSON.stringify(doc.content).match(/"w":([\d.]+),"h":([\d.]+)/g) ?? [];
    expect(rects.length).toBeGreaterThan(0);
    for (const rect of rects) {
      const [w, h] = rect.match(/[\d.]+/g)!.map(Number);
      expect(Math.min(w!, h!)).toBeGreaterThanOrEqual(mm(8) - 0.001);
    }
  });
});
