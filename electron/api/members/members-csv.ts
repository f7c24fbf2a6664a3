import { isErased } from '../../../shared/domain/erasure';
import type { MemberFilter, UploadedFile } from '../../../shared/api';
import type { ImportResult } from '../../../shared/csv/import';
import type { CsvMapping } from '../../../shared/csv/types';
import type { FileDownload } from '../../../shared/files';
import { MEMBER_CSV_FIELDS, memberCsvColumns, memberImportRowSchema, type MemberImportRow } from '../../../shared/domain/member-csv';
import { filterMembers, sortedMembersForExport } from '../../../shared/domain/member-search';
import { membersKind } from '../../documents';
import type { AppContext } from '../core/context';
import { volunteerNames } from './member-records';
import { memberKind } from './member-kind';
import { commitPeopleImport, peopleCsvDownload, previewPeopleImport } from '../people/people-csv';

/** Members through the shared people CSV engine (people-csv.ts), as volunteers are. */
const memberCsv = { person: memberKind, fields: MEMBER_CSV_FIELDS, rowSchema: memberImportRowSchema };

export function exportMembersCsv(ctx: AppContext, input: MemberFilter & { scope: 'all' | 'filtered'; includeEquality: boolean }): FileDownload {
  // An erased person's placeholder is not a person to export.
  const all = ctx.store.get(membersKind).members.filter((m) => !isErased(m));
  const rows = sortedMembersForExport(input.scope === 'all' ? all : filterMembers(all, input));
  const columns = memberCsvColumns({ contactNames: volunteerNames(ctx), includeEquality: input.includeEquality });
  return peopleCsvDownload('members', input.scope !== 'all', ctx.now(), columns, rows);
}

export async function previewMemberImport(ctx: AppContext, file: UploadedFile, mapping: CsvMapping | undefined): Promise<ImportResult<MemberImportRow>> {
  return previewPeopleImport(memberCsv, ctx, file, mapping);
}

export async function commitMemberImport(ctx: AppContext, file: UploadedFile, mapping: CsvMapping | undefined, allowDuplicates: boolean): Promise<{ imported: number }> {
  return commitPeopleImport(memberCsv, ctx, file, mapping, allowDuplicates);
}
