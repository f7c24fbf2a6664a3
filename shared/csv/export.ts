import Papa from 'papaparse';

/**
 * CSV files that open cleanly in Excel on a UK Windows or Mac laptop and come back through
 * the import engine unchanged.
 */

export interface CsvExportColumn<T> {
  header: string;
  value: (row: T) => string | undefined;
}

// Without the byte-order mark Excel reads UTF-8 as the local code page and "Siân" turns
// into "SiÃ¢n"; CRLF is what Excel itself writes.
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

// Excel runs a cell that starts with one of these as a formula, which lets a value typed
// into a record (`=HYPERLINK(…)`) act when the file is opened. The import engine strips
// the apostrophe again.
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeForExcel(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv<T>(columns: readonly CsvExportColumn<T>[], rows: readonly T[]): string {
  const fields = columns.map((c) => escapeForExcel(c.header));
  const data = rows.map((row) => columns.map((c) => escapeForExcel(c.value(row) ?? '')));
  // With no rows Papaparse would still end the heading line, giving a blank last row.
  const table = data.length === 0 ? [fields] : { fields, data };
  const body = Papa.unparse(table, { newline: NEWLINE, quotes: false, escapeFormulae: false });
  return `${BOM}${body}${NEWLINE}`;
}

// UK numbers spaced the usual way, so each part reads as a person would say it.
function spaceUkNumber(national: string): string {
  if (national.length < 2) return national;
  if (national.length <= 6) return `${national.slice(0, 1)} ${national.slice(1)}`;
  if (!/^0\d{9,10}$/.test(national)) return `${national.slice(0, 5)} ${national.slice(5)}`;
  if (national.length === 11) {
    if (/^02/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
    if (/^01\d1|^011/.test(national) || /^0[389]/.test(national)) {
      return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
    }
  }
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}

/**
 * A phone number as Excel will keep it: "+44 7700 900982" → "07700 900982" (a leading +
 * is read as a formula) and "07700900982" → "07700 900982" (a cell of only digits becomes
 * a number and loses its leading 0; a space keeps it as text). Numbers abroad get the
 * "00" dialling prefix instead of "+". Anything else is returned as typed.
 */
export function phoneForExcel(phone: string): string {
  const typed = phone.trim();
  if (typed === '') return '';

  const uk = /^\+\s*44\s*(?:\(\s*0\s*\)\s*)?0?\s*(\d[\d\s().-]*)$/.exec(typed);
  if (uk?.[1] !== undefined) {
    const rest = uk[1].trim();
    const national = `0${rest.replace(/\D/g, '')}`;
    // Keep the person's own spacing when they gave some; otherwise space it ourselves.
    return /\s/.test(rest) ? `0${rest}` : spaceUkNumber(national);
  }

  const abroad = /^\+\s*(\d[\d\s().-]*)$/.exec(typed);
  if (abroad?.[1] !== undefined) {
    const rest = abroad[1].trim();
    // Country codes run to 1–3 digits, so without the person's own spacing the space
    // (which keeps the cell as text) goes after the international prefix.
    return /\s/.test(rest) ? `00${rest}` : `00 ${rest}`;
  }

  if (/^\d+$/.test(typed)) return typed.startsWith('0') ? spaceUkNumber(typed) : typed;
  return typed;
}
