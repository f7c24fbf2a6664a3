import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';

export function VenuesPage() {
  const [, navigate] = useLocation();
  const { data, error } = useLoad(() => api.venues.list(), []);
  return (
    <Page
      title="Venues"
      lede="Where groups meet, with the access details people ask about."
      actions={
        <button type="button" className="button" onClick={() => navigate('/venues/new')}>
          Add venue
        </button>
      }
    >
      <ErrorNotice message={error} />
      {data && data.length === 0 ? <p>No venues yet. Add the places your groups meet.</p> : null}
      {data && data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Venues</caption>
            <thead>
              <tr>
                <th scope="col">Venue</th>
                <th scope="col">Town</th>
                <th scope="col">Access</th>
                <th scope="col">Groups meeting there</th>
              </tr>
            </thead>
            <tbody>
              {data.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link href={`/venues/${v.id}`}>{v.name}</Link>
                  </td>
                  <td>{[v.town, v.postcode].filter(Boolean).join(', ')}</td>
                  <td>{v.access}</td>
                  <td>{v.groupCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
