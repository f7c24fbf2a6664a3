import type { CsvMapping } from '../../../shared/csv/types';
import { api } from '../../lib/api';
import { ImportPeoplePage } from '../people/ImportPeoplePage';

const NOUN = { one: 'volunteer', many: 'volunteers', title: 'Volunteers' };

export function ImportVolunteersPage() {
  return (
    <ImportPeoplePage
      noun={NOUN}
      listPath="/volunteers"
      preview={(file, mapping?: CsvMapping) => api.volunteers.importPreview({ file, ...(mapping ? { mapping } : {}) })}
      commit={(file, mapping) => api.volunteers.importCommit({ file, mapping, allowDuplicates: true })}
    />
  );
}
