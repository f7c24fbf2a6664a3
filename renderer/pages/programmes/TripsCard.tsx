import { useState } from 'react';
import { Link } from 'wouter';
import type { ProgrammeDetail, TripRow, TripsView } from '../../../shared/api';
import { formatUkDate, formatUkDateLong, todayIso } from '../../../shared/dates';
import { kindHasTrips, TRIP_STATUS_LABELS } from '../../../shared/domain/travel-trips';
import { formatPounds } from '../../../shared/money';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Badge } from '../../components/StatusBadge';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { BuddyDialog } from './BuddyDialog';
import { TripDialog } from './TripDialog';
import { TripDoneDialog } from './TripDoneDialog';

type Open = { mode: 'request' } | { mode: 'edit' | 'buddy' | 'done' | 'cancel'; row: TripRow } | null;

const TONES = { requested: 'pipeline', done: 'active', cancelled: 'left' } as const;

/** What a done trip made, and whether it is still there: "Session logged · 12.5 miles, £5.63 on Ann Able's Expenses". */
function doneText(row: TripRow): string {
  const { trip } = row;
  const session = row.sessionKept ? `Session logged (${trip.minutes ?? 0} minutes)` : 'Its session has since been deleted';
  if (trip.miles === undefined) return `${session} · no mileage claimed`;
  const expense = row.expenseKept && row.expensePence !== undefined ? `${trip.miles} miles, ${formatPounds(row.expensePence)} on ${row.buddy?.name ?? 'the buddy'}'s Expenses` : `${trip.miles} miles: the mileage line has since been deleted`;
  return `${session} · ${expense}`;
}

function buddyText(row: TripRow): string {
  if (!row.buddy) return 'No buddy yet';
  return row.buddy.left && row.trip.status === 'requested' ? `${row.buddy.name} (has left: find another buddy)` : row.buddy.name;
}

/**
 * A programme's travel buddy trips: "Request a travel buddy", then for each trip "Find a buddy",
 * "Mark trip done", change or cancel it. Shown on programmes whose kind has trips (Settings →
 * Programme kinds); a kind unticked later hides the card, its trips kept.
 */
