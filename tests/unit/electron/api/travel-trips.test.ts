import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TripInput } from '../../../../shared/domain/travel-trips';
import type { CommitRecord } from '../../../../electron/store/commit-format';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { auditEntriesIn, commitsAfter, describeOp, lastSeq } from '../../../helpers/journal';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

/** A travel buddy whose DBS, training and supervision are in order, free when `availability` says. */
async function buddy(firstName: string, extra: Parameters<typeof makeVolunteerInput>[0] = {}): Promise<string> {
  const r = await app.api.volunteers.create({
    volunteer: makeVolunteerInput({ firstName, lastName: 'Jones', roles: ['travel-buddy'], startDate: '2024-03-01', interests: [], languages: [], availability: ['tue-morning'], ...extra }),
    status: 'active',
  });
  if (r.status !== 'saved') throw new Error('not saved');
  const volunteerId = r.volunteer.id;
  await app.api.compliance.saveDbsCheck({ volunteerId, record: { level: 'enhanced', certificateNumber: '001234567890', issueDate: '2026-01-10', decision: 'accepted', decisionBy: 'Sam Lead' } });
  await app.api.compliance.saveTraining({ volunteerId, record: { courseId: 'intro-peer-support', date: '2026-02-01', status: 'completed' } });
  await app.api.compliance.saveTraining({ volunteerId, record: { courseId: 'safeguarding-adults', date: '2026-02-01', status: 'completed', certificateHeld: true } });
  await app.api.compliance.saveSupervision({ volunteerId, record: { date: '2026-11-16', kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60 } });
  return volunteerId;
}

async function member(firstName: string): Promise<string> {
  const r = await app.api.members.create({ member: makeMemberInput({ firstName, lastName: 'Okafor', interests: [] }), status: 'active', allowDuplicate: true });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.member.id;
}

/** A Travel buddy programme started on 01/09/2026, matched with `volunteerId` when given. */
async function travelProgramme(volunteerId?: string, memberName = 'Mo'): Promise<{ id: string; memberId: string }> {
  const memberId = await member(memberName);
  const detail = await app.api.programmes.start({ memberId, kindId: 'travel-buddy', date: '2026-09-01', ...(volunteerId ? { volunteerId } : {}) });
  return { id: detail.programme.id, memberId };
}

const trip = (date: string, extra: Partial<TripInput> = {}): TripInput => ({
  date,
  time: '09:30',
  appointmentPlace: 'St Helier Hospital, outpatients',
  pickUpAddress: '12 Mill Lane, Sutton',
  returnJourney: true,
  ...extra,
});

async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}
const ops = (commit: CommitRecord) => commit.ops.map(describeOp).sort();

async function requestOne(programmeId: string, date: string, extra: Partial<TripInput> = {}): Promise<string> {
  const view = await app.api.programmes.requestTrip({ programmeId, trip: trip(date, extra) });
  return view.trips.find((r) => r.trip.date === date && r.trip.status === 'requested')!.trip.id;
}

