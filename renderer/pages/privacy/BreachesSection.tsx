import { useState } from 'react';
import { useLocation } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { foundText, icoClock, icoClockText } from '../../../shared/domain/breach-clock';
import { awaitsIcoDecision, BREACH_RISK_LABELS, icoAnswerText, peopleToldText, type Breach } from '../../../shared/domain/breaches';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { useNow } from '../../lib/use-now';
import { BreachDialog } from './BreachDialog';
import { matchesSearch } from './list-search';
import { PrivacySection, type PrivacySectionProps } from './PrivacySection';

const SLUG = 'breaches';
/** Long accounts are cut in the table; the dialog and the printout have all of it. */
const SHORT_TEXT = 140;

function shortened(text: string): string {
  return text.length <= SHORT_TEXT ? text : `${text.slice(0, SHORT_TEXT - 1).trimEnd()}…`;
}

/** What a search looks in: everything the row shows, and the rest of the record a coordinator might remember it by. */
function searchTexts(b: Breach, now: number): string[] {
  return [
    foundText(b),
    formatUkDate(b.foundDate),
    b.whatHappened,
    b.dataInvolved,
    BREACH_RISK_LABELS[b.risk],
    icoAnswerText(b),
    awaitsIcoDecision(b) ? icoClockText(b, now) : '',
    peopleToldText(b),
    b.containment ?? '',
    b.icoReason ?? '',
    b.lessons ?? '',
  ];
}

function countText(n: number): string {
  return n === 1 ? '1 breach' : `${n} breaches`;
}

/** The ICO column: the answer, or while there is none the countdown, in warning colours. */
function IcoCell({ breach, now }: { breach: Breach; now: number }) {
  if (!awaitsIcoDecision(breach)) return <>{icoAnswerText(breach)}</>;
  const overdue = icoClock(breach, now).overdue;
  return (
    <>
      Not yet
      <div className={overdue ? 'privacy-overdue' : 'warning-text'}>{icoClockText(breach, now)}</div>
    </>
  );
}

/**
 * The breach log on the Privacy page: every breach, newest found first, with "Record a
 * breach", and for each "Change" (its own address, /privacy/breaches/<id>, which Home's
 * countdown links to) and "Print".
 */
export function BreachesSection({ openId }: PrivacySectionProps) {
  const [, navigate] = useLocation();
  const { flash, flashNext } = useFlash();
  const { data, error, reload } = useLoad(() => api.breaches.list(), []);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const now = useNow();

  const breaches = data ?? [];
  const shown = breaches.filter((b) => matchesSearch(searchTexts(b, now), query));
  const waiting = breaches.filter(awaitsIcoDecision).length;
  const opened = openId ? breaches.find((b) => b.id === openId) : undefined;
  const close = () => navigate(`/privacy`);

  async function saved(breach: Breach, isNew: boolean) {
    await reload();
    const text = `${isNew ? 'Recorded' : 'Saved'} the breach found ${foundText(breach)}.`;
    if (isNew) {
      setAdding(false);
      flash(text);
    } else {
      flashNext(text);
      close();
    }
  }

  return (
    <PrivacySection
      slug={SLUG}
      title="Breaches"
      total={data?.length}
      summary={
        <>
          <p>
            Every personal data breach, reported to the ICO or not, with what was done about it. The ICO must hear of a breach that could harm people within 72 hours of
            it being found.
          </p>
          {data && data.length > 0 ? <p>{waiting === 0 ? `${countText(data.length)} recorded; every one has its ICO decision.` : `${countText(data.length)} recorded; ${waiting} waiting for the ICO decision.`}</p> : null}
        </>
      }
      actions={
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Record a breach
        </button>
      }
      search={{ label: 'Search breaches', hint: 'What happened, the data, the date or the risk', query, onQuery: setQuery }}
      showing={data ? `Showing ${shown.length} of ${countText(data.length)}` : ''}
      empty={data?.length === 0 ? 'No breaches recorded. If personal data is lost, stolen, sent to the wrong person or seen by someone who should not see it, record it here straight away.' : undefined}
    >
      <ErrorNotice message={error} />
      {openId && data && !opened ? <ErrorNotice message="That breach is no longer on record." /> : null}
      {!data && !error ? <p role="status">Loading…</p> : null}
      {data && data.length > 0 && shown.length === 0 ? <p>No breaches match the search.</p> : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table className="breach-table">
            <caption className="visually-hidden">Breaches, the most recently found first</caption>
            <thead>
              <tr>
                <th scope="col">Found</th>
                <th scope="col">What happened</th>
                <th scope="col">People</th>
                <th scope="col">Risk</th>
                <th scope="col">Reported to the ICO</th>
                <th scope="col">People told</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b) => (
                <tr key={b.id}>
                  <th scope="row" className="nowrap">
                    {foundText(b)}
                  </th>
                  <td>{shortened(b.whatHappened)}</td>
                  <td>{b.peopleAffected.toLocaleString('en-GB')}</td>
                  <td>{BREACH_RISK_LABELS[b.risk]}</td>
                  <td>
                    <IcoCell breach={b} now={now} />
                  </td>
                  <td>{peopleToldText(b)}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button button--secondary" onClick={() => navigate(`/privacy/${SLUG}/${b.id}`)}>
                        Change<span className="visually-hidden"> the breach found {foundText(b)}</span>
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.breaches.print({ id: b.id }), flash)}>
                        Print<span className="visually-hidden"> the breach found {foundText(b)}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {adding ? <BreachDialog onSaved={(b) => void saved(b, true)} onCancel={() => setAdding(false)} /> : null}
      {opened ? <BreachDialog key={opened.id} breach={opened} onSaved={(b) => void saved(b, false)} onCancel={close} /> : null}
    </PrivacySection>
  );
}
