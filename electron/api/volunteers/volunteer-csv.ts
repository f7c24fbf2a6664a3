import { isErased } from '../../../shared/domain/erasure';
import type { UploadedFile, VolunteerFilter } from '../../../shared/api';
import type { CsvImportPreview, CsvMapping } from '../../../shared/csv/types';
import type { FileDownload } from '../../../shared/files';
import { VOLUNTEER_CSV_COLUMNS, VOLUNTEER_CSV_FIELDS, volunteerImportRowSchema, type VolunteerImportRow } from '../../../shared/domain/volunteer-csv';
import { filterVolunteers, sortedForExport } from '../../../shared/domain/volunteer-search';
import { volunteersKind } from '../../documents';
import type { AppContext } from '../core/context';
import { commitPeopleImport, peopleCsvDownload, previewPeopleImport } from '../people/people-csv';
import { volunteerKind } from './volunteer-kind';

/** Volunteers through the shared people CSV engine (people-csv.ts). */
const volunteerCsv = { person: volunteerKind, fields: VOLUNTEER_CSV_FIELDS, rowSchema: volunteerImportRowSchema };

export function exportVolunteersCsv(ctx: AppContext, input: VolunteerFilter & { scope: 'all' | 'filtered' }): FileDownload {
  // An erased person's placeholder is not a person to export.
  const all = ctx.store.get(volunteersKind).volunteers.filter((v) => !isErased(v));
  const rows = sortedForExport(input.scope === 'all' ? all : filterVolunteers(all, input));
  return peopleCsvDownload('volunteers', input.scope !== 'all', ctx.now(), VOLUNTEER_CSV_COLUMNS, rows);
}

export async function previewVolunteerImport(
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
): Promise<{ preview: CsvImportPreview; valid: { line: number; input: VolunteerImportRow }[] }> {
  return previewPeopleImport(volunteerCsv, ctx, file, mapping);
}

export async function commitVolunteerImport(
  ctx: AppContext,
  file: UploadedFile,
  mapping: CsvMapping | undefined,
  allowDuplicates: boolean,
): Promise<{ imported: number }> {
  return commitPeopleImport(volunteerCsv, ctx, file, mapping, allowDuplicates);
}
