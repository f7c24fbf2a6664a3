import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { ISSUE_STATUS_LABELS } from '../../../shared/domain/newsletters';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { Badge } from '../../components/StatusBadge';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { IssueDetailsDialog } from './IssueDetailsDialog';
import './newsletters.css';

export function NewslettersPage() {
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [creating, setCreating] = useState(false);
  const { data, error } = useLoad(() => api.newsletters.list(), []);

  return (
    <Page
      title="Newsletters"
      lede="Write an issue from sections, print it in standard and large print, print address labels and export the email list."
      actions={
        <button type="button" className="button" onClick={() => setCreating(true)}>
          New newsletter
        </button>
      }
    >
      <ErrorNotice message={error} />
      {data && data.length === 0 ? <p>No newsletters yet. Start one with “New newsletter”.</p> : null}
      {data && data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Newsletter issues, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Issue date</th>
                <th scope="col">Status</th>
                <th scope="col">Sections</th>
                <th scope="col">Sent</th>
              </tr>
            </thead>
            <tbody>
              {data.map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link href={`/newsletters/${n.id}`}>{n.title}</Link>
                  </td>
                  <td className="nowrap">{formatUkDate(n.date)}</td>
                  <td>
                    <Badge label={ISSUE_STATUS_LABELS[n.status]} tone={n.status === 'sent' ? 'active' : 'pipeline'} />
                  </td>
                  <td>{n.sectionCount}</td>
                  <td>{n.sentDate ? `${formatUkDate(n.sentDate)} to ${n.sentCount ?? 0} ${n.sentCount === 1 ? 'person' : 'people'}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {creating ? (
        <IssueDetailsDialog
          title="New newsletter"
          confirmLabel="Start newsletter"
          initial={{ title: '', date: '' }}
          onCancel={() => setCreating(false)}
          save={async (issue) => {
            const created = await api.newsletters.create({ issue });
            flashNext(`Started “${created.title}”. Add its sections next.`);
            navigate(`/newsletters/${created.id}`);
            return created;
          }}
        />
      ) : null}
    </Page>
  );
}
