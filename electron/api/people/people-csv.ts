import type { UploadedFile } from '../../../shared/api';
import { toCsv, type CsvExportColumn } from '../../../shared/csv/export';
import { base64ByteLength, base64Length, FILE_HEAD_BYTES, uploadProblem } from '../../../shared/csv/file-check';
import { importIsClean, previewImportSteps, type ImportResult, type ImportSpec } from '../../../shared/csv/import';
import type { Steps } from '../../../shared/csv/steps';
import type { CsvField, CsvMapping } from '../../../shared/csv/types';
import { todayIso } from '../../../shared/dates';
import type { FileDownload } from '../../../shared/files';
import { duplicateImportWarnings, rowToNestedInput } from '../../../shared/domain/people-csv';
import type { DuplicateCandidate } from '../../../shared/domain/people-changes';
import { ApiError } from '../../../shared/errors';
import type { z } from 'zod';
import type { PersonKind, PersonRecord } from './person-handlers';
import { letOthersRun, runCooperatively } from '../../csv/cooperative';
import { decodeCsvBytes } from '../../csv/decode';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';

/**
 * CSV export and import for any kind of person (volunteers, members). The kind supplies
 * its columns, its import spec for the shared engine (shared/csv/import.ts) and how rows
 * become records; the rules live here once: Excel-ready files, all rows or none, possible
 * duplicates confirmed, one audit entry without values.
 */

/**
 * A kind of person for CSV import: the kind itself (its fields' headings, how a record is
 * made, where it goes) and the rules for a row, with choices written as their labels.
 */
export interface PeopleCsvKind<P extends PersonRecord<S>, I extends object, S extends string, Row extends I & DuplicateCandidate & { status: S }> {
  person: PersonKind<P, I, S>;
  /** What a CSV import reads, with the headings it recognises. */
  fields: readonly CsvField[];
  rowSchema: z.ZodType<Row>;
}

function importSpec<P extends PersonRecord<S>, I extends object, S extends string, Row extends I & DuplicateCandidate & { status: S }>(
  kind: PeopleCsvKind<P, I, S, Row>,
  ctx: AppContext,
): ImportSpec<Row> {
  return {
    fields: [...kind.fields],
    // Flat "address.postcode" keys from the mapping → the nested shape the schema reads.
    rowToInput: rowToNestedInput,
    schema: kind.rowSchema,
    // Rows that look like someone already on record, or like another row in the same file.
    warnings: duplicateImportWarnings<Row>(kind.person.all(ctx)),
    // Named next to its row number, so a problem can be found by name as well as by row.
    rowName: (values) => [values.firstName, values.lastName].filter(Boolean).join(' '),
  };
}

const RECORDS_PER_STEP = 500;

export function peopleCsvDownload<P>(plural: string, filtered: boolean, now: Date, columns: readonly CsvExportColumn<P>[], rows: readonly P[]): FileDownload {
  return {
    filename: `${plural}${filtered ? '-filtered' : ''}-${todayIso(now)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    text: toCsv(columns, rows),
  };
}

/**
 * The file's text, or a BAD_FILE error saying why it cannot be imported. Size and kind are
 * checked first, from the length of the upload and its first few KB, so a 50 MB workbook
 * or a photo is turned away before it is even decoded.
 */
async function decodeUpload(file: UploadedFile): Promise<string> {
  const head = Buffer.from(file.base64.slice(0, base64Length(FILE_HEAD_BYTES)), 'base64');
  const before = uploadProblem(file.name, base64ByteLength(file.base64), head);
  if (before !== undefined) throw new ApiError('BAD_FILE', before);
  const bytes = Buffer.from(file.base64, 'base64');
  // The length of the upload said how big the file is; the bytes themselves have the last word.
  const after = uploadProblem(file.name, bytes.length, head);
  if (after !== undefined) throw new ApiError('BAD_FILE', after);
  // Decoding 20 MB takes some tens of milliseconds each way: others get a turn in between.
  await letOthersRun();
  const text = decodeCsvBytes(bytes);
  await letOthersRun();
  return text;
}

/**
 * Reads and checks the file without saving anything. A large file is worked through a
 * slice at a time (electron/csv/cooperative.ts), so the rest of the app keeps answering.
 */
export async function previewPeopleImport<P extends PersonRecord<S>, I extends object, S extends string, Row extends I & DuplicateCandidate & { status: S }>(
  kind: PeopleCsvKind<P, I, S, Row>,
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
): Promise<ImportResult<Row>> {
  const text = await decodeUpload(file);
  return runCooperatively(previewImportSteps(importSpec(kind, ctx), file.name, text, mapping));
}

/** New records for every valid row, a batch at a time. */
function* newRecordsSteps<P extends PersonRecord<S>, I extends object, S extends string, Row extends I & DuplicateCandidate & { status: S }>(kind: PeopleCsvKind<P, I, S, Row>, rows: readonly { input: Row }[], now: Date): Steps<P[]> {
  const records: P[] = [];
  for (let start = 0; start < rows.length; start += RECORDS_PER_STEP) {
    for (const { input } of rows.slice(start, start + RECORDS_PER_STEP)) {
      // A row names its starting status; the rest is the record's own fields.
      const { status, ...fields } = input;
      records.push(kind.person.newRecord(fields as unknown as I, status, now));
    }
    yield;
  }
  return records;
}

/** All rows or none: the file is read and checked again, then saved as one commit with its audit entry. */
export async function commitPeopleImport<P extends PersonRecord<S>, I extends object, S extends string, Row extends I & DuplicateCandidate & { status: S }>(
  kind: PeopleCsvKind<P, I, S, Row>,
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
  allowDuplicates: boolean,
): Promise<{ imported: number }> {
  const { preview, valid } = await previewPeopleImport(kind, ctx, file, mapping);
  if (preview.problem) throw new ApiError('BAD_FILE', preview.problem);
  if (!importIsClean(preview)) {
    const bad = preview.totalRows - preview.validRows;
    throw new ApiError('VALIDATION', `Nothing was imported: ${bad === 1 ? '1 row has' : `${bad.toLocaleString('en-GB')} rows have`} problems. Fix them in the file and try again.`);
  }
  if (preview.warnings.length > 0 && !allowDuplicates) {
    throw new ApiError('CONFLICT', 'Some rows may be people already on record. Check the warnings, then confirm to import anyway.');
  }
  // Everything slow is done before the commit, whose build step only stages the records.
  const records = await runCooperatively(newRecordsSteps(kind, valid, ctx.now()));
  const audit = {
    action: 'import' as const,
    entity: kind.person.info.id,
    summary: `Imported ${records.length} ${kind.person.info.noun} ${records.length === 1 ? 'record' : 'records'} from a CSV file`,
  };
  await commit(ctx, audit, (tx) => {
    for (const record of records) tx.put(kind.person.collection, record, { replaces: null });
  });
  return { imported: records.length };
}
