import type { UploadedFile } from '../../shared/api';
import { toCsv, type CsvExportColumn } from '../../shared/csv/export';
import { importIsClean, previewImport, type ImportResult, type ImportSpec } from '../../shared/csv/import';
import type { CsvMapping } from '../../shared/csv/types';
import { todayIso } from '../../shared/dates';
import type { FileDownload } from '../../shared/domain/backups';
import { ApiError } from '../../shared/errors';
import { decodeCsvBytes } from '../csv/decode';
import { recordAudit } from './audit-log';
import type { AppContext } from './context';

/**
 * CSV export and import for any kind of person (volunteers, members). The kind supplies
 * its columns, its import spec for the shared engine (shared/csv/import.ts) and how rows
 * become records; the rules live here once: Excel-ready files, all rows or none, possible
 * duplicates confirmed, one audit entry without values.
 */

export interface PeopleCsvKind<P, Row> {
  /** Audit entity and words: "volunteer" / "volunteers". */
  entity: string;
  plural: string;
  importSpec(ctx: AppContext): ImportSpec<Row>;
  newRecords(rows: readonly Row[], now: Date): P[];
  /** Saves new records in one write. */
  append(ctx: AppContext, records: P[]): Promise<void>;
}

export function peopleCsvDownload<P>(plural: string, filtered: boolean, now: Date, columns: readonly CsvExportColumn<P>[], rows: readonly P[]): FileDownload {
  return {
    filename: `${plural}${filtered ? '-filtered' : ''}-${todayIso(now)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    text: toCsv(columns, rows),
  };
}

function decodeUpload(file: UploadedFile): string {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) throw new ApiError('BAD_FILE', `"${file.name}" is empty.`);
  return decodeCsvBytes(bytes);
}

export function previewPeopleImport<P, Row>(kind: PeopleCsvKind<P, Row>, ctx: AppContext, file: UploadedFile, mapping: CsvMapping | undefined): ImportResult<Row> {
  return previewImport(kind.importSpec(ctx), file.name, decodeUpload(file), mapping);
}

/** All rows or none: the file is read and checked again, then saved in one write. */
export async function commitPeopleImport<P, Row>(
  kind: PeopleCsvKind<P, Row>,
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
  allowDuplicates: boolean,
): Promise<{ imported: number }> {
  const { preview, valid } = previewPeopleImport(kind, ctx, file, mapping);
  if (preview.problem) throw new ApiError('BAD_FILE', preview.problem);
  if (!importIsClean(preview)) {
    const bad = preview.totalRows - preview.validRows;
    throw new ApiError('VALIDATION', `Nothing was imported: ${bad === 1 ? '1 row has' : `${bad.toLocaleString('en-GB')} rows have`} problems. Fix them in the file and try again.`);
  }
  if (preview.warnings.length > 0 && !allowDuplicates) {
    throw new ApiError('CONFLICT', 'Some rows may be people already on record. Check the warnings, then confirm to import anyway.');
  }
  const records = kind.newRecords(
    valid.map((row) => row.input),
    ctx.now(),
  );
  await kind.append(ctx, records);
  await recordAudit(ctx, {
    action: 'import',
    entity: kind.entity,
    summary: `Imported ${records.length} ${kind.entity} ${records.length === 1 ? 'record' : 'records'} from a CSV file`,
  });
  return { imported: records.length };
}
