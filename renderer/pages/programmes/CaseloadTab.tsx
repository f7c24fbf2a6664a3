import { DEFAULT_CASELOAD_LIMIT } from '../../../shared/domain/volunteers';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { ProgrammeTable } from './ProgrammeTable';

/** A volunteer's "Caseload" tab: whom they support, each one's counter and last contact. */
export function CaseloadTab({ volunteerId, caseloadLimit }: { volunteerId: string; caseloadLimit: number | undefined }) {
  const { data, error } = useLoad(() => api.programmes.forVolunteer({ volunteerId }), [volunteerId]);
  const open = data?.filter((r) => r.status !== 'ended') ?? [];
  return (
    <>
      <h2>Caseload</h2>
      <ErrorNotice message={error} />
      {!data ? (
        error ? null : <p role="status">Loading…</p>
      ) : (
        <>
          <p>
            Supporting {open.length} of {caseloadLimit ?? DEFAULT_CASELOAD_LIMIT}
          </p>
          {data.length === 0 ? (
            <p>Not matched with anyone yet.</p>
          ) : (
            <ProgrammeTable rows={data} columns={['member', 'kind']} caption="People this volunteer supports" />
          )}
        </>
      )}
    </>
  );
}
