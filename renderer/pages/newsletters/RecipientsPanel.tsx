import type { NewsletterRecipients } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { EXCLUSION_LABELS, EXCLUSION_REASONS } from '../../../shared/domain/newsletter-recipients';
import { CHANNEL_LABELS } from '../../../shared/domain/newsletters';
import { channelSentence, people } from './recipient-text';

/**
 * Who gets this issue and how, from the preferences on each member's and volunteer's record,
 * and who is left out and why — so a missing person can be put right on their record, and
 * nobody who said no is ever sent it.
 */
export function RecipientsPanel({ recipients }: { recipients: NewsletterRecipients }) {
  const { counts, total, excluded, excludedCounts, emailListCount, volunteersWithoutEmailConsent: unasked } = recipients;
  return (
    <section className="card" aria-labelledby="recipients-title">
      <h2 id="recipients-title">Who gets it</h2>
      <p>
        <strong>{people(total)}</strong>: {channelSentence(counts)}. Taken from each member's newsletter preference (former members too, if they kept one), and
        each volunteer's consents and contact preferences.
      </p>
      <p>
        The email list has {emailListCount} {emailListCount === 1 ? 'address' : 'addresses'}. It only ever holds people who have agreed to emails: members and
        volunteers with a consent to email (such as “Newsletter by email” or “Contact by email”) that has not been withdrawn.
      </p>
      {unasked.total > 0 ? <UnaskedVolunteers total={unasked.total} choseEmail={unasked.choseEmail} /> : null}
      {excluded.length > 0 ? (
        <>
          <h3>Left out ({excluded.length})</h3>
          <ul className="nl-reasons">
            {EXCLUSION_REASONS.filter((r) => excludedCounts[r]).map((r) => (
              <li key={r}>
                {EXCLUSION_LABELS[r]}: {excludedCounts[r]}
              </li>
            ))}
          </ul>
          <details className="mapping">
            <summary>Show who is left out, and why</summary>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">People left out of this newsletter</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Record</th>
                    <th scope="col">Asked for</th>
                    <th scope="col">Why not</th>
                  </tr>
                </thead>
                <tbody>
                  {excluded.map((e) => (
                    <tr key={`${e.personType}-${e.personId}`}>
                      <td>{e.name}</td>
                      <td>{e.personType === 'member' ? 'Member' : 'Volunteer'}</td>
                      <td>{e.wanted ? CHANNEL_LABELS[e.wanted] : 'No newsletter'}</td>
                      <td>
                        {EXCLUSION_LABELS[e.reason]}
                        {e.withdrawnOn ? ` on ${formatUkDate(e.withdrawnOn)}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}

/** Volunteers' consent logs began empty, so say how many have not been asked rather than let them drop off unseen. */
function UnaskedVolunteers({ total, choseEmail }: { total: number; choseEmail: number }) {
  const who = total === 1 ? '1 current volunteer has' : `${total} current volunteers have`;
  return (
    <p className="notice">
      <strong>{who} no consent to email on record</strong>
      {choseEmail > 0 ? `, ${choseEmail} of them chose email as a way to contact them` : ''}. A contact preference is not consent: record it on the
      volunteer's Consents tab when they agree, and they join the email list.
    </p>
  );
}
