import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatUkDateLong, todayIso } from '../../../shared/dates';
import { GROUP_KIND_LABELS } from '../../../shared/domain/groups';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';

export function GroupsPage() {
  const [, navigate] = useLocation();
  const { flash } = useFlash();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [rotaOpen, setRotaOpen] = useState(false);
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const { data, error } = useLoad(() => api.groups.list({ includeArchived }), [includeArchived]);

  return (
    <Page
      title="Groups"
      actions={
        <>
          <button type="button" className="button" onClick={() => navigate('/groups/new')}>
            Add group
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRotaOpen(true)}>
            Print rota
          </button>
        </>
      }
    >
      <ErrorNotice message={error} />
      <Choice type="checkbox" label="Show archived groups too" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
      {data && data.length === 0 ? <p>No groups yet. Add a group, with its venue and when it meets.</p> : null}
      {data && data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Groups</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Meets</th>
                <th scope="col">Venue</th>
                <th scope="col">Members</th>
                <th scope="col">Waiting</th>
                <th scope="col">Next session</th>
              </tr>
            </thead>
            <tbody>
              {data.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link href={`/groups/${g.id}`}>{g.name}</Link>
                    <div className="lede">
                      {GROUP_KIND_LABELS[g.kind]}
                      {g.archived ? ' (archived)' : ''}
                    </div>
                    {g.questionnaires ? <div className="lede">Questionnaires: {g.questionnaires}</div> : null}
                  </td>
                  <td>{g.scheduleInWords}</td>
                  <td>{g.venueName ?? (g.kind === 'online' ? 'Online' : '')}</td>
                  <td className="nowrap">
                    {g.memberCount}
                    {g.capacity !== undefined ? ` of ${g.capacity}` : ''}
                    {g.freePlaces !== undefined && g.freePlaces > 0 ? <div className="lede">{g.freePlaces} free</div> : null}
                    {g.freePlaces !== undefined && g.freePlaces <= 0 ? <div className="lede">Full</div> : null}
                  </td>
                  <td>{g.waitingCount > 0 ? g.waitingCount : ''}</td>
                  <td className="nowrap">{g.nextSessionDate ? formatUkDateLong(g.nextSessionDate) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rotaOpen ? (
        <Dialog title="Print the facilitator rota" onClose={() => setRotaOpen(false)}>
          <TextField type="month" label="Month" hint="A grid of every group's sessions that month and who facilitates" value={month} onChange={(e) => setMonth(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setRotaOpen(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setRotaOpen(false);
                void printPdf(() => api.groups.printRota({ month }), flash);
              }}
            >
              Print rota
            </button>
          </div>
        </Dialog>
      ) : null}
    </Page>
  );
}
