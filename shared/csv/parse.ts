import Papa from 'papaparse';

/**
 * Reads CSV text as Excel writes it (comma, semicolon or tab separated; quoted cells with
 * commas, doubled quotes and line breaks; a byte-order mark; blank rows at the end) into a
 * heading row and data rows. Mapping columns to fields is the import engine's job, so
 * duplicate or blank headings are kept as they are: columns are told apart by position.
 */

export interface ParsedCsvRow {
  /** Line in the file where the row starts, counting the heading row as line 1. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  headers: string[];
  rows: ParsedCsvRow[];
  /** Why the file cannot be imported at all, in words a coordinator can act on. */
  problem?: string;
}

const BOM = '\uFEFF';

// Excel saved as .xlsx (a zip) and renamed, or a UTF-16 file read as something else.
const ZIP_SIGNATURE = 'PK\u0003\u0004';

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The separator used most often in the heading row, outside quotes. Papaparse's own guess
 * looks for equal cell counts and, on a small file, cannot tell "Ann<TAB>Tea, no sugar"
 * from two comma-separated cells; headings rarely contain the separator, so counting
 * there decides. Undefined (Papaparse guesses) when the heading row has none.
 */
function headingDelimiter(body: string): string | undefined {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let seenText = false;
  for (const ch of body) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') {
      if (seenText) break;
      continue;
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') seenText = true;
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

export function parseCsvText(text: string): ParsedCsv {
  // Excel writes CRLF between rows but a bare LF inside a cell, and files edited by hand
  // can mix the two. One kind of line break makes the parser and the line count agree
  // with what a text editor shows, where each of CRLF, LF and CR ends one line.
  const body = (text.startsWith(BOM) ? text.slice(1) : text).replace(/\r\n?/g, '\n');

  if (body.startsWith(ZIP_SIGNATURE)) {
    return {
      headers: [],
      rows: [],
      problem:
        'This is an Excel workbook, not a CSV file. In Excel, choose File > Save As, pick "CSV UTF-8 (Comma delimited)", and choose the new file.',
    };
  }
  if (body.includes('\u0000')) {
    return {
      headers: [],
      rows: [],
      problem: 'This file does not look like a CSV file. In Excel, save it as "CSV UTF-8 (Comma delimited)" and try again.',
    };
  }

  const records: ParsedCsvRow[] = [];
  // An array rather than a `let`: TypeScript cannot see the assignment inside the callback.
  const unclosedQuoteLines: number[] = [];
  let line = 1;
  let counted = 0;
  let start = 0;

  // "sep=;" on the first line is Excel's own way of naming the separator; Excel hides the
  // line, so it is not the heading row.
  const sepLine = /^sep=([^\n])\n/i.exec(body);

  Papa.parse<string[]>(body, {
    header: false,
    newline: '\n',
    delimiter: sepLine?.[1] ?? headingDelimiter(body) ?? '',
    skipEmptyLines: false,
    step: (result) => {
      // The cursor points at the end of this record; the record began where the last ended.
      for (let i = counted; i < start; i++) if (body.charCodeAt(i) === 10) line++;
      counted = start;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedQuoteLines.push(line);
      records.push({ line, cells: result.data });
      start = result.meta.cursor + 1;
    },
  });

  if (sepLine) records.shift();
  const firstUsed = records.findIndex((r) => !isBlank(r.cells));
  if (firstUsed === -1) return { headers: [], rows: [], problem: 'The file is empty.' };

  const headerRecord = records[firstUsed];
  const dataRecords = records.slice(firstUsed + 1).filter((r) => !isBlank(r.cells));
  const rawHeaders = headerRecord?.cells ?? [];

  // Excel often writes empty columns to the right of the data ("Name,Email,,,"); drop
  // columns with neither a heading nor any value so the mapping screen lists real ones.
  let width = dataRecords.reduce((w, r) => Math.max(w, r.cells.length), rawHeaders.length);
  const used = (col: number): boolean =>
    (rawHeaders[col] ?? '').trim() !== '' || dataRecords.some((r) => (r.cells[col] ?? '').trim() !== '');
  while (width > 0 && !used(width - 1)) width--;

  const headers = Array.from({ length: width }, (_, i) => (rawHeaders[i] ?? '').trim());
  const rows = dataRecords.map((r) => ({
    line: r.line,
    cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
  }));

  const unclosedQuoteLine = unclosedQuoteLines[0];
  if (unclosedQuoteLine !== undefined) {
    return {
      headers,
      rows,
      problem: `A quotation mark that starts a cell on line ${unclosedQuoteLine} is never closed, so the rest of the file cannot be read. Open the file, add the missing " and try again.`,
    };
  }
  if (rows.length === 0) {
    return { headers, rows, problem: 'The file has column headings but no rows of data below them.' };
  }
  return { headers, rows };
}
