import type { UploadedFile, VolunteerFilter } from '../../shared/api';
import { toCsv } from '../../shared/csv/export';
import { importIsClean, previewImport, type ImportSpec } from '../../shared/csv/import';
import type { CsvImportPreview, CsvMapping } from '../../shared/csv/types';
import { todayIso } from '../../shared/dates';
import type { FileDownload } from '../../shared/domain/backups';
import {
  VOLUNTEER_CSV_COLUMNS,
  VOLUNTEER_CSV_FIELDS,
  splitImportRow,
  volunteerImportRowSchema,
  volunteerImportWarnings,
  volunteerRowToInput,
  type VolunteerImportRow,
} from '../../shared/domain/volunteer-csv';
import { filterVolunteers, sortedForExport } from '../../shared/domain/volunteer-search';
import { ApiError } from '../../shared/errors';
import { decodeCsvBytes } from '../csv/decode';
import { volunteersKind } from '../documents';
import { recordAudit } from './audit-log';
import type { AppContext } from './context';
import { newVolunteerRecord } from './volunteers';

export function exportVolunteersCsv(ctx: AppContext, input: VolunteerFilter & { scope: 'all' | 'filtered' }): FileDownload {
  const all = ctx.store.get(volunteersKind).volunteers;
  const rows = sortedForExport(input.scope === 'all' ? all : filterVolunteers(all, input));
  const suffix = input.scope === 'all' ? '' : '-filtered';
  return {
    filename: `volunteers${suffix}-${todayIso(ctx.now())}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    text: toCsv(VOLUNTEER_CSV_COLUMNS, rows),
  };
}

function decodeUpload(file: UploadedFile): string {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) throw new ApiError('BAD_FILE', `"${file.name}" is empty.`);
  return decodeCsvBytes(bytes);
}

function volunteerImportSpec(ctx: AppContext): ImportSpec<VolunteerImportRow> {
  return {
    fields: [...VOLUNTEER_CSV_FIELDS],
    rowToInput: volunteerRowToInput,
    schema: volunteerImportRowSchema,
    warnings: volunteerImportWarnings(ctx.store.get(volunteersKind).volunteers),
  };
}

export function previewVolunteerImport(
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
): { preview: CsvImportPreview; valid: { line: number; input: VolunteerImportRow }[] } {
  return previewImport(volunteerImportSpec(ctx), file.name, decodeUpload(file), mapping);
}

/** All rows or none: the file is read and checked again, then saved in one write. */
export async function commitVolunteerImport(
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
  allowDuplicates: boolean,
): Promise<{ imported: number }> {
  const { preview, valid } = previewVolunteerImport(ctx, file, mapping);
  if (preview.problem) throw new ApiError('BAD_FILE', preview.problem);
  if (!importIsClean(preview)) {
    const bad = preview.totalRows - preview.validRows;
    throw new ApiError('VALIDATION', `Nothing was imported: ${bad === 1 ? '1 row has' : `${bad.toLocaleString('en-GB')} rows have`} problems. Fix them in the file and try again.`);
  }
  if (preview.warnings.length > 0 && !allowDuplicates) {
    throw new ApiError('CONFLICT', 'Some rows may be people already on record. Check the warnings, then confirm to import anyway.');
  }
  const now = ctx.now();
  const records = valid.map((row) => {
    const { volunteer, status } = splitImportRow(row.input);
    return newVolunteerRecord(volunteer, status, now);
  });
  await ctx.store.update(volunteersKind, undefined, (doc) => {
    doc.volunteers.push(...records);
  });
  await recordAudit(ctx, {
    action: 'import',
    entity: 'volunteer',
    summary: `Imported ${records.length} volunteer ${records.length === 1 ? 'record' : 'records'} from a CSV file`,
  });
  return { imported: records.length };
}
