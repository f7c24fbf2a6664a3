import type { z } from 'zod';
import { parseCsvSteps } from './parse';
import { runSteps, type MaybeSteps, type Steps } from './steps';
import type { CsvColumn, CsvField, CsvImportPreview, CsvMapping, CsvPreviewRow, CsvRowIssue } from './types';

/**
 * The one CSV import engine. A record kind (volunteers, members, …) describes itself with
 * an ImportSpec; the engine reads the file, maps columns, validates every row with the
 * kind's API schema and reports problems by spreadsheet row. Import is all or nothing: the handler
 * runs the preview again when the coordinator confirms and saves `valid` only when
 * `importIsClean(preview)`. The work can run all at once (previewImport) or in steps
 * (previewImportSteps, see steps.ts), which the main process runs a slice at a time.
 */
export interface ImportSpec<T> {
  fields: CsvField[];
  /**
   * Turns a row's text into the API input shape: split lists, dd/mm/yyyy → ISO and so on.
   * Gets every field key: trimmed text, '' when blank or when no column is mapped.
   */
  rowToInput(values: Record<string, string>): unknown;
  /** The API input schema; its issue paths are field keys ("email", "address.postcode"). */
  schema: z.ZodType<T>;
  /**
   * Problems that do not block the import, e.g. possible duplicates. A check that looks at
   * every row of a large file can work in steps (steps.ts) rather than return them at once.
   */
  warnings?(rows: { line: number; input: T }[]): MaybeSteps<CsvRowIssue[]>;
  /**
   * Who or what a row is, to name it next to its row number ("Siân ap Gruffudd"), from the
   * same values rowToInput gets; undefined or '' when the row does not say.
   */
  rowName?(values: Record<string, string>): string | undefined;
}

export interface ImportResult<T> {
  preview: CsvImportPreview;
  valid: { line: number; input: T }[];
}

const PREVIEW_ROWS = 10;
// Rows checked between steps: each takes some tens of microseconds.
const ROWS_PER_STEP = 50;
const MAX_LISTED_ISSUES = 1000;
// A name longer than this is cut short next to its row number.
const MAX_ROW_NAME = 40;
const SAMPLES = 3;

// ---------------------------------------------------------------------------------------
// Column mapping

/** "E-mail address", "e_mail  Address*", "Post Code (home)" → "emailaddress", …, "postcode". */
export function normaliseHeading(text: string): string {
  return text
    .replace(/\([^)]*\)/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// Headings that UK spreadsheets commonly use for the same thing. Used only after exact
// matches on label, key and the kind's own aliases, so a kind that has both "phone" and
// "mobile" fields still gets each exact column first.
const SYNONYMS: readonly (readonly string[])[] = [
  ['firstname', 'forename', 'forenames', 'givenname', 'christianname', 'first'],
  ['lastname', 'surname', 'familyname', 'last'],
  ['preferredname', 'knownas', 'nickname'],
  ['email', 'emailaddress'],
  ['phone', 'telephone', 'tel', 'phonenumber', 'telephonenumber', 'telno', 'mobile', 'mobilephone', 'mobilenumber'],
  ['dateofbirth', 'dob', 'birthdate', 'birthday'],
  ['postcode', 'postalcode', 'zip', 'zipcode'],
  ['notes', 'note', 'comments', 'comment'],
];

function namesOf(field: CsvField): Set<string> {
  const lastKeyPart = field.key.split('.').pop() ?? field.key;
  const names = [field.label, field.key, lastKeyPart, ...(field.aliases ?? [])].map(normaliseHeading);
  return new Set(names.filter((n) => n !== ''));
}

function synonymsOf(names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const group of SYNONYMS) if (group.some((g) => names.has(g))) for (const g of group) out.add(g);
  return out;
}

/**
 * Guesses which column holds each field from the headings. Each column is used at most
 * once; a field with no matching heading maps to null.
 */
export function suggestMapping(fields: readonly CsvField[], headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const f of fields) mapping[f.key] = null;
  const heads = headers.map(normaliseHeading);
  const taken = new Set<number>();

  const pass = (namesFor: (f: CsvField) => ReadonlySet<string>): void => {
    for (const f of fields) {
      if (mapping[f.key] !== null) continue;
      const names = namesFor(f);
      const col = heads.findIndex((h, i) => !taken.has(i) && h !== '' && names.has(h));
      if (col !== -1) {
        mapping[f.key] = col;
        taken.add(col);
      }
    }
  };
  pass(namesOf);
  pass((f) => synonymsOf(namesOf(f)));
  return mapping;
}

// ---------------------------------------------------------------------------------------
// Values and messages

// Export puts an apostrophe before these so Excel does not run the cell as a formula.
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

function cellValue(cells: readonly string[], index: number | null | undefined): string {
  if (index === null || index === undefined) return '';
  // NFC because a Mac can save "Siân" with the accent as a separate character, which
  // would then never match the same name typed on Windows.
  const text = (cells[index] ?? '').trim().normalize('NFC');
  return ESCAPED_FORMULA.test(text) ? text.slice(1).trim() : text;
}

