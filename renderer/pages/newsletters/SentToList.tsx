import type { SentRecipientRow } from '../../../shared/api';
import { formatUkDate, formatUkDateTime } from '../../../shared/dates';
import { CHANNEL_LABELS, CHANNELS, type SentRecord } from '../../../shared/domain/newsletters';
import { people } from './recipient-text';

/** After "Mark as sent": when it went, who recorded it, and everyone it went to, by how they got it. */
export function SentToList({ sent, rows }: { sent: SentRecord; rows: SentRecipientRow[] }) {
  return (
    <section className="card" aria-labelledby="sent-title">
      <h2 id="sent-title">Sent to {people(rows.length)}</h2>
      <p>
        Sent on {formatUkDate(sent.date)}. Recorded by {sent.recordedBy} on {formatUkDateTime(sent.recordedAt)}.
      </p>
      <ul className="nl-reasons">
        {CHANNELS.map((channel) => (
          <li key={channel}>
            {CHANNEL_LABELS[channel]}: {rows.filter((r) => r.channel === channel).length}
          </li>
        ))}
      </ul>
      {/* Hundreds of names would push the newsletter itself off the screen: they are one click away. */}
      <details className="mapping">
        <summary>Show everyone it went to</summary>
        <div className="nl-sent">
          {CHANNELS.map((channel) => {
            const list = rows.filter((r) => r.channel === channel);
            return (
              <div key={channel}>
                <h3>
                  {CHANNEL_LABELS[channel]} ({list.length})
                </h3>
                {list.length === 0 ? (
                  <p className="lede">Nobody.</p>
                ) : (
                  <ul className="nl-sent__names">
                    {list.map((r) => (
                      <li key={`${r.personType}-${r.personId}`}>
                        {r.name}
                        {r.personType === 'volunteer' ? <span className="lede"> (volunteer)</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </details>
    </section>
  );
}
