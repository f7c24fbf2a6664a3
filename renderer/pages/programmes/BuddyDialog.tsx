import { useState } from 'react';
import type { TripRow, TripsView } from '../../../shared/api';
import { formatUkDateLong } from '../../../shared/dates';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { SuggestionList } from './SuggestDialog';

/**
 * "Find a buddy" for one trip: the volunteers "Suggest volunteers" would offer, free on that
 * weekday and part of the day, the member's own volunteer first. Choosing one makes them the
 * buddy for this trip only; the programme's volunteer stays as it is.
 */
export function BuddyDialog({ row, kindName, onSaved, onCancel }: { row: TripRow; kindName: string; onSaved: (view: TripsView) => void; onCancel: () => void }) {
  const { trip } = row;
  const suggestions = useLoad(() => api.programmes.findBuddy({ id: trip.id }), [trip.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async (volunteerId: string) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.programmes.setTripBuddy({ id: trip.id, volunteerId }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const data = suggestions.data;
  return (
    <Dialog title="Find a buddy" onClose={onCancel}>
      <p>
        {formatUkDateLong(trip.date)} at {trip.time}, {trip.appointmentPlace}.{row.buddy ? ` Buddy now: ${row.buddy.name}.` : ' No buddy yet.'}
      </p>
      <ErrorNotice message={error ?? suggestions.error} />
      {!data ? (
        suggestions.error ? null : <p role="status">Finding buddies…</p>
      ) : (
        <>
          <p className="hint">Only volunteers free on {data.slot} are suggested.</p>
          <SuggestionList suggestions={data} kindName={kindName} busy={busy} onChoose={(id) => void choose(id)} empty={`No volunteer with a role for ${kindName} is free on ${data.slot} with their checks in order and room to help.`} />
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
