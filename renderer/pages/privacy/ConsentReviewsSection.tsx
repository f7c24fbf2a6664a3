import { useState } from 'react';
import { Link } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { CONSENT_REVIEW_LOOKAHEAD_DAYS, type ConsentReviewRow } from '../../../shared/domain/consent-reviews';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { matchesSearch } from './list-search';
import { PrivacySection } from './PrivacySection';
import { ReviewConsentDialog } from './ReviewConsentDialog';

const SLUG = 'consents';
const KIND_WORDS = { member: 'Member', volunteer: 'Volunteer' } as const;
const PATHS = { member: '/members', volunteer: '/volunteers' } as const;

function countText(n: number): string {
  return n === 1 ? '1 consent' : `${n} consents`;
}

function searchTexts(r: ConsentReviewRow): string[] {
  return [r.name, KIND_WORDS[r.kind], r.what, formatUkDate(r.given), formatUkDate(r.review), r.overdue ? 'overdue' : 'coming up'];
}

/**
 * Consents due for review on the Privacy page: every consent still standing whose review date
 * has passed or comes within 30 days, members and volunteers together, soonest first, each
 * with "Mark reviewed" and a link to the person's consent log (to withdraw one).
 */
export function ConsentReviewsSection() {
  const { flash } = useFlash();
  const { data, error, reload } = useLoad(() => api.consentReviews.due(), []);
  const [query, setQuery] = useState('');
  const [reviewing, setReviewing] = useState<ConsentReviewRow | null>(null);
  const rows = data ?? [];
  const shown = rows.filter((r) => matchesSearch(searchTexts(r), query));
  const overdue = rows.filter((r) => r.overdue).length;

  async function reviewed(row: ConsentReviewRow) {
    setReviewing(null);
    flash(`Recorded that ${row.name} still agrees: ${row.what}.`);
    await reload();
  }

  return (
    <PrivacySection
      slug={SLUG}
      title="Consents due for review"
      total={data?.length}
      summary={
        <>
          <p>
            Consents whose review date has passed or comes in the next {CONSENT_REVIEW_LOOKAHEAD_DAYS} days. Ask the person whether they still agree: “Mark reviewed” if they do;
            if not, withdraw it on their Consents tab.
          </p>
          {data && data.length > 0 ? <p>{overdue === 0 ? `${countText(data.length)} coming up.` : `${countText(data.length)}; ${overdue} past the review date.`}</p> : null}
        </>
      }
      search={{ label: 'Search consents due for review', hint: 'A name, what they agreed to or a date', query, onQuery: setQuery }}
      showing={data ? `Showing ${shown.length} of ${countText(data.length)}` : ''}
      empty={data?.length === 0 ? 'No consents are due for review.' : undefined}
    >
      <ErrorNotice message={error} />
      {!data && !error ? <p role="status">Loading…</p> : null}
      {data && data.length > 0 && shown.length === 0 ? <p>No consents match the search.</p> : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Consents due for review, the soonest first</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Agreed to</th>
                <th scope="col">Agreed on</th>
                <th scope="col">Review by</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${r.personId}:${r.consentId}`}>
                  <th scope="row">
                    <Link href={`${PATHS[r.kind]}/${r.personId}/consents`}>{r.name}</Link>
                    <div className="lede">{KIND_WORDS[r.kind]}</div>
                  </th>
                  <td>{r.what}</td>
                  <td className="nowrap">{formatUkDate(r.given)}</td>
                  <td className="nowrap">
                    {formatUkDate(r.review)}
                    {r.overdue ? <div className="privacy-overdue">Past the date</div> : null}
                  </td>
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => setReviewing(r)}>
                      Mark reviewed<span className="visually-hidden">: {r.name}, {r.what}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {reviewing ? <ReviewConsentDialog row={reviewing} onSaved={() => void reviewed(reviewing)} onCancel={() => setReviewing(null)} /> : null}
    </PrivacySection>
  );
}