function lowerFirst(label: string): string {
  // Keep acronyms as they are: "DBS number" stays, "First name" → "first name".
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function quoteValue(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `"${oneLine.slice(0, 39)}…"` : `"${oneLine}"`;
}

function isBlankInput(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

function describeList(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map(String);
  return values.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * Wording for zod's built-in checks, used only where the kind's schema gave no message of
 * its own (zod prefers schema-level messages over this per-parse map).
 */
function plainMessage(issue: z.core.$ZodRawIssue, labelFor: (path: readonly PropertyKey[]) => string): string | undefined {
  const what = lowerFirst(labelFor(issue.path ?? []));
  switch (issue.code) {
    case 'invalid_type':
      if (isBlankInput(issue.input)) return `Enter ${what}`;
      if (issue.expected === 'number' || issue.expected === 'int') return `Enter ${what} as a number`;
      if (issue.expected === 'boolean') return `Enter yes or no for ${what}`;
      return `Enter ${what} in the right format`;
    case 'invalid_value':
      return `Enter one of these for ${what}: ${describeList(issue.values)}`;
    case 'invalid_format':
      return `Enter ${what} in the right format`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? `Enter ${what}` : `${capitalise(what)} must be at least ${String(issue.minimum)} characters`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `Give at least ${String(issue.minimum)} for ${what}`;
      return `${capitalise(what)} must be ${String(issue.minimum)} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `${capitalise(what)} must be ${String(issue.maximum)} characters or fewer`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Give at most ${String(issue.maximum)} for ${what}`;
      return `${capitalise(what)} must be ${String(issue.maximum)} or less`;
    case 'unrecognized_keys':
      return undefined;
    default:
      return `Check ${what}`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The field an issue belongs to: its path, or the longest start of it that is a field. */
function fieldForPath(path: readonly PropertyKey[], byKey: ReadonlyMap<string, CsvField>): CsvField | undefined {
  for (let n = path.length; n > 0; n--) {
    const field = byKey.get(path.slice(0, n).map(String).join('.'));
    if (field) return field;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Mapping checks

function mappingProblem(fields: readonly CsvField[], mapping: CsvMapping, columns: readonly CsvColumn[]): string | undefined {
  const problems: string[] = [];
  const fieldsByColumn = new Map<number, CsvField[]>();
  for (const f of fields) {
    const index = mapping[f.key];
    if (index === null || index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= columns.length) {
      problems.push(`The column chosen for ${f.label} is not in this file. Choose it again.`);
      continue;
    }
    fieldsByColumn.set(index, [...(fieldsByColumn.get(index) ?? []), f]);
  }
  for (const [index, shared] of fieldsByColumn) {
    if (shared.length < 2) continue;
    const header = columns[index]?.header ?? '';
    problems.push(`The column "${header}" is chosen for both ${joinAnd(shared.map((f) => f.label))}. Choose one column for each.`);
  }
  const missing = fields.filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined));
  if (missing.length === 1 && missing[0]) problems.push(`Choose the column that holds ${missing[0].label}.`);
  if (missing.length > 1) problems.push(`Choose the columns that hold ${joinAnd(missing.map((f) => f.label))}.`);
  return problems.length > 0 ? problems.join(' ') : undefined;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function columnName(index: number): string {
  // Spreadsheet letters (A, B, … Z, AA) so a column with no heading can still be named.
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function capIssues(issues: CsvRowIssue[], what: string): CsvRowIssue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return issues;
  const rest = issues.length - MAX_LISTED_ISSUES;
  const firstHidden = issues[MAX_LISTED_ISSUES];
  return [
    ...issues.slice(0, MAX_LISTED_ISSUES),
    {
      line: firstHidden?.line ?? 0,
      message: `…and ${rest.toLocaleString('en-GB')} more ${what}${rest === 1 ? '' : 's'} from row ${(firstHidden?.line ?? 0).toLocaleString('en-GB')} on, not listed here.`,
    },
  ];
}

// ---------------------------------------------------------------------------------------
// Preview

/**
 * Reads and checks the whole file without saving anything. With no mapping, the suggested
 * one is used. `valid` holds the parsed input of every row that passed.
 */
export function previewImport<T>(spec: ImportSpec<T>, filename: string, text: string, mapping?: CsvMapping): ImportResult<T> {
  return runSteps(previewImportSteps(spec, filename, text, mapping));
}

/** The same in steps (steps.ts), for a large file read where nothing else may wait long. */
export function* previewImportSteps<T>(spec: ImportSpec<T>, filename: string, text: string, mapping?: CsvMapping): Steps<ImportResult<T>> {
  const { fields } = spec;
  const parsed = yield* parseCsvSteps(text);
  const columns: CsvColumn[] = [];
  for (const [index, header] of parsed.headers.entries()) {
    columns.push({
      index,
      header: header === '' ? `Column ${columnName(index)} (no heading)` : header,
      samples: yield* samplesFor(parsed.rows, index),
    });
  }

  const chosen = mapping ?? suggestMapping(fields, parsed.headers);
  // Only this kind's fields, each present, so the screen and the handler see one shape.
  const fullMapping: CsvMapping = {};
  for (const f of fields) fullMapping[f.key] = chosen[f.key] ?? null;

  const base: CsvImportPreview = {
    filename,
    columns,
    fields,
    mapping: fullMapping,
    totalRows: parsed.rows.length,
    validRows: 0,
    preview: [],
    errors: [],
    warnings: [],
  };

  const problem = parsed.problem ?? mappingProblem(fields, fullMapping, columns);
  if (problem !== undefined) return { preview: { ...base, problem }, valid: [] };

  const byKey = new Map(fields.map((f) => [f.key, f]));
  const labelFor = (path: readonly PropertyKey[]): string => fieldForPath(path, byKey)?.label ?? 'this value';
  const errorMap = (issue: z.core.$ZodRawIssue): string | undefined => plainMessage(issue, labelFor);

  const errors: CsvRowIssue[] = [];
  const valid: { line: number; input: T }[] = [];
  const preview: CsvPreviewRow[] = [];
  // Row number → name, for warnings, which the kind's check reports by row number alone.
  const names = new Map<number, string>();

  for (const [n, row] of parsed.rows.entries()) {
    const values: Record<string, string> = {};
    for (const f of fields) values[f.key] = cellValue(row.cells, fullMapping[f.key]);
    const name = rowNameOf(spec, values);
    if (name !== undefined) names.set(row.row, name);

    const outcome = validateRow(spec, row.row, values, byKey, errorMap);
    if (outcome.ok) valid.push({ line: row.row, input: outcome.data });
    else errors.push(...outcome.issues.map((issue) => withName(issue, name)));

    if (preview.length < PREVIEW_ROWS) preview.push({ line: row.row, values, ok: outcome.ok });
    if (n % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }

  const found = spec.warnings?.(valid) ?? [];
  const warnings = (Array.isArray(found) ? found : yield* found).map((issue) => withName(issue, names.get(issue.line)));
  return {
    preview: {
      ...base,
      validRows: valid.length,
      preview,
      errors: capIssues(errors, 'problem'),
      warnings: capIssues(warnings, 'warning'),
    },
    valid,
  };
}

/** The row's name as the kind gives it, on one line and cut short; undefined when there is none. */
function rowNameOf<T>(spec: ImportSpec<T>, values: Record<string, string>): string | undefined {
  const name = spec.rowName?.(values)?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  return name.length > MAX_ROW_NAME ? `${name.slice(0, MAX_ROW_NAME - 1)}…` : name;
}

function withName(issue: CsvRowIssue, name: string | undefined): CsvRowIssue {
  return name === undefined || issue.name !== undefined ? issue : { ...issue, name };
}

type RowOutcome<T> = { ok: true; data: T } | { ok: false; issues: CsvRowIssue[] };

function validateRow<T>(
  spec: ImportSpec<T>,
  line: number,
  values: Record<string, string>,
  byKey: ReadonlyMap<string, CsvField>,
  errorMap: (issue: z.core.$ZodRawIssue) => string | undefined,
): RowOutcome<T> {
  let input: unknown;
  try {
    input = spec.rowToInput(values);
  } catch (e) {
    // A kind's converter should not throw, but one bad row must not stop the whole preview.
    const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
    return { ok: false, issues: [{ line, message: `This row could not be read${detail}` }] };
  }
  const result = spec.schema.safeParse(input, { error: errorMap });
  if (result.success) return { ok: true, data: result.data };

  const issues = result.error.issues.map((issue): CsvRowIssue => {
    const field = fieldForPath(issue.path, byKey);
    if (!field) return { line, message: issue.message };
    const text = values[field.key] ?? '';
    const shown = text === '' ? '' : ` (the file has ${quoteValue(text)})`;
    return { line, field: field.key, fieldLabel: field.label, message: `${issue.message}${shown}` };
  });
  return { ok: false, issues };
}

/** The first few values in a column; a column that is mostly blank is looked at all the way down. */
function* samplesFor(rows: readonly { cells: string[] }[], index: number): Steps<string[]> {
  const out: string[] = [];
  for (const [n, row] of rows.entries()) {
    const v = cellValue(row.cells, index);
    if (v !== '') out.push(v.length > 60 ? `${v.slice(0, 59)}…` : v);
    if (out.length === SAMPLES) break;
    if (n % 5000 === 4999) yield;
  }
  return out;
}

/** True when every row passed and there is something to import. */
export function importIsClean(preview: CsvImportPreview): boolean {
  return (
    preview.problem === undefined &&
    preview.errors.length === 0 &&
    preview.totalRows > 0 &&
    preview.validRows === preview.totalRows
  );
}
