import type { CsvMapping } from '../../../shared/csv/types';
import { api } from '../../lib/api';
import { ImportPeoplePage } from '../people/ImportPeoplePage';

const NOUN = { one: 'member', many: 'members', title: 'Members' };

/** The same import page and engine as volunteers; equality answers are never read from a file. */
export function ImportMembersPage() {
  return (
    <ImportPeoplePage
      noun={NOUN}
      listPath="/members"
      preview={(file, mapping?: CsvMapping) => api.members.importPreview({ file, ...(mapping ? { mapping } : {}) })}
      commit={(file, mapping) => api.members.importCommit({ file, mapping, allowDuplicates: true })}
      note="Equality monitoring answers are never read from a file: they are special category data, so they are added on each member's Equality monitoring tab."
    />
  );
}
