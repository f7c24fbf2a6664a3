import { useState } from 'react';
import { Link } from 'wouter';
import type { ComplianceFilterInput } from '../../../shared/api';
import { formatUkDateFull } from '../../../shared/dates';
import { COMPLIANCE_AREA_LABELS, COMPLIANCE_AREAS, type ComplianceArea } from '../../../shared/domain/compliance';
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

function countText(n: number, what: string): string {
  return `${n} ${what}`;
}

/** Who needs a DBS renewal, training or supervision: one row per active volunteer. */
export function CompliancePage() {
  const { flash } = useFlash();
  const [needsAction, setNeedsAction] = useState(false);
  const [role, setRole] = useState('');
  const filter: ComplianceFilterInput = { ...(needsAction ? { withinDays: WITHIN_DAYS } : {}), ...(role ? { role } : {}) };
  const { data, error } = useLoad(() => api.compliance.overview(filter), [needsAction, role]);

  async function exportCsv() {
    try {
      const file = await api.compliance.exportCsv(filter);
      saveDownload(file);
      flash(`Exported the volunteers shown to ${file.filename}`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    }
  }

  const counts = data?.counts;
  const areaLine = (area: ComplianceArea) =>
    counts ? `${COMPLIANCE_AREA_LABELS[area]}: ${counts.overdue[area]} overdue, ${counts.missing[area]} missing, ${counts.dueSoon[area]} due soon` : '';

  return (
    <Page
      title="Compliance"
      lede={data ? `DBS checks, training and supervision of active volunteers, as at ${formatUkDateFull(data.today)}.` : undefined}
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
            <li key={a}>{areaLine(a)}</li>
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
      {!data ? (
        !error ? <p role="status">Loading…</p> : null
      ) : (
        <>
          <p className="result-count" role="status">
            Showing {data.rows.length} of {data.activeCount} active volunteers
          </p>
          {data.rows.length === 0 ? (
            <p className="lede">{needsAction ? 'Nobody needs action in the next 30 days.' : 'No active volunteers match.'}</p>
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
                  {data.rows.map((r) => (
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
