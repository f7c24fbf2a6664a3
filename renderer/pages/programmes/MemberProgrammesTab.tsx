import { useState } from 'react';
import { useLocation } from 'wouter';
import { displayName } from '../../../shared/domain/person';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { StartProgrammeDialog } from './StartProgrammeDialog';
import { ProgrammeTable } from './ProgrammeTable';

/** A member's "Programmes" tab: each programme with its counter, volunteer and status, and "Start a programme". */
export function MemberProgrammesTab({ member }: { member: { id: string; firstName: string; lastName: string; preferredName?: string | undefined } }) {
  const memberId = member.id;
  const name = displayName(member);
  const { data, error } = useLoad(() => api.programmes.forMember({ memberId }), [memberId]);
  const [starting, setStarting] = useState(false);
  const [, navigate] = useLocation();
  return (
    <>
      <div className="section-head">
        <h2>Programmes</h2>
        <button type="button" className="button" onClick={() => setStarting(true)}>
          Start a programme
        </button>
      </div>
      <ErrorNotice message={error} />
      {!data ? (
        error ? null : <p role="status">Loading…</p>
      ) : data.length === 0 ? (
        <p>No one-to-one programmes yet.</p>
      ) : (
        <ProgrammeTable rows={data} columns={['kind', 'volunteer']} caption={`${name}'s programmes`} />
      )}
      {starting ? <StartProgrammeDialog from={{ memberId }} name={name} onCancel={() => setStarting(false)} onDone={(d) => navigate(`/programmes/${d.programme.id}`)} /> : null}
    </>
  );
}
