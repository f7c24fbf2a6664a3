import Papa from 'papaparse';
import { runSteps, type Steps } from './steps';

/**
 * Reads CSV text as Excel writes it (comma, semicolon or tab separated; quoted cells with
 * commas, doubled quotes and line breaks; a byte-order mark; blank rows at the end) into a
 * heading row and data rows. Mapping columns to fields is the import engine's job, so
 * duplicate or blank headings are kept as they are: columns are told apart by position.
 */

export interface ParsedCsvRow {
  /**
   * The row as a spreadsheet numbers it: one per record, however many line breaks its
   * cells hold, blank rows counted, a "sep=" line not (Excel hides it). With the heading in
   * the first row, the first person is row 2. What the coordinator sees in Excel, so what
   * every problem is reported by.
   */
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  headers: string[];
  rows: ParsedCsvRow[];
  /** Why the file cannot be imported at all, in words a coordinator can act on. */
  problem?: string;
}

export interface ParseOptions {
  /** Characters of text read per step; small values in tests put piece boundaries everywhere. */
  chunkChars?: number;
}

const BOM = '\uFEFF';

// Excel saved as .xlsx (a zip) and renamed, or a UTF-16 file read as something else.
const ZIP_SIGNATURE = 'PK\u0003\u0004';

// Work between steps: about a millisecond or two each.
const PARSE_CHUNK_CHARS = 64 * 1024;
const LINE_BREAK_CHUNK_CHARS = 1024 * 1024;
const ROWS_PER_STEP = 2000;
// The heading row is looked for this far into the file at most.
const HEADING_SCAN_CHARS = 1024 * 1024;

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
  for (const ch of body.slice(0, HEADING_SCAN_CHARS)) {
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

/**
 * Papaparse's own guess, for a file whose heading row has no separator: it compares the
 * first ten rows split each way, so the start of the file is all it needs to see.
 */
function guessDelimiter(body: string): string {
  return Papa.parse<string[]>(body.slice(0, HEADING_SCAN_CHARS), { delimiter: '', newline: '\n', preview: 10 }).meta.delimiter;
}

/** Reads the whole text at once (tests, small files). */
export function parseCsvText(text: string, options?: ParseOptions): ParsedCsv {
  return runSteps(parseCsvSteps(text, options));
}

/**
 * The same, a few thousand rows or 64 KB of text per step (see steps.ts), so a 20 MB file
 * can be read without holding up anything else for long.
 */
export function* parseCsvSteps(text: string, options: ParseOptions = {}): Steps<ParsedCsv> {
  const chunkChars = options.chunkChars ?? PARSE_CHUNK_CHARS;
  // Excel writes CRLF between rows but a bare LF inside a cell, and files edited by hand
  // can mix the two. One kind of line break lets the parser end a row at each of them.
  const body = yield* unifyLineBreaks(text.startsWith(BOM) ? text.slice(1) : text);

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

  // Papaparse gives records, not lines: a record's place in this list is its spreadsheet row.
  const records: string[][] = [];
  // An array rather than a `let`: TypeScript cannot see the assignment inside the callback.
  const unclosedQuoteRecords: number[] = [];

  // "sep=;" on the first line is Excel's own way of naming the separator; Excel hides the
  // line, so it is not the heading row.
  const sepLine = /^sep=([^\n])\n/i.exec(body);

  // Papaparse's own chunked reading, driven from here: each piece of text is parsed with
  // the incomplete row at its end held back and read again with the next piece.
  const parser = new Papa.Parser({
    delimiter: sepLine?.[1] ?? headingDelimiter(body) ?? guessDelimiter(body),
    newline: '\n',
    step: (result: Papa.ParseStepResult<string[][]>) => {
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedQuoteRecords.push(records.length);
      records.push(result.data[0] ?? []);
    },
  });
  let held = '';
  let heldFrom = 0;
  for (let from = 0; ; from += chunkChars) {
    const last = from + chunkChars >= body.length;
    const piece = held + body.slice(from, from + chunkChars);
    const result = parser.parse(piece, heldFrom, !last) as Papa.ParseResult<string[]>;
    if (last) break;
    held = piece.slice(result.meta.cursor - heldFrom);
    heldFrom = result.meta.cursor;
    yield;
  }

  if (sepLine) records.shift();
  // Record i (from 0, after any "sep=" line) is spreadsheet row i + 1. Records counted
  // before that line was dropped are one further on: firstRow makes up the difference.
  const firstRow = sepLine ? 0 : 1;
  const firstUsed = records.findIndex((r) => !isBlank(r));
  if (firstUsed === -1) return { headers: [], rows: [], problem: 'The file is empty.' };

  const dataRecords: ParsedCsvRow[] = [];
  for (let i = firstUsed + 1; i < records.length; i++) {
    const cells = records[i];
    if (cells && !isBlank(cells)) dataRecords.push({ row: i + 1, cells });
    if (i % ROWS_PER_STEP === 0) yield;
  }
  const rawHeaders = records[firstUsed] ?? [];

  // Excel often writes empty columns to the right of the data ("Name,Email,,,"); drop
  // columns with neither a heading nor any value so the mapping screen lists real ones.
  let width = dataRecords.reduce((w, r) => Math.max(w, r.cells.length), rawHeaders.length);
  while (width > 0 && !(yield* columnUsed(rawHeaders, dataRecords, width - 1))) width--;

  const headers = Array.from({ length: width }, (_, i) => (rawHeaders[i] ?? '').trim());
  const rows: ParsedCsvRow[] = [];
  for (const r of dataRecords) {
    rows.push({ row: r.row, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') });
    if (rows.length % ROWS_PER_STEP === 0) yield;
  }

  const unclosedQuoteRecord = unclosedQuoteRecords[0];
  if (unclosedQuoteRecord !== undefined) {
    return {
      headers,
      rows,
      problem: `A quotation mark that starts a cell in row ${unclosedQuoteRecord + firstRow} is never closed, so the rest of the file cannot be read. Open the file, add the missing " and try again.`,
    };
  }
  if (rows.length === 0) {
    return { headers, rows, problem: 'The file has column headings but no rows of data below them.' };
  }
  return { headers, rows };
}

/** CRLF and CR → LF, a megabyte at a time. */
function* unifyLineBreaks(text: string): Steps<string> {
  if (!text.includes('\r')) return text;
  const parts: string[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(from + LINE_BREAK_CHUNK_CHARS, text.length);
    // Keep a CRLF in one piece, or it would become two line breaks.
    if (text.charCodeAt(to - 1) === 13 && to < text.length) to++;
    parts.push(text.slice(from, to).replace(/\r\n?/g, '\n'));
    from = to;
    yield;
  }
  return parts.join('');
}

/** Whether a column has a heading or a value in any row. */
function* columnUsed(headers: readonly string[], rows: readonly ParsedCsvRow[], col: number): Steps<boolean> {
  if ((headers[col] ?? '').trim() !== '') return true;
  for (let i = 0; i < rows.length; i++) {
    if ((rows[i]?.cells[col] ?? '').trim() !== '') return true;
    if (i % (ROWS_PER_STEP * 10) === 0) yield;
  }
  return false;
}
