import { describe, expect, it } from 'vitest';
import { labelBox, labelsPerSheet, placeLabels, SHEETS, sheetMargins, sheetsNeeded } from '../../../../shared/domain/labels';

describe('Avery label sheets', () => {
  it('L7160 is 21 labels of 63.5 × 38.1 mm, 3 across and 7 down, and adds up to A4 with even margins', () => {
    const s = SHEETS.L7160;
    expect([s.columns, s.rows, s.labelWidth, s.labelHeight, labelsPerSheet(s)]).toEqual([3, 7, 63.5, 38.1, 21]);
    expect([s.topMargin, s.leftMargin, s.columnGap, s.rowGap]).toEqual([15.15, 7.25, 2.5, 0]);
    expect(sheetMargins(s)).toEqual({ right: 7.25, bottom: 15.15 });
  });

  it('L7163 is 14 labels of 99.1 × 38.1 mm, 2 across and 7 down, and adds up to A4 with even margins', () => {
    const s = SHEETS.L7163;
    expect([s.columns, s.rows, s.labelWidth, s.labelHeight, labelsPerSheet(s)]).toEqual([2, 7, 99.1, 38.1, 14]);
    expect([s.topMargin, s.leftMargin, s.columnGap, s.rowGap]).toEqual([15.15, 4.65, 2.5, 0]);
    expect(sheetMargins(s)).toEqual({ right: 4.65, bottom: 15.15 });
  });

  it('numbers labels across each row, then down, as Word does', () => {
    expect(labelBox(SHEETS.L7160, 1)).toMatchObject({ row: 0, column: 0, x: 7.25, y: 15.15 });
    expect(labelBox(SHEETS.L7160, 3)).toMatchObject({ row: 0, column: 2, x: 139.25, y: 15.15 });
    expect(labelBox(SHEETS.L7160, 8)).toMatchObject({ row: 2, column: 1, x: 73.25, y: 91.35 });
    expect(labelBox(SHEETS.L7160, 21)).toMatchObject({ row: 6, column: 2, x: 139.25, y: 243.75, width: 63.5, height: 38.1 });
    expect(labelBox(SHEETS.L7163, 8)).toMatchObject({ row: 3, column: 1, x: 106.25, y: 129.45, width: 99.1 });
    expect(() => labelBox(SHEETS.L7163, 15)).toThrow(RangeError);
    expect(() => labelBox(SHEETS.L7160, 0)).toThrow(RangeError);
  });

  it('starts on a part-used sheet at the label chosen, and carries on from label 1 of the next', () => {
    const boxes = placeLabels(SHEETS.L7160, 8, 16);
    expect(boxes.map((b) => `${b.page}:${b.number}`)).toEqual([
      ...[8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((n) => `0:${n}`),
      '1:1',
      '1:2',
    ]);
    expect(sheetsNeeded(SHEETS.L7160, 8, 14)).toBe(1);
    expect(sheetsNeeded(SHEETS.L7160, 8, 15)).toBe(2);
    expect(sheetsNeeded(SHEETS.L7163, 14, 1)).toBe(1);
    expect(sheetsNeeded(SHEETS.L7163, 1, 0)).toBe(0);
    expect(() => placeLabels(SHEETS.L7163, 15, 1)).toThrow(RangeError);
  });

  it('keeps every label inside the page', () => {
    for (const sheet of Object.values(SHEETS)) {
      for (const b of placeLabels(sheet, 1, labelsPerSheet(sheet))) {
        expect(b.x).toBeGreaterThan(0);
        expect(b.y).toBeGreaterThan(0);
        expect(b.x + b.width).toBeLessThan(sheet.pageWidth);
        expect(b.y + b.height).toBeLessThan(sheet.pageHeight);
      }
    }
  });
});
