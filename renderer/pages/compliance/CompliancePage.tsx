import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ComplianceFilterInput } from '../../../shared/api';
import { formatUkDateFull } from '../../../shared/dates';
import { COMPLIANCE_AREA_LABELS, COMPLIANCE_AREAS, type ComplianceArea, type CountedState } from '../../../shared/domain/compliance';
import { DUE_STATE_LABELS } from '../../../shared/domain/due-status';
import { DEFAULT_ROLES, roleLabel } from '../../../shared/domain/roles';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, SelectField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { DueStateText } from './DueState';

const WITHIN_DAYS = 30;

/** One summary count chosen as the filter: "DBS: 1 overdue" lists exactly that one person. */
interface CountFilter {
  area: ComplianceArea;
  state: CountedState;
}

const stateWords = (state: CountedState) => DUE_STATE_LABELS[state].toLowerCase();

function countFilterText(f: CountFilter): string {
  return `${COMPLIANCE_AREA_LABELS[f.area]} ${stateWords(f.state)}`;
}

function countText(n: number, what: string): string {
  return `${n} ${what}`;
}

function buildFilter(needsAction: boolean, role: string, count: CountFilter | null): ComplianceFilterInput {
  return { ...(needsAction ? { withinDays: WITHIN_DAYS } : {}), ...(role ? { role } : {}), ...(count ?? {}) };
}

/** Who needs a DBS renewal, training or supervision: one row per active volunteer, most urgent first. */
export function CompliancePage() {
  const { flash } = useFlash();
  // null until the coordinator ticks or unticks it: then it is on when anyone needs action,
  // and off when nobody does, so the page never opens on an empty list for no reason.
  const [chosenNeedsAction, setNeedsAction] = useState<boolean | null>(null);
  const [role, setRole] = useState('');
  const [count, setCount] = useState<CountFilter | null>(null);
  const { data, error } = useLoad(async () => {
    const view = await api.compliance.overview(buildFilter(chosenNeedsAction ?? true, role, count));
    if (chosenNeedsAction !== null || view.counts.needsAction > 0) return { view, needsAction: chosenNeedsAction ?? true };
    // Decided here rather than in state, so the page asks twice only when nobody needs action.
    return { view: await api.compliance.overview(buildFilter(false, role, count)), needsAction: false };
  }, [chosenNeedsAction, role, count]);
  const needsAction = chosenNeedsAction ?? data?.needsAction ?? true;
  const view = data?.view;
  // Print and CSV take the filter the list was loaded with, so they hold what is shown.
  const filter = buildFilter(needsAction, role, count);
  const everyone = !needsAction && !role && !count;

  async function exportCsv() {
    try {
      const file = await api.compliance.exportCsv(filter);
      saveDownload(file);
      flash(`Exported the volunteers shown to ${file.filename}`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    }
  }

  /** Just the people one count counts: the other filters would hide some of them. */
  function showCount(next: CountFilter) {
    setNeedsAction(false);
    setRole('');
    setCount(next);
  }

  const showing = useRef<HTMLParagraphElement>(null);

  function showEveryone() {
    setNeedsAction(false);
    setRole('');
    setCount(null);
    // The button goes once everyone shows: focus would fall to the page's start without this.
    showing.current?.focus();
  }

  const counts = view?.counts;
  const countButton = (area: ComplianceArea, state: CountedState) => {
    const n = counts ? counts[state === 'due-soon' ? 'dueSoon' : state][area] : 0;
    const words = `${n} ${stateWords(state)}`;
    // Nobody to show for a zero, so it stays words rather than a button to an empty list.
    if (n === 0) return <span>{words}</span>;
    const pressed = count?.area === area && count.state === state;
    return (
      <button type="button" className="compliance-count" aria-pressed={pressed} onClick={() => showCount({ area, state })}>
        <span className="visually-hidden">{COMPLIANCE_AREA_LABELS[area]}: </span>
        {words}
      </button>
    );
  };

  return (
    <Page
      title="Compliance"
      lede={view ? `Active volunteers, most urgent first, as at ${formatUkDateFull(view.today)}` : undefined}
      actions={
        <>
          <button type="button" className="button" onClick={() => void printPdf(() => api.compliance.printCompliance(filter), flash)}>
            Print compliance
          </button>
          <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
            Export CSV
          </button>
        </>
      }
    >
      <ErrorNotice message={error} />
      {counts ? (
        <ul className="compliance-counts" aria-label="Summary">
          <li>
            <strong>{countText(counts.needsAction, counts.needsAction === 1 ? 'volunteer needs' : 'volunteers need')} action in the next 30 days</strong>
          </li>
          {COMPLIANCE_AREAS.map((a) => (
            <li key={a}>
              {COMPLIANCE_AREA_LABELS[a]}: {countButton(a, 'overdue')}, {countButton(a, 'missing')}, {countButton(a, 'due-soon')}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="filters compliance-filters" role="group" aria-label="Filters">
        <Choice type="checkbox" label="Needs action in the next 30 days" checked={needsAction} onChange={(e) => setNeedsAction(e.target.checked)} />
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value)}>
          <option value="">Every role</option>
          {DEFAULT_ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
      </div>
      {!view ? (
        !error ? <p role="status">Loading…</p> : null
      ) : (
        <>
          <div className="compliance-showing">
            <p className="result-count" role="status" tabIndex={-1} ref={showing}>
              Showing {view.rows.length} of {view.activeCount} active volunteers
              {count ? `: ${countFilterText(count)}` : ''}
            </p>
            {!everyone ? (
              <button type="button" className="button button--secondary" onClick={showEveryone}>
                Show everyone
              </button>
            ) : null}
          </div>
          {view.rows.length === 0 ? (
            <p className="lede">{count ? `Nobody is ${countFilterText(count)}${role ? ' in this role' : ''}.` : needsAction ? 'Nobody needs action in the next 30 days.' : 'No active volunteers match.'}</p>
          ) : (
            <div className="table-wrap">
              <table className="compliance-table">
                <caption className="visually-hidden">DBS, training and supervision for each active volunteer</caption>
                <thead>
                  <tr>
                    <th scope="col">Volunteer</th>
                    <th scope="col">Roles</th>
                    <th scope="col">DBS</th>
                    <th scope="col">Training</th>
                    <th scope="col">Supervision</th>
                  </tr>
                </thead>
                <tbody>
                  {view.rows.map((r) => (
                    <tr key={r.volunteerId}>
                      <th scope="row">
                        <Link href={`/volunteers/${r.volunteerId}`}>{r.name}</Link>
                      </th>
                      <td>{r.roles.map(roleLabel).join(', ')}</td>
                      <td>
                        <DueStateText state={r.dbs.state} text={r.dbs.text} />
                      </td>
                      <td>
                        <DueStateText state={r.training.state} text={r.training.text} />
                      </td>
                      <td>
                        <DueStateText state={r.supervision.state} text={r.supervision.text} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
