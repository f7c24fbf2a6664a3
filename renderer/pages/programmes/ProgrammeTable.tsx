import { Link } from 'wouter';
import type { ProgrammeRow } from '../../../shared/contracts/programmes';
import { Badge } from '../../components/StatusBadge';
import { daysText, lastContactText, STATUS_TONES, statusLabel, volunteerText } from './programme-text';

/** What a table of programmes names besides the counter, last contact and status; the first links to the programme. */
export type ProgrammeColumn = 'member' | 'kind' | 'volunteer';

const HEADINGS: Record<ProgrammeColumn, string> = { member: 'Member', kind: 'Programme', volunteer: 'Volunteer' };

function cell(row: ProgrammeRow, column: ProgrammeColumn): string {
  if (column === 'member') return row.member.name;
  if (column === 'kind') return row.kind.name;
  return volunteerText(row);
}

/**
 * Programmes as the Programmes page, a member's tab and a volunteer's caseload list them.
 * With `noContactDays`, an open programme past it says how long it has been.
 */
export function ProgrammeTable({ rows, columns, caption, noContactDays, className }: { rows: readonly ProgrammeRow[]; columns: readonly ProgrammeColumn[]; caption: string; noContactDays?: number; className?: string }) {
  return (
    <div className="table-wrap">
      <table className={className ? `programme-table ${className}` : 'programme-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {HEADINGS[c]}
              </th>
            ))}
            <th scope="col">Sessions</th>
            <th scope="col">Last contact</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c, i) => (
                <td key={c}>{i === 0 ? <Link href={`/programmes/${row.id}`}>{cell(row, c)}</Link> : cell(row, c)}</td>
              ))}
              <td>
                {row.counter}
                {row.atPlanned && row.status !== 'ended' ? <span className="tag">End or extend?</span> : null}
              </td>
              <td>
                {lastContactText(row.lastContact)}
                {noContactDays !== undefined && row.status !== 'ended' && row.daysSinceContact >= noContactDays ? <span className="warning-text"> ({daysText(row.daysSinceContact)})</span> : null}
              </td>
              <td>
                <Badge label={statusLabel(row.status)} tone={STATUS_TONES[row.status]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
