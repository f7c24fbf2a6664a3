// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuddySuggestions, ProgrammeDetail, TripRow, TripsView } from '../../../../../shared/api';
import { addDaysIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import { DEFAULT_PROGRAMME_KINDS } from '../../../../../shared/domain/programmes';
import type { TravelTrip } from '../../../../../shared/domain/travel-trips';
import { ProgrammePage } from '../../../../../renderer/pages/programmes/ProgrammePage';
import { callsTo, renderAt } from '../../support/render';
import { detail } from './fixtures';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const TRAVEL = DEFAULT_PROGRAMME_KINDS.find((k) => k.id === 'travel-buddy')!;
const today = todayIso();
const past = addDaysIso(today, -3);
const soon = addDaysIso(today, 4);

function travelDetail(overrides: Partial<ProgrammeDetail> = {}): ProgrammeDetail {
  const base = detail({ sessions: [], counter: '0 sessions', attended: 0 });
  return { ...base, kind: TRAVEL, programme: { ...base.programme, kindId: TRAVEL.id, plannedSessions: null }, ...overrides };
}

function tripRow(id: string, date: string, overrides: Partial<TravelTrip> = {}, row: Partial<TripRow> = {}): TripRow {
  return {
    trip: {
      id,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      programmeId: 'p-1',
      date,
      time: '09:30',
      appointmentPlace: 'St Helier Hospital',
      pickUpAddress: '12 Mill Lane, Sutton',
      returnJourney: true,
      status: 'requested',
      ...overrides,
    },
    sessionKept: false,
    expenseKept: false,
    ...row,
  };
}

const BUDDIES: BuddySuggestions = {
  slot: 'Tuesday mornings',
  suggested: [{ volunteer: { id: 'v-2', name: 'Dorota Nowak' }, score: 3, reasons: ['Free on Tuesday mornings', 'Shares: gardening', 'Supporting 1 of 2'], caseload: 1, caseloadLimit: 2 }],
  leftOut: [{ volunteer: { id: 'v-3', name: 'Ed Jones' }, why: 'Not free on Tuesday mornings' }],
};

/** The programme page of a travel buddy programme: `trips` first, then whatever each change returns (as the main process would, from then on). */
function show(trips: TripRow[], after: Partial<Record<string, TripsView>> = {}) {
  let now = trips;
  return renderAt('/programmes/p-1', { '/programmes/:id': <ProgrammePage /> }, (name) => {
    if (name === 'programmes.get') return travelDetail();
    if (name === 'programmes.trips') return now;
    if (name === 'programmes.findBuddy') return BUDDIES;
    const view = after[name];
    if (!view) throw new Error(`unexpected ${name}`);
    now = view.trips;
    return view;
  });
}

describe('travel buddy trips on the programme page', () => {
  it('are not shown, nor asked for, on a kind without trips', async () => {
    const { calls } = renderAt('/programmes/p-1', { '/programmes/:id': <ProgrammePage /> }, (name) => (name === 'programmes.get' ? detail() : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Amira Haddad: Peer coaching' });
    expect(screen.queryByRole('region', { name: 'Travel buddy trips' })).toBeNull();
    expect(callsTo(calls, 'programmes.trips')).toEqual([]);
  });

  it('"Request a travel buddy" checks what was typed, warns about a date that has passed, keeps everything on a refusal and sends it', async () => {
    const user = userEvent.setup();
    const requested = tripRow('t-1', soon, { accessNotes: 'Walking frame' });
    const { calls } = show([], { 'programmes.requestTrip': { trips: [requested], detail: travelDetail() } });
    const card = await screen.findByRole('region', { name: 'Travel buddy trips' });
    expect(await within(card).findByText(/^No trips yet\./)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Request a travel buddy' }));
    const dialog = screen.getByRole('dialog', { name: 'Request a travel buddy' });
    const the = (label: string) => within(dialog).getByLabelText<HTMLInputElement>(label);

    await user.type(the('Date of the appointment'), formatUkDate(past));
    expect(within(dialog).getByRole('status').textContent).toBe('That date has passed. You can still record the trip, then mark it done.');
    await user.type(the('Pick-up time'), '9.30');
    await user.type(the('Access notes (optional)'), 'Walking frame');
    await user.click(within(dialog).getByRole('button', { name: 'Request a travel buddy' }));
    expect(await within(dialog).findByText('Enter the time as hh:mm (24-hour), like 09:30 or 14:15')).toBeTruthy();
    expect(within(dialog).getByText('Enter where the appointment is')).toBeTruthy();
    expect(within(dialog).getByText('Enter the pick-up address')).toBeTruthy();
    expect(callsTo(calls, 'programmes.requestTrip')).toEqual([]);

    // The main process refuses the date (a year ahead, say): said beside it, nothing typed lost.
    const answer = window.peerDesk!.call;
    let refused = false;
    window.peerDesk = {
      call: (name: string, input: unknown) => {
        if (name !== 'programmes.requestTrip' || refused) return answer(name, input);
        refused = true;
        return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'Check the highlighted field.', fields: { 'trip.date': 'Enter a date within the next year' } } });
      },
    };
    await user.clear(the('Date of the appointment'));
    await user.type(the('Date of the appointment'), formatUkDate(soon));
    expect(within(dialog).getByRole('status').textContent).toBe('');
    await user.clear(the('Pick-up time'));
    await user.type(the('Pick-up time'), '9:30');
    await user.type(the('Where the appointment is'), 'Ysbyty Gwynedd 🏥');
    await user.type(the('Pick-up address'), 'Tŷ Siôn, Llŷn');
    await user.click(the('Return journey needed'));
    await user.click(within(dialog).getByRole('button', { name: 'Request a travel buddy' }));
    expect(await within(dialog).findByText('Enter a date within the next year')).toBeTruthy();
    expect(the('Where the appointment is').value).toBe('Ysbyty Gwynedd 🏥');
    expect(the('Access notes (optional)').value).toBe('Walking frame');

    await user.click(within(dialog).getByRole('button', { name: 'Request a travel buddy' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.peerDesk.call).toBeDefined();
    const sent = (answer as ReturnType<typeof vi.fn>).mock.calls.filter(([n]) => n === 'programmes.requestTrip').map(([, i]) => i as unknown);
    expect(sent).toEqual([
      { programmeId: 'p-1', trip: { date: soon, time: '09:30', appointmentPlace: 'Ysbyty Gwynedd 🏥', pickUpAddress: 'Tŷ Siôn, Llŷn', returnJourney: true, accessNotes: 'Walking frame' } },
    ]);
    const trip = within(screen.getByRole('region', { name: 'Travel buddy trips' })).getByRole('article');
    expect(trip.textContent).toContain('St Helier Hospital');
    expect(trip.textContent).toContain('No buddy yet');
  });

  it('"Find a buddy" lists who is free then, with reasons and who is left out, and chooses one for this trip', async () => {
    const user = userEvent.setup();
    const chosen = tripRow('t-1', soon, { volunteerId: 'v-2' }, { buddy: { id: 'v-2', name: 'Dorota Nowak' } });
    const { calls } = show([tripRow('t-1', soon)], { 'programmes.setTripBuddy': { trips: [chosen], detail: travelDetail() } });
    await user.click(await screen.findByRole('button', { name: `Find a buddy for the trip of ${formatUkDate(soon)}` }));
    const dialog = screen.getByRole('dialog', { name: 'Find a buddy' });
    expect(await within(dialog).findByText('Only volunteers free on Tuesday mornings are suggested.')).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Why Dorota Nowak' }).textContent).toContain('Free on Tuesday mornings');
    expect(within(dialog).getByText('Left out (1), and why').closest('details')?.textContent).toContain('Ed Jones: Not free on Tuesday mornings');
    await user.click(within(dialog).getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.setTripBuddy')).toEqual([{ id: 't-1', volunteerId: 'v-2' }]);
    expect(screen.getByRole('link', { name: 'Dorota Nowak' }).getAttribute('href')).toBe('/volunteers/v-2');
    expect(await screen.findByText('Buddy chosen.')).toBeTruthy();
  });

  it('"Mark trip done" starts from the usual length, checks the miles, says what it will make and moves the counter', async () => {
    const user = userEvent.setup();
    const buddy = { id: 'v-1', name: 'Chidi Okafor' };
    const done = tripRow('t-1', past, { volunteerId: 'v-1', status: 'done', minutes: 120, miles: 12.5, sessionId: 's-9', expenseId: 'e-9' }, { buddy, expensePence: 563, sessionKept: true, expenseKept: true });
    const { calls } = show([tripRow('t-1', past, { volunteerId: 'v-1' }, { buddy }), tripRow('t-2', soon, { volunteerId: 'v-1' }, { buddy })], {
      'programmes.tripDone': { trips: [done], detail: travelDetail({ counter: '1 session', attended: 1 }) },
    });
    const card = await screen.findByRole('region', { name: 'Travel buddy trips' });
    const markPast = await within(card).findByRole('button', { name: `Mark trip done for the trip of ${formatUkDate(past)}` });
    // Only a trip whose day has come can be marked done.
    expect(within(card).queryByRole('button', { name: `Mark trip done for the trip of ${formatUkDate(soon)}` })).toBeNull();
    await user.click(markPast);
    const dialog = screen.getByRole('dialog', { name: 'Mark trip done' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('How long it took, in minutes').value).toBe('120');
    expect(dialog.textContent).toContain('This logs an attended session (out and about) for Chidi Okafor');
    expect(dialog.textContent).toContain('A done trip stays done');
    await user.type(within(dialog).getByLabelText('Miles driven (optional)'), 'twelve');
    await user.click(within(dialog).getByRole('button', { name: 'Mark trip done' }));
    expect(await within(dialog).findByText('Enter the miles as a number, like 12.5, or leave it blank')).toBeTruthy();
    expect(callsTo(calls, 'programmes.tripDone')).toEqual([]);
    await user.clear(within(dialog).getByLabelText('Miles driven (optional)'));
    await user.type(within(dialog).getByLabelText('Miles driven (optional)'), '12.5');
    await user.click(within(dialog).getByRole('button', { name: 'Mark trip done' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.tripDone')).toEqual([{ id: 't-1', done: { minutes: 120, miles: 12.5 } }]);
    expect(await screen.findByText('Trip done: 1 session.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Summary' })).getByText('1 session')).toBeTruthy();
    // A done trip is folded away with the past ones, and offers nothing to change.
    const after = within(screen.getByRole('region', { name: 'Travel buddy trips' }));
    expect(after.queryByRole('article')).toBeNull();
    await user.click(after.getByText('Past and cancelled trips (1)'));
    const pastTrips = within(after.getByRole('table', { name: 'Past and cancelled trips, newest first' }));
    expect(pastTrips.getAllByRole('row')[1]!.textContent).toContain("Done: Session logged (120 minutes) · 12.5 miles, £5.63 on Chidi Okafor's Expenses");
    expect(pastTrips.queryByRole('button')).toBeNull();
  });

  it('asks before cancelling a trip, and says nothing is recorded for it', async () => {
    const user = userEvent.setup();
    const { calls } = show([tripRow('t-1', soon)], { 'programmes.cancelTrip': { trips: [tripRow('t-1', soon, { status: 'cancelled', cancelledOn: today })], detail: travelDetail() } });
    await user.click(await screen.findByRole('button', { name: `Cancel trip of ${formatUkDate(soon)}` }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this trip?' });
    expect(dialog.textContent).toContain('No session or mileage is recorded for it.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the trip' }));
    expect(callsTo(calls, 'programmes.cancelTrip')).toEqual([]);
    await user.click(screen.getByRole('button', { name: `Cancel trip of ${formatUkDate(soon)}` }));
    await user.click(within(screen.getByRole('dialog', { name: 'Cancel this trip?' })).getByRole('button', { name: 'Cancel trip' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.cancelTrip')).toEqual([{ id: 't-1' }]));
    await user.click(await screen.findByText('Past and cancelled trips (1)'));
    expect(screen.getByRole('table', { name: 'Past and cancelled trips, newest first' }).textContent).toContain(`Cancelled on ${formatUkDate(today)}`);
    expect(screen.queryByRole('article')).toBeNull();
  });
});
