/**
 * Avery address-label sheets, measured in millimetres from the top-left corner of the A4
 * page, as the manufacturer's templates give them. Labels are numbered across each row,
 * then down (1, 2, 3 on the top row of an L7160), as Word numbers them, so "start at
 * label 8" means the same thing to a coordinator as it did in their mail merge.
 */

export const LABEL_SHEETS = ['L7160', 'L7163'] as const;
export type LabelSheetCode = (typeof LABEL_SHEETS)[number];

export interface LabelSheet {
  code: LabelSheetCode;
  /** "Avery L7160 (21 labels, 3 across, 7 down)" */
  description: string;
  pageWidth: number;
  pageHeight: number;
  columns: number;
  rows: number;
  labelWidth: number;
  labelHeight: number;
  topMargin: number;
  leftMargin: number;
  columnGap: number;
  rowGap: number;
}

export const SHEETS: Record<LabelSheetCode, LabelSheet> = {
  L7160: {
    code: 'L7160',
    description: 'Avery L7160: 21 labels a sheet, 3 across and 7 down (63.5 × 38.1 mm)',
    pageWidth: 210,
    pageHeight: 297,
    columns: 3,
    rows: 7,
    labelWidth: 63.5,
    labelHeight: 38.1,
    topMargin: 15.15,
    leftMargin: 7.25,
    columnGap: 2.5,
    rowGap: 0,
  },
  L7163: {
    code: 'L7163',
    description: 'Avery L7163: 14 labels a sheet, 2 across and 7 down (99.1 × 38.1 mm)',
    pageWidth: 210,
    pageHeight: 297,
    columns: 2,
    rows: 7,
    labelWidth: 99.1,
    labelHeight: 38.1,
    topMargin: 15.15,
    leftMargin: 4.65,
    columnGap: 2.5,
    rowGap: 0,
  },
};

export function labelsPerSheet(sheet: LabelSheet): number {
  return sheet.columns * sheet.rows;
}

/** Right and bottom margins follow from the rest: for a true template they equal left and top. */
export function sheetMargins(sheet: LabelSheet): { right: number; bottom: number } {
  const used = sheet.leftMargin + sheet.columns * sheet.labelWidth + (sheet.columns - 1) * sheet.columnGap;
  const usedDown = sheet.topMargin + sheet.rows * sheet.labelHeight + (sheet.rows - 1) * sheet.rowGap;
  return { right: round(sheet.pageWidth - used), bottom: round(sheet.pageHeight - usedDown) };
}

export interface LabelBox {
  /** 1-based number of the label on its sheet. */
  number: number;
  /** 0-based sheet (page). */
  page: number;
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

// Millimetre sums like 7.25 + 2 × 66 must not come out as 139.25000000000003.
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Where label `number` (1-based) of a sheet is, in mm from the top-left corner. */
export function labelBox(sheet: LabelSheet, number: number, page = 0): LabelBox {
  const per = labelsPerSheet(sheet);
  if (!Number.isInteger(number) || number < 1 || number > per) throw new RangeError(`Label number must be 1 to ${per}`);
  const row = Math.floor((number - 1) / sheet.columns);
  const column = (number - 1) % sheet.columns;
  return {
    number,
    page,
    row,
    column,
    x: round(sheet.leftMargin + column * (sheet.labelWidth + sheet.columnGap)),
    y: round(sheet.topMargin + row * (sheet.labelHeight + sheet.rowGap)),
    width: sheet.labelWidth,
    height: sheet.labelHeight,
  };
}

/**
 * The boxes for `count` labels starting at label `startAt` of the first sheet (the labels
 * before it are already used); later sheets start at label 1.
 */
export function placeLabels(sheet: LabelSheet, startAt: number, count: number): LabelBox[] {
  const per = labelsPerSheet(sheet);
  if (!Number.isInteger(startAt) || startAt < 1 || startAt > per) throw new RangeError(`The first label must be 1 to ${per}`);
  const out: LabelBox[] = [];
  for (let i = 0; i < count; i++) {
    const slot = startAt - 1 + i;
    out.push(labelBox(sheet, (slot % per) + 1, Math.floor(slot / per)));
  }
  return out;
}

/** Sheets needed for `count` labels from `startAt`. */
export function sheetsNeeded(sheet: LabelSheet, startAt: number, count: number): number {
  return count === 0 ? 0 : Math.ceil((startAt - 1 + count) / labelsPerSheet(sheet));
}
