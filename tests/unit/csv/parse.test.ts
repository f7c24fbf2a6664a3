import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../shared/csv/parse';
import { decodeCsvBytes } from '../../../electron/csv/decode';
import { fixtureBytes } from './toy-spec';

describe('parseCsvText', () => {
  it('reads an Excel UTF-8 export: BOM, CRLF, quoted commas, doubled quotes, line breaks in a cell, trailing blank rows', () => {
    const parsed = parseCsvText(decodeCsvBytes(fixtureBytes('excel-utf8.csv')));
    expect(parsed.problem).toBeUndefined();
    expect(parsed.headers).toEqual([
      'First name',
      'Last name',
      'E-mail address',
      'Phone',
      'DOB',
      'Address',
      'Post Code',
      'Roles',
      'Notes',
    ]);
    // The second person's note has a line break in it: still one spreadsheet row.
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(parsed.rows[0]?.cells[5]).toBe('Flat 2, 10 High St');
    expect(parsed.rows[1]?.cells[8]).toBe('Prefers Welsh.\nPhone after 2pm, not before.');
    expect(parsed.rows[2]?.cells[5]).toBe('The "Old" Vicarage, Church Lane');
    expect(parsed.rows[2]?.cells[8]).toBe('Said "call me Maz"');
    expect(parsed.rows.every((r) => r.cells.length === 9)).toBe(true);
  });

  it('strips the BOM so the first heading matches', () => {
    expect(parseCsvText('\uFEFFName,Email\r\nAnn,a@b.co\r\n').headers).toEqual(['Name', 'Email']);
  });

  it('numbers rows as a spreadsheet does: a cell with line breaks of any kind is still one row', () => {
    const text = 'A,B\r\n"x\r\ny",1\r\n"p\nq\rr",2\rlast,3\n';
    const parsed = parseCsvText(text);
    expect(parsed.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, 'x\ny'],
      [3, 'p\nq\nr'],
      [4, 'last'],
    ]);
  });

  it('skips blank rows in the middle but keeps the row numbers of the rows after them', () => {
    const parsed = parseCsvText('Name\n\nAnn\n  \n,\nBob\n');
    expect(parsed.rows).toEqual([
      { row: 3, cells: ['Ann'] },
      { row: 6, cells: ['Bob'] },
    ]);
  });

  it('detects semicolons and leaves commas in the text alone', () => {
    const parsed = parseCsvText(decodeCsvBytes(fixtureBytes('semicolon.csv')));
    expect(parsed.headers).toEqual(['First name', 'Last name', 'Email', 'Address', 'Postcode']);
    expect(parsed.rows[0]?.cells).toEqual(['Aoife', 'Ní Bhriain', 'aoife@example.org', 'Flat 2, 10 High St', 'BT1 5GS']);
    expect(parsed.rows[1]?.cells[3]).toBe('4 Mill Lane, Upper Floor');
  });

  it('detects tabs', () => {
    const parsed = parseCsvText('First name\tNotes\r\nAnn\tTea, no sugar\r\n');
    expect(parsed.rows[0]?.cells).toEqual(['Ann', 'Tea, no sugar']);
  });

  it('follows a "sep=" line and does not take it for the headings', () => {
    const parsed = parseCsvText('sep=;\r\nName;Address\r\nAnn;1, High St\r\n');
    expect(parsed.headers).toEqual(['Name', 'Address']);
    // Excel hides the "sep=" line, so the headings are its row 1.
    expect(parsed.rows).toEqual([{ row: 2, cells: ['Ann', '1, High St'] }]);
  });

  it('keeps duplicate and blank headings, telling columns apart by position', () => {
    const parsed = parseCsvText('Name,Phone,Phone,,Notes\nAnn,1,2,x,y\n');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.headers).toEqual(['Name', 'Phone', 'Phone', '', 'Notes']);
  });

  it('drops empty columns at the right edge but keeps data under a missing heading', () => {
    expect(parseCsvText('Name,Email,,,\nAnn,a@b.co,,,\n').headers).toEqual(['Name', 'Email']);
    const wide = parseCsvText('Name\nAnn,extra\nBob\n');
    expect(wide.headers).toEqual(['Name', '']);
    expect(wide.rows[1]?.cells).toEqual(['Bob', '']);
  });

  it('explains an empty file', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', ',,,\r\n,,,\r\n']) {
      expect(parseCsvText(text).problem).toBe('The file is empty.');
    }
  });

  it('explains a file with headings and no rows', () => {
    const parsed = parseCsvText('First name,Email\r\n,\r\n,\r\n');
    expect(parsed.headers).toEqual(['First name', 'Email']);
    expect(parsed.problem).toBe('The file has column headings but no rows of data below them.');
  });

  it('explains a quotation mark that is never closed, with its row', () => {
    const parsed = parseCsvText('Name,Notes\nAnn,"two\nlines"\nBob,"unfinished\nCara,x\n');
    expect(parsed.problem).toMatch(/in row 3 is never closed/);
  });

  it('recognises an Excel workbook renamed to .csv', () => {
    expect(parseCsvText('PK\u0003\u0004\u0014\u0000\u0006').problem).toMatch(/Excel workbook, not a CSV file/);
  });

  it('reads a file the same in small pieces as all at once, wherever a piece ends', () => {
    const tricky = [
      'Name,Notes,Town\r\nAnn,"Flat 2, High St",Leeds\r\n"Bob ""B""","line one\r\nline two",\r\n\r\nCara,,Bangor',
      'sep=;\nName;Notes\nZoë;"a;b"\n\n',
      'Name\tNotes\rAnn\t"x\ry"\rBob\t',
      'Name,Notes\nAnn,ok\nBob,"unfinished\nCara,x\n',
      '\uFEFFName\nAnn\nBob, Jr\n',
      ...['excel-utf8.csv', 'excel-cp1252.csv', 'excel-unicode-text.txt', 'semicolon.csv', 'errors.csv'].map((name) => decodeCsvBytes(fixtureBytes(name))),
    ];
    for (const text of tricky) {
      const whole = parseCsvText(text);
      for (const chunkChars of [1, 2, 3, 5, 8, 64]) expect(parseCsvText(text, { chunkChars })).toEqual(whole);
    }
  });
});
