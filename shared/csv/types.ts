/**
 * Types for the CSV import engine (shared/csv/import.ts). One engine serves every record
 * kind (volunteers now, members later): a kind supplies its fields, how a row of text
 * becomes API input, and the zod schema that input must pass.
 */
export interface CsvField {
  /** Key in the row object handed to `rowToInput` ("firstName", "address.postcode"). */
  key: string;
  /** Column heading used on export and shown in the mapping screen ("First name"). */
  label: string;
  required?: boolean;
  /** Other headings that mean this field, matched case- and punctuation-insensitively. */
  aliases?: readonly string[];
}

export interface CsvColumn {
  index: number;
  header: string;
  /** First few non-blank values, for the mapping screen. */
  samples: string[];
}

/** Field key → column index in the file, or null when the field is not imported. */
export type CsvMapping = Record<string, number | null>;

export interface CsvRowIssue {
  /**
   * The spreadsheet row (the heading is row 1, the first data row 2), as Excel numbers it:
   * a cell with line breaks in it is still one row. Called `line` from when it counted lines.
   */
  line: number;
  /** Who the row is about ("Siân ap Gruffudd"), when the kind can tell and the row says. */
  name?: string;
  /** Field key, when the problem belongs to one field. */
  field?: string;
  /** The field's label, for the message list. */
  fieldLabel?: string;
  message: string;
}

export interface CsvPreviewRow {
  /** The spreadsheet row, as in CsvRowIssue. */
  line: number;
  values: Record<string, string>;
  ok: boolean;
}

export interface CsvImportPreview {
  filename: string;
  columns: CsvColumn[];
  fields: CsvField[];
  mapping: CsvMapping;
  totalRows: number;
  validRows: number;
  /** First rows as they will be read, for the preview table. */
  preview: CsvPreviewRow[];
  errors: CsvRowIssue[];
  /** Problems that do not stop the import, e.g. possible duplicates. */
  warnings: CsvRowIssue[];
  /** Whole-file problem ("The file is empty"); when set nothing can be imported. */
  problem?: string;
}