export function TripsCard({ detail, onSaved }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail, message: string) => void }) {
  const programmeId = detail.programme.id;
  const hasTrips = kindHasTrips(detail.kind);
  // Loaded again whenever the programme changes, so a session deleted in the log shows here.
  const trips = useLoad(() => (hasTrips ? api.programmes.trips({ programmeId }) : Promise.resolve([])), [programmeId, hasTrips, detail]);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!hasTrips) return null;
  const rows = trips.data ?? [];
  // Trips still to arrange come first, soonest first; done and cancelled ones are folded away.
  const upcoming = rows.filter((r) => r.trip.status === 'requested').sort((a, b) => a.trip.date.localeCompare(b.trip.date) || a.trip.time.localeCompare(b.trip.time));
  const past = rows.filter((r) => r.trip.status !== 'requested').sort((a, b) => b.trip.date.localeCompare(a.trip.date) || b.trip.time.localeCompare(a.trip.time));
  const ended = detail.programme.status === 'ended';
  const today = todayIso();

  const saved = (message: string) => (view: TripsView) => {
    trips.setData(view.trips);
    setOpen(null);
    onSaved(view.detail, message);
  };
  const cancelTrip = async (row: TripRow) => {
    setBusy(true);
    setError(null);
    try {
      saved(`Trip of ${formatUkDate(row.trip.date)} cancelled.`)(await api.programmes.cancelTrip({ id: row.trip.id }));
    } catch (e) {
      setError(errorMessage(e));
      setOpen(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card card--spaced" aria-labelledby="trips-title">
      <div className="section-head">
        <h2 id="trips-title">Travel buddy trips</h2>
        {!ended ? (
          <button type="button" className="button" onClick={() => setOpen({ mode: 'request' })}>
            Request a travel buddy
          </button>
        ) : null}
      </div>
      <ErrorNotice message={error ?? trips.error} />
      {trips.data && rows.length === 0 ? <p>No trips yet. Request a travel buddy when {detail.member.name} has an appointment.</p> : null}
      {upcoming.map((row) => {
        const { trip } = row;
        const label = `the trip of ${formatUkDate(trip.date)}`;
        return (
          <article key={trip.id} className="trip" aria-labelledby={`trip-${trip.id}`}>
            <h3 id={`trip-${trip.id}`}>
              {formatUkDateLong(trip.date)} at {trip.time}: {trip.appointmentPlace} <Badge label={TRIP_STATUS_LABELS[trip.status]} tone={TONES[trip.status]} />
            </h3>
            <dl className="details">
              <dt>Pick up from</dt>
              <dd>{trip.pickUpAddress}</dd>
              <dt>Return journey</dt>
              <dd>{trip.returnJourney ? 'Needed' : 'Not needed'}</dd>
              {trip.accessNotes ? (
                <>
                  <dt>Access notes</dt>
                  <dd>{trip.accessNotes}</dd>
                </>
              ) : null}
              <dt>Buddy</dt>
              <dd>{row.buddy && !row.buddy.left ? <Link href={`/volunteers/${row.buddy.id}`}>{row.buddy.name}</Link> : buddyText(row)}</dd>
            </dl>
            {!ended ? (
              <div className="button-row">
                <button type="button" className={row.buddy && !row.buddy.left ? 'button button--secondary' : 'button'} onClick={() => setOpen({ mode: 'buddy', row })}>
                  {row.buddy ? 'Change buddy' : 'Find a buddy'}
                  <span className="visually-hidden"> for {label}</span>
                </button>
                {trip.date <= today && row.buddy ? (
                  <button type="button" className="button" onClick={() => setOpen({ mode: 'done', row })}>
                    Mark trip done<span className="visually-hidden"> for {label}</span>
                  </button>
                ) : null}
                <button type="button" className="button button--secondary" onClick={() => setOpen({ mode: 'edit', row })}>
                  Change<span className="visually-hidden"> {label}</span>
                </button>
                <button type="button" className="button button--secondary" onClick={() => setOpen({ mode: 'cancel', row })}>
                  Cancel trip<span className="visually-hidden"> of {formatUkDate(trip.date)}</span>
                </button>
              </div>
            ) : null}
          </article>
        );
      })}
      {past.length > 0 ? (
        <details className="past-trips">
          <summary>
            Past and cancelled trips ({past.length})
          </summary>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Past and cancelled trips, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Appointment</th>
                  <th scope="col">Buddy</th>
                  <th scope="col">What happened</th>
                </tr>
              </thead>
              <tbody>
                {past.map((row) => (
                  <tr key={row.trip.id}>
                    <td className="nowrap">
                      {formatUkDate(row.trip.date)} {row.trip.time}
                    </td>
                    <td>{row.trip.appointmentPlace}</td>
                    <td>{row.buddy && !row.buddy.left ? <Link href={`/volunteers/${row.buddy.id}`}>{row.buddy.name}</Link> : buddyText(row)}</td>
                    <td>{row.trip.status === 'done' ? `Done: ${doneText(row)}` : `Cancelled${row.trip.cancelledOn ? ` on ${formatUkDate(row.trip.cancelledOn)}` : ''}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      {open?.mode === 'request' ? <TripDialog programmeId={programmeId} onCancel={() => setOpen(null)} onSaved={saved('Travel buddy requested.')} /> : null}
      {open?.mode === 'edit' ? <TripDialog programmeId={programmeId} trip={open.row.trip} onCancel={() => setOpen(null)} onSaved={saved('Trip saved.')} /> : null}
      {open?.mode === 'buddy' ? <BuddyDialog row={open.row} kindName={detail.kind.name} onCancel={() => setOpen(null)} onSaved={saved('Buddy chosen.')} /> : null}
      {open?.mode === 'done' ? (
        <TripDoneDialog row={open.row} sessionMinutes={detail.kind.sessionMinutes} onCancel={() => setOpen(null)} onSaved={(view) => saved(`Trip done: ${view.detail.counter}.`)(view)} />
      ) : null}
      {open?.mode === 'cancel' ? (
        <ConfirmDialog title="Cancel this trip?" confirmLabel="Cancel trip" cancelLabel="Keep the trip" danger busy={busy} onConfirm={() => void cancelTrip(open.row)} onCancel={() => setOpen(null)}>
          <p>
            The trip of {formatUkDateLong(open.row.trip.date)} to {open.row.trip.appointmentPlace} stays on the programme, marked cancelled. No session or mileage is recorded for it.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
