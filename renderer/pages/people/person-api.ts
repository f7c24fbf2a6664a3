import type { DuplicateMatch, UploadedFile } from '../../../shared/api';
import type { CsvImportPreview, CsvMapping } from '../../../shared/csv/types';
import type { FileDownload } from '../../../shared/files';
import type { PeoplePage } from '../../../shared/domain/people-search';
import type { PeopleListState } from './list-state';
import type { PersonApi, StatusValues } from './person-kind';

type SavedAs<W extends string, P> = ({ status: 'saved' } & Record<W, P>) | { status: 'possible-duplicates'; matches: DuplicateMatch[] };

/**
 * An API area of people (api.volunteers, api.members): the same calls, with the fields
 * wrapped in the kind's own key ({ volunteer: … }, { member: … }).
 */
export interface PersonArea<W extends string, P, I, S extends string, Row, L> {
  get(input: { id: string }): Promise<P>;
  create(input: Record<W, I> & { status: S; allowDuplicate: boolean }): Promise<SavedAs<W, P>>;
  update(input: Record<W, I> & { id: string; allowDuplicate: boolean; expectedUpdatedAt?: string }): Promise<SavedAs<W, P>>;
  changeStatus(input: StatusValues<S> & { id: string }): Promise<P>;
  delete(input: { id: string }): Promise<unknown>;
  list(input: L & { offset: number; limit: number }): Promise<PeoplePage<Row>>;
  exportCsv(input: L & { scope: 'all' | 'filtered' }): Promise<FileDownload>;
  importPreview(input: { file: UploadedFile; mapping?: CsvMapping }): Promise<CsvImportPreview>;
  importCommit(input: { file: UploadedFile; mapping: CsvMapping; allowDuplicates: boolean }): Promise<{ imported: number }>;
}

/**
 * The pages' calls for one kind, over its API area. `wrapper` is the key its fields travel
 * in ("volunteer"); `exportOption` names the export's yes/no input, when the list offers one.
 */
export function personApi<W extends string, P, I, S extends string, Row, L extends PeopleListState>(
  area: NoInfer<PersonArea<W, P, I, S, Row, L>>,
  wrapper: W,
  exportOption?: string,
): PersonApi<P, I, S, Row, L> {
  const wrapped = (input: I) => ({ [wrapper]: input }) as Record<W, I>;
  const result = (saved: SavedAs<W, P>) => (saved.status === 'saved' ? { status: saved.status, record: saved[wrapper] } : saved);
  return {
    get: (id) => area.get({ id }),
    create: async (input, status, allowDuplicate) => result(await area.create({ ...wrapped(input), status, allowDuplicate })),
    update: async (id, input, allowDuplicate, expectedUpdatedAt) =>
      result(await area.update({ ...wrapped(input), id, allowDuplicate, ...(expectedUpdatedAt ? { expectedUpdatedAt } : {}) })),
    changeStatus: (id, change) => area.changeStatus({ id, ...change }),
    delete: (id) => area.delete({ id }),
    list: (query) => area.list(query),
    exportCsv: (state, scope, option) => area.exportCsv({ ...state, scope, ...(exportOption ? { [exportOption]: option } : {}) }),
    importPreview: (file, mapping) => area.importPreview({ file, ...(mapping ? { mapping } : {}) }),
    importCommit: (file, mapping) => area.importCommit({ file, mapping, allowDuplicates: true }),
  };
}
