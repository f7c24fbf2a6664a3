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
  /** Line in the file where the row starts (the heading is line 1), counting line breaks inside cells. */
  line: number;
  /** Field key, when the problem belongs to one field. */
  field?: string;
  /** The field's label, for the message list. */
  fieldLabel?: string;
  message: string;
}

export interface CsvPreviewRow {
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