describe('requesting a travel buddy', () => {
  it("is one commit; the programme's volunteer is the buddy; the audit names neither the place nor the address", async () => {
    const ana = await buddy('Ana');
    const { id } = await travelProgramme(ana);
    const commits = await commitsOf(() => app.api.programmes.requestTrip({ programmeId: id, trip: trip('2026-11-24', { accessNotes: 'Walking frame' }) }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put travel-trips']);
    const audit = auditEntriesIn(commits[0]!);
    expect(audit).toEqual([expect.objectContaining({ action: 'create', entity: 'travel-trip', summary: 'Requested a travel buddy for 24/11/2026' })]);
    expect(JSON.stringify(audit)).not.toMatch(/Helier|Mill Lane|Walking/);

    const [row] = await app.api.programmes.trips({ programmeId: id });
    expect(row).toMatchObject({ trip: { status: 'requested', time: '09:30', returnJourney: true, accessNotes: 'Walking frame', volunteerId: ana }, buddy: { id: ana, name: 'Ana Jones' }, sessionKept: false });
  });

  it('refuses bad input in plain words, keeps Welsh and emoji, and tidies 9:30 to 09:30', async () => {
    const { id } = await travelProgramme();
    const fields = async (t: Partial<TripInput>, date = '2026-11-24') => (await expectFailure(app.api.programmes.requestTrip({ programmeId: id, trip: trip(date, t) }))).fields;
    expect(await fields({ time: '9.30' })).toEqual({ 'trip.time': 'Enter the time as hh:mm (24-hour), like 09:30 or 14:15' });
    expect(await fields({ time: '25:00' })).toEqual({ 'trip.time': 'Enter the time as hh:mm (24-hour), like 09:30 or 14:15' });
    expect(await fields({ time: '' })).toEqual({ 'trip.time': 'Enter the time, like 09:30' });
    expect(await fields({ appointmentPlace: '   ' })).toEqual({ 'trip.appointmentPlace': 'Enter where the appointment is' });
    expect(await fields({ pickUpAddress: '' })).toEqual({ 'trip.pickUpAddress': 'Enter the pick-up address' });
    expect(await fields({ appointmentPlace: 'x'.repeat(201) })).toEqual({ 'trip.appointmentPlace': 'Where the appointment is must be 200 characters or fewer' });
    expect(await fields({ accessNotes: 'x'.repeat(1001) })).toEqual({ 'trip.accessNotes': 'Access notes must be 1,000 characters or fewer' });
    expect(await fields({}, '2026-08-31')).toEqual({ 'trip.date': "A trip can't be before the programme started on 01/09/2026" });
    expect(await fields({}, '2027-11-25')).toEqual({ 'trip.date': 'Enter a date within the next year, by 24/11/2027' });
    expect((await expectFailure(app.api.programmes.requestTrip({ programmeId: id, trip: trip('2026-02-30') }))).fields).toEqual({ 'trip.date': 'Enter a real date' });

    const view = await app.api.programmes.requestTrip({ programmeId: id, trip: trip('2026-11-20', { time: '9:30', appointmentPlace: 'Ysbyty Gwynedd 🏥, Bangor', pickUpAddress: 'Tŷ Siôn, Llŷn' }) });
    // A date that has passed is allowed: a trip may be recorded afterwards.
    expect(view.trips[0]!.trip).toMatchObject({ date: '2026-11-20', time: '09:30', appointmentPlace: 'Ysbyty Gwynedd 🏥, Bangor', pickUpAddress: 'Tŷ Siôn, Llŷn' });
    expect(view.trips[0]!.buddy).toBeUndefined();
  });

  it('is refused on an ended programme and on a kind without trips', async () => {
    const { id } = await travelProgramme();
    await app.api.programmes.end({ id, date: '2026-11-01', ending: 'completed' });
    expect((await expectFailure(app.api.programmes.requestTrip({ programmeId: id, trip: trip('2026-11-24') }))).message).toBe('This programme has ended. Reopen it to request a trip.');
    const coaching = await app.api.programmes.start({ memberId: await member('Cy'), kindId: 'peer-coaching', date: '2026-09-01' });
    expect((await expectFailure(app.api.programmes.requestTrip({ programmeId: coaching.programme.id, trip: trip('2026-11-24') }))).message).toBe(
      'Peer coaching programmes have no travel buddy trips. Tick "Has travel buddy trips" for it in Settings → Programme kinds.',
    );
  });

  it('changes a request (clearing access notes) and cancels it; a cancelled trip stays, marked so', async () => {
    const { id } = await travelProgramme();
    const tripId = await requestOne(id, '2026-11-24', { accessNotes: 'Ring twice' });
    const changed = await app.api.programmes.updateTrip({ id: tripId, trip: trip('2026-11-25', { time: '14:00', accessNotes: '' }) });
    expect(changed.trips[0]!.trip).toMatchObject({ date: '2026-11-25', time: '14:00' });
    expect(changed.trips[0]!.trip.accessNotes).toBeUndefined();
    const cancelled = await app.api.programmes.cancelTrip({ id: tripId });
    expect(cancelled.trips[0]!.trip).toMatchObject({ status: 'cancelled', cancelledOn: '2026-11-23' });
    expect((await expectFailure(app.api.programmes.updateTrip({ id: tripId, trip: trip('2026-11-26') }))).message).toBe("This trip was cancelled, so it can't be changed. Request a new trip instead.");
  });
});

describe('Find a buddy', () => {
  it("suggests volunteers free on the trip's weekday and part of day, the member's own volunteer first, and says why others are left out", async () => {
    const { id } = await travelProgramme();
    // Tuesday 24 November 2026, 09:30: a Tuesday morning.
    const tripId = await requestOne(id, '2026-11-24');
    const own = await buddy('Owen', { availability: ['tue-morning'], caseloadLimit: 1 });
    await app.api.programmes.match({ id, volunteerId: own, date: '2026-11-02' });
    const bea = await buddy('Bea', { availability: ['tue-morning', 'wed-morning'], interests: ['gardening'] });
    await buddy('Ned', { availability: ['tue-afternoon'] });
    const busy = await buddy('Bus', { availability: ['tue-morning'] });
    const other = await travelProgramme(busy, 'Other');
    await requestOne(other.id, '2026-11-24', { time: '11:15' });
    await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Dee', lastName: 'Jones', roles: ['travel-buddy'], availability: ['tue-morning'] }), status: 'active' });

    const result = await app.api.programmes.findBuddy({ id: tripId });
    expect(result.slot).toBe('Tuesday mornings');
    expect(result.suggested.map((s) => [s.volunteer.name, s.reasons])).toEqual([
      // Full (1 of 1) with this very member, so their caseload has room for them.
      ['Owen Jones', ['Their volunteer now', 'Free on Tuesday mornings', 'Supporting 1 of 1']],
      ['Bea Jones', ['Free on Tuesday mornings', 'Supporting 0 of 2']],
    ]);
    expect(result.leftOut.map((l) => [l.volunteer.name, l.why])).toEqual([
      ['Bus Jones', 'Already on a trip on 24/11/2026 at 11:15'],
      ['Dee Jones', 'DBS missing; Training missing; Supervision missing'],
      ['Ned Jones', 'Not free on Tuesday mornings'],
    ]);

    const chosen = await app.api.programmes.setTripBuddy({ id: tripId, volunteerId: bea });
    expect(chosen.trips[0]!.buddy).toEqual({ id: bea, name: 'Bea Jones' });
    // The programme's own volunteer is unchanged: a buddy is for this trip only.
    expect(chosen.detail.volunteer?.id).toBe(own);
    const again = await app.api.programmes.findBuddy({ id: tripId });
    expect(again.leftOut).toContainEqual({ volunteer: { id: bea, name: 'Bea Jones' }, why: 'The buddy for this trip now' });
  });

  it("refuses a buddy who has left or has no role for the kind", async () => {
    const { id } = await travelProgramme();
    const tripId = await requestOne(id, '2026-11-24');
    const gone = await buddy('Gil');
    await app.api.volunteers.changeStatus({ id: gone, status: 'left', date: '2026-11-01', reason: 'Moved away' });
    expect((await expectFailure(app.api.programmes.setTripBuddy({ id: tripId, volunteerId: gone }))).message).toBe('Gil Jones is not an active volunteer. Choose another.');
    const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Cal', lastName: 'Jones', roles: ['group-facilitator'] }), status: 'active' });
    if (r.status !== 'saved') throw new Error('not saved');
    expect((await expectFailure(app.api.programmes.setTripBuddy({ id: tripId, volunteerId: r.volunteer.id }))).message).toBe('Cal Jones has no role that may deliver Travel buddy. Choose another.');
  });
});

describe('Mark trip done', () => {
  it("in one commit sets the trip done, logs an attended out-and-about session for the buddy and adds the buddy's mileage line", async () => {
    const ana = await buddy('Ana');
    const { id } = await travelProgramme(ana);
    const tripId = await requestOne(id, '2026-11-20');
    const commits = await commitsOf(() => app.api.programmes.tripDone({ id: tripId, done: { minutes: 150, miles: 12.5 } }));
    expect(commits).toHaveLength(1);
    // The programme goes from matched to active with its first attended session.
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put audit/2026', 'put expenses', 'put programme-sessions/2026', 'put programmes', 'put travel-trips']);
    const audit = auditEntriesIn(commits[0]!);
    expect(audit.map((a) => [a.entity, a.summary])).toEqual([
      ['travel-trip', 'Marked the trip of 20/11/2026 done: session logged, 12.5 miles claimed'],
      ['volunteer', 'Added an expense (travel buddy mileage)'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Helier|Mill Lane/);

    const detail = await app.api.programmes.get({ id });
    expect(detail.counter).toBe('1 session');
    expect(detail.programme.status).toBe('active');
    expect(detail.sessions).toEqual([
      expect.objectContaining({ date: '2026-11-20', startTime: '09:30', minutes: 150, mode: 'out-and-about', where: 'St Helier Hospital, outpatients', outcome: 'attended', volunteerId: ana, note: 'Travel buddy trip, there and back' }),
    ]);
    const { expenses } = await app.api.compliance.volunteer({ volunteerId: ana });
    // 12.5 miles at 45p = £5.625, rounded to the penny that is paid.
    expect(expenses).toEqual([expect.objectContaining({ date: '2026-11-20', kind: 'mileage', description: 'Travel buddy trip to St Helier Hospital, outpatients', miles: 12.5, pence: 563, receiptHeld: false })]);
    const [row] = await app.api.programmes.trips({ programmeId: id });
    expect(row).toMatchObject({ trip: { status: 'done', minutes: 150, miles: 12.5 }, expensePence: 563, sessionKept: true, expenseKept: true });
  });

  it('prices the mileage across the tax year, as the Expenses tab does: past 10,000 miles at 25p', async () => {
    const ana = await buddy('Ana');
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-05-01', kind: 'mileage', description: 'Earlier trips', miles: 5000 } });
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-06-01', kind: 'mileage', description: 'Earlier trips', miles: 4995 } });
    const { id } = await travelProgramme(ana);
    const tripId = await requestOne(id, '2026-11-20');
    const view = await app.api.programmes.tripDone({ id: tripId, done: { minutes: 120, miles: 10 } });
    // 5 miles at 45p and 5 at 25p.
    expect(view.trips[0]!.expensePence).toBe(5 * 45 + 5 * 25);
  });

  it('without miles logs only the session; a done trip cannot be done again, changed or cancelled', async () => {
    const ana = await buddy('Ana');
    const { id } = await travelProgramme(ana);
    const tripId = await requestOne(id, '2026-11-23', { returnJourney: false });
    const commits = await commitsOf(() => app.api.programmes.tripDone({ id: tripId, done: { minutes: 60 } }));
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put programme-sessions/2026', 'put programmes', 'put travel-trips']);
    expect((await app.api.compliance.volunteer({ volunteerId: ana })).expenses).toEqual([]);
    const done = "This trip is done, so it can't be";
    expect((await expectFailure(app.api.programmes.tripDone({ id: tripId, done: { minutes: 60 } }))).message).toMatch(done);
    expect((await expectFailure(app.api.programmes.updateTrip({ id: tripId, trip: trip('2026-11-23') }))).message).toMatch(done);
    expect((await expectFailure(app.api.programmes.cancelTrip({ id: tripId }))).message).toBe(
      "This trip is done, so it can't be cancelled. Its session and any mileage line are kept: delete them in the session log and the buddy's Expenses if it did not happen.",
    );

    // Deleting the session in the log leaves the trip done and says the session is gone.
    const sessionId = (await app.api.programmes.get({ id })).sessions[0]!.id;
    await app.api.programmes.deleteSession({ id: sessionId });
    expect((await app.api.programmes.trips({ programmeId: id }))[0]).toMatchObject({ trip: { status: 'done' }, sessionKept: false, expenseKept: false });
  });

  it('is refused before the day, with no buddy, and with minutes or miles out of range', async () => {
    const { id } = await travelProgramme();
    const future = await requestOne(id, '2026-11-24');
    const noBuddy = await requestOne(id, '2026-11-20');
    expect((await expectFailure(app.api.programmes.tripDone({ id: future, done: { minutes: 60 } }))).message).toBe('This trip is on 24/11/2026: mark it done on the day or after.');
    expect((await expectFailure(app.api.programmes.tripDone({ id: noBuddy, done: { minutes: 60 } }))).message).toBe('Choose a buddy for this trip first ("Find a buddy"): the session and any mileage are theirs.');
    expect((await expectFailure(app.api.programmes.tripDone({ id: noBuddy, done: { minutes: 0 } }))).fields).toEqual({ 'done.minutes': 'A trip takes at least 1 minute' });
    expect((await expectFailure(app.api.programmes.tripDone({ id: noBuddy, done: { minutes: 721 } }))).fields).toEqual({ 'done.minutes': 'A trip is 12 hours or less' });
    expect((await expectFailure(app.api.programmes.tripDone({ id: noBuddy, done: { minutes: 60, miles: 0 } }))).fields).toEqual({ 'done.miles': 'Enter the miles driven, or leave it blank' });
    expect((await expectFailure(app.api.programmes.tripDone({ id: noBuddy, done: { minutes: 60, miles: 5001 } }))).fields).toEqual({ 'done.miles': 'Enter 5,000 miles or fewer' });

    // A programme ended before the trip's day: said in words, not against a field the dialog lacks.
    const ana = await buddy('Ana');
    await app.api.programmes.setTripBuddy({ id: noBuddy, volunteerId: ana });
    await app.api.programmes.end({ id, date: '2026-11-19', ending: 'completed' });
    expect(await expectFailure(app.api.programmes.tripDone({ id: noBuddy, done: { minutes: 60 } }))).toMatchObject({
      code: 'CONFLICT',
      message: 'The programme ended on 19/11/2026, before this trip: reopen it to mark the trip done.',
    });
  });
});

describe('Home: travel requests in the next 7 days with no buddy', () => {
  it("are on the one-to-one programmes card, first, for requested trips from today to 7 days ahead with no buddy or one who has left", async () => {
    const ana = await buddy('Ana');
    const gil = await buddy('Gil');
    const a = await travelProgramme(undefined, 'Aled');
    const b = await travelProgramme(gil, 'Bryn');
    const c = await travelProgramme(ana, 'Cai');
    await requestOne(a.id, '2026-11-30', { time: '14:00' });
    await requestOne(a.id, '2026-11-27', { appointmentPlace: 'GP surgery' });
    await requestOne(a.id, '2026-12-01'); // 8 days ahead
    await requestOne(a.id, '2026-11-20'); // passed
    await app.api.programmes.cancelTrip({ id: await requestOne(a.id, '2026-11-25') });
    await requestOne(b.id, '2026-11-23', { time: '11:00' });
    await requestOne(c.id, '2026-11-24'); // has Ana
    await app.api.volunteers.changeStatus({ id: gil, status: 'left', date: '2026-11-22', reason: 'Moved away' });
    // A programme that needs the coordinator for another reason comes after those with a trip.
    const waiting = await app.api.programmes.start({ memberId: await member('Dai'), kindId: 'peer-coaching', date: '2026-10-01' });

    const home = await app.api.home.thisWeek();
    expect(home.programmesNeedingAction.map((p) => [p.memberName, p.why])).toEqual([
      // Both trips of Aled's, soonest first; started on 01/09 and never matched, so waiting too.
      ['Aled Okafor', 'no buddy yet for the trip on Fri 27 Nov 2026 at 09:30 to GP surgery; no buddy yet for the trip on Mon 30 Nov 2026 at 14:00 to St Helier Hospital, outpatients; waiting for a match for 83 days'],
      ['Bryn Okafor', 'Gil Jones has left: find another buddy for the trip on Mon 23 Nov 2026 at 11:00 to St Helier Hospital, outpatients; no contact for 83 days; Gil Jones has left: choose another volunteer'],
      ['Cai Okafor', 'no contact for 83 days'],
      ['Dai Okafor', 'waiting for a match for 53 days'],
    ]);
    expect(home.programmesNeedingAction.find((p) => p.id === waiting.programme.id)?.kindName).toBe('Peer coaching');
  });
});

describe('deleting people', () => {
  it("deleting a member takes their programme's trips with it in the same commit", async () => {
    const { id, memberId } = await travelProgramme();
    await requestOne(id, '2026-11-24');
    const commits = await commitsOf(() => app.api.members.delete({ id: memberId }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['del members', 'del programmes', 'del travel-trips', 'put audit/2026']);
  });

  it('deleting a volunteer leaves the trips still to come with no buddy; a done trip keeps who went', async () => {
    const ana = await buddy('Ana');
    const { id } = await travelProgramme(ana);
    const done = await requestOne(id, '2026-11-20');
    await app.api.programmes.tripDone({ id: done, done: { minutes: 60 } });
    await requestOne(id, '2026-11-26');
    await app.api.volunteers.delete({ id: ana });
    const rows = await app.api.programmes.trips({ programmeId: id });
    expect(rows.map((r) => [r.trip.date, r.trip.status, r.trip.volunteerId])).toEqual([
      ['2026-11-26', 'requested', undefined],
      ['2026-11-20', 'done', ana],
    ]);
    expect((await app.api.home.thisWeek()).programmesNeedingAction[0]!.why).toMatch(/^no buddy yet for the trip on Thu 26 Nov 2026/);
  });
});
