import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../helpers/pdf-text';
import { makeGroupInput, makeVenueInput } from '../../../factories/groups';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

const person = async (firstName: string, lastName = 'Test') => (await app.api.sessions.quickAddPerson({ firstName, lastName })).id;

describe('groups and venues', () => {
  it('lists a group with its schedule in words, venue and next session', async () => {
    const venue = await app.api.venues.create({ venue: makeVenueInput() });
    const group = await app.api.groups.create({ group: makeGroupInput({ venueId: venue.id, capacity: 12 }) });
    const [summary] = await app.api.groups.list();
    expect(summary).toMatchObject({
      id: group.id,
      scheduleInWords: 'Every Tuesday, 10:30–12:00, not on bank holidays',
      venueName: 'Crookes Community Centre',
      capacity: 12,
      freePlaces: 12,
      memberCount: 0,
      nextSessionDate: '2026-11-24',
    });
    const venues = await app.api.venues.list();
    expect(venues[0]).toMatchObject({ groupCount: 1, access: 'Step-free access, Hearing loop, Accessible toilet; no parking' });
    const refused = await expectFailure(app.api.venues.delete({ id: venue.id }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Tuesday Peer Support') as string });
  });

  it('names the dates in the next 8 weeks the group does not meet, and why', async () => {
    // Today is Monday 23 November 2026; a Friday group that skips bank holidays and one set date.
    const group = await app.api.groups.create({ group: makeGroupInput({ name: 'Grŵp Gwener', schedule: { weekday: 'fri', skipDates: ['2026-12-11'] } }) });
    const detail = await app.api.groups.get({ id: group.id });
    expect(detail.notMeeting).toEqual([
      { date: '2026-12-11', why: 'a date skipped in the group’s schedule' },
      { date: '2026-12-25', why: 'Christmas Day' },
      { date: '2027-01-01', why: "New Year's Day" },
    ]);
    expect(detail.upcoming.map((s) => s.date)).not.toContain('2026-12-25');
    // The month's rota says so where the meeting would have been.
    const rota = pdfText(await app.api.groups.printRota({ month: '2026-12' }));
    expect(rota).toContain('No meeting Grŵp Gwener Christmas Day');
    expect(rota).toContain('No meeting Grŵp Gwener date skipped');

    const meetsAnyway = await app.api.groups.create({ group: makeGroupInput({ name: 'Friday Anyway', schedule: { weekday: 'fri', skipBankHolidays: false } }) });
    expect((await app.api.groups.get({ id: meetsAnyway.id })).notMeeting).toEqual([]);
  });

  it('rejects a schedule that makes no sense, with field errors', async () => {
    const error = await expectFailure(
      app.api.groups.create({ group: makeGroupInput({ schedule: { frequency: 'monthly', startTime: '12:00', endTime: '10:00' } }) }),
    );
    expect(error.fields).toMatchObject({
      'group.schedule.weekOfMonth': expect.stringContaining('week of the month') as string,
      'group.schedule.endTime': 'The end time must be after the start time',
    });
  });

  it('makes a one-off event: it meets on its one date, reads as such, and its weekday comes from the date', async () => {
    // Today is Monday 23 November 2026; the workshop is on Tuesday 12 January 2027.
    const group = await app.api.groups.create({
      group: makeGroupInput({
        name: 'Wellbeing Workshop',
        kind: 'workshop',
        schedule: { frequency: 'once', weekday: undefined, startDate: '2027-01-12', startTime: '10:00', endTime: '12:00', endDate: '2027-06-01', skipDates: ['2027-01-12'], skipBankHolidays: true },
      }),
    });
    // The repeating parts are dropped, so nothing left over can hide the one date.
    expect(group.schedule).toEqual({ frequency: 'once', weekday: 'tue', startDate: '2027-01-12', startTime: '10:00', endTime: '12:00', skipDates: [], skipBankHolidays: false });
    const detail = await app.api.groups.get({ id: group.id });
    expect(detail.scheduleInWords).toBe('One-off: Tue 12 Jan 2027, 10:00–12:00');
    expect(detail.upcoming.map((s) => s.date)).toEqual(['2027-01-12']);
    expect(detail.notMeeting).toEqual([]);
    const summary = (await app.api.groups.list()).find((g) => g.id === group.id);
    expect(summary).toMatchObject({ scheduleInWords: 'One-off: Tue 12 Jan 2027, 10:00–12:00', nextSessionDate: '2027-01-12' });
    // The month's rota has it once, in January only.
    expect(pdfText(await app.api.groups.printRota({ month: '2027-01' }))).toContain('Wellbeing Workshop');
    expect(pdfText(await app.api.groups.printRota({ month: '2027-02' }))).not.toContain('Wellbeing Workshop');
  });

  it('a one-off needs a real date and times in order; a repeating group still needs its day', async () => {
    const error = await expectFailure(
      app.api.groups.create({ group: makeGroupInput({ schedule: { frequency: 'once', weekday: undefined, startDate: '2027-02-30', startTime: '12:00', endTime: '10:00' } }) }),
    );
    expect(error.fields).toMatchObject({
      'group.schedule.startDate': 'Enter a real date',
      'group.schedule.endTime': 'The end time must be after the start time',
    });
    const noDay = await expectFailure(app.api.groups.create({ group: makeGroupInput({ schedule: { weekday: undefined } }) }));
    expect(noDay.fields).toMatchObject({ 'group.schedule.weekday': 'Choose the day it meets' });
  });

  it('leads with the next session and the newest register still to take, with how many are on each roster', async () => {
    // Today is Monday 23 November 2026; a Tuesday group since 3 November: 3, 10 and 17 November are past.
    const group = await app.api.groups.create({ group: makeGroupInput({ schedule: { startDate: '2026-11-03', skipBankHolidays: false } }) });
    const early = await person('Early');
    const later = await person('Later');
    await app.api.groups.addMember({ groupId: group.id, memberId: early, joined: '2026-11-01' });
    await app.api.groups.addMember({ groupId: group.id, memberId: later, joined: '2026-11-24' });
    let detail = await app.api.groups.get({ id: group.id });
    expect(detail.nextSession).toMatchObject({ session: { date: '2026-11-24' }, onRoster: 2 });
    expect(detail.registerDue).toMatchObject({ session: { date: '2026-11-17' }, onRoster: 1, older: 2 });

    // Tomorrow's is cancelled, and the 17th's register is taken: the card moves on to the next of each.
    await app.api.sessions.cancel({ sessionId: detail.nextSession!.session.id, reason: 'Venue closed' });
    await app.api.sessions.saveRegister({ sessionId: detail.registerDue!.session.id, marks: { [early]: 'present' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [] });
    detail = await app.api.groups.get({ id: group.id });
    expect(detail.nextSession).toMatchObject({ session: { date: '2026-12-01' }, onRoster: 2 });
    expect(detail.registerDue).toMatchObject({ session: { date: '2026-11-10' }, older: 1 });
  });

  it('"Registers start from": earlier meetings are not recorded, not due and not asked for by the card; the date can be changed or cleared', async () => {
    // A Tuesday group since 1 September, moved onto Peer Desk with registers from 10 November.
    const group = await app.api.groups.create({ group: makeGroupInput({ registersFrom: '2026-11-10' }) });
    expect(group.registersFrom).toBe('2026-11-10');
    let detail = await app.api.groups.get({ id: group.id });
    expect(detail.registerDue).toMatchObject({ session: { date: '2026-11-17' }, older: 1 });
    expect(detail.recent.filter((s) => s.notRecorded).map((s) => s.date)).toEqual(['2026-11-03', '2026-10-27', '2026-10-20', '2026-10-13', '2026-10-06', '2026-09-29', '2026-09-22', '2026-09-15', '2026-09-08', '2026-09-01']);
    expect((await app.api.home.thisWeek()).registersDue.map((s) => s.date)).toEqual(['2026-11-17', '2026-11-10']);

    // Cleared on edit, every past meeting wants its register again.
    const { registersFrom: _r, ...rest } = makeGroupInput();
    const cleared = await app.api.groups.update({ id: group.id, group: rest });
    expect(cleared.registersFrom).toBeUndefined();
    detail = await app.api.groups.get({ id: group.id });
    expect(detail.registerDue?.older).toBe(11);
    expect(detail.recent.some((s) => s.notRecorded)).toBe(false);
  });

  it('refuses a "Registers start from" after today, or that is not a date, in plain words', async () => {
    const later = await expectFailure(app.api.groups.create({ group: makeGroupInput({ registersFrom: '2026-11-24' }) }));
    expect(later.fields).toEqual({ registersFrom: 'Enter today’s date or an earlier one: meetings from today on are asked for a register anyway' });
    const nonsense = await expectFailure(app.api.groups.create({ group: makeGroupInput({ registersFrom: '2026-02-30' }) }));
    expect(nonsense.fields).toEqual({ 'group.registersFrom': 'Enter a real date' });
    expect((await app.api.groups.create({ group: makeGroupInput({ registersFrom: '2026-11-23' }) })).registersFrom).toBe('2026-11-23');
  });

  it('lists the members by surname then first name, as the register and the printed sheets do', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ capacity: 10 }) });
    const names: [string, string][] = [
      ['Zoë', 'Ellis'],
      ['Łukasz', 'Wróbel'],
      ['Siân', 'ap Gruffudd'],
      ['aled', 'ellis'],
      ['Mary-Catherine', 'Featherstonehaugh-Montgomery-Llewellyn'],
      ['Émile', 'Zola'],
      ['Lowri', 'Wroe'],
    ];
    for (const [first, last] of names) await app.api.groups.addMember({ groupId: group.id, memberId: await person(first, last), joined: '2026-11-01' });
    const detail = await app.api.groups.get({ id: group.id });
    expect(detail.roster.map((r) => r.name)).toEqual([
      'Siân ap Gruffudd',
      'aled ellis',
      'Zoë Ellis',
      'Mary-Catherine Featherstonehaugh-Montgomery-Llewellyn',
      'Łukasz Wróbel',
      'Lowri Wroe',
      'Émile Zola',
    ]);
  });

  it('fills to capacity, then offers the waiting list; leavers can come back', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ capacity: 2 }) });
    const [ann, bob, cat] = [await person('Ann'), await person('Bob'), await person('Cat')];
    await app.api.groups.addMember({ groupId: group.id, memberId: ann, joined: '2026-11-01' });
    await app.api.groups.addMember({ groupId: group.id, memberId: bob, joined: '2026-11-01' });
    const full = await expectFailure(app.api.groups.addMember({ groupId: group.id, memberId: cat, joined: '2026-11-23' }));
    expect(full).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('full') as string });
    await app.api.groups.addToWaitingList({ groupId: group.id, memberId: cat });
    let detail = await app.api.groups.get({ id: group.id });
    expect(detail.freePlaces).toBe(0);
    expect(detail.offerPlaceTo).toBeUndefined();

    detail = await app.api.groups.removeMember({ groupId: group.id, memberId: bob, date: '2026-11-20', reason: 'Feeling better' });
    expect(detail.freePlaces).toBe(1);
    expect(detail.offerPlaceTo).toMatchObject({ id: cat, name: 'Cat Test', position: 1 });
    expect(detail.pastMembers).toMatchObject([{ id: bob, left: '2026-11-20', leftReason: 'Feeling better' }]);

    const joined = await app.api.groups.addMember({ groupId: group.id, memberId: cat, joined: '2026-11-23' });
    expect(joined.detail.waitingList).toEqual([]);
    expect(joined.detail.roster.map((r) => r.name)).toEqual(['Ann Test', 'Cat Test']);

    // "Okay to leave, okay to come back": Bob returns over capacity, counted as returning.
    const early = await expectFailure(app.api.groups.addMember({ groupId: group.id, memberId: bob, joined: '2026-11-19', overCapacity: true }));
    expect(early.fields).toEqual({ joined: 'Enter a date on or after 20/11/2026, when they last left' });
    const back = await app.api.groups.addMember({ groupId: group.id, memberId: bob, joined: '2026-11-23', overCapacity: true });
    expect(back.warnings).toEqual(['The group now has more members than its 2 places.']);
    expect(back.detail.roster.find((r) => r.id === bob)?.returning).toBe(true);
    expect(back.detail.pastMembers).toHaveLength(1);
  });

  it('keeps the waiting list in order and lets the coordinator reorder it', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput() });
    const ids = [await person('Dai'), await person('Eve'), await person('Fay')];
    for (const id of ids) await app.api.groups.addToWaitingList({ groupId: group.id, memberId: id });
    const moved = await app.api.groups.moveOnWaitingList({ groupId: group.id, memberId: ids[2]!, direction: 'up' });
    expect(moved.waitingList.map((w) => [w.position, w.name])).toEqual([
      [1, 'Dai Test'],
      [2, 'Fay Test'],
      [3, 'Eve Test'],
    ]);
    expect((await expectFailure(app.api.groups.addToWaitingList({ groupId: group.id, memberId: ids[0]! }))).code).toBe('CONFLICT');
  });

  it('warns, but does not stop, when someone is outside the age range', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ eligibility: { note: 'Adults 50–75', minAge: 50, maxAge: 75 } }) });
    const referral = await app.api.referrals.create({
      referral: { receivedDate: '2026-11-01', source: 'gp', person: { firstName: 'Young', lastName: 'Person', dateOfBirth: '1990-06-01' } },
    });
    const { memberId } = await app.api.referrals.setOutcome({ id: referral.id, outcome: 'accepted', date: '2026-11-20' });
    const result = await app.api.groups.addMember({ groupId: group.id, memberId: memberId!, joined: '2026-11-23' });
    expect(result.warnings).toEqual(['Aged 36: the group is for 50–75']);
    expect(result.detail.roster[0]?.ageWarning).toBe('Aged 36: the group is for 50–75');
  });

  it('drop-ins have no roster', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ name: 'Sunday drop-in', kind: 'drop-in' }) });
    const error = await expectFailure(app.api.groups.addMember({ groupId: group.id, memberId: await person('Gil'), joined: '2026-11-23' }));
    expect(error.message).toMatch(/Drop-ins have no roster/);
  });

  it('shows the next 8 weeks of sessions, skipping bank holidays, and the recent ones', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ schedule: { weekday: 'fri', startDate: '2026-09-04' } }) });
    const detail = await app.api.groups.get({ id: group.id });
    // 25 December and 1 January are bank holidays: no meeting.
    expect(detail.upcoming.map((s) => s.date)).toEqual(['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08', '2027-01-15']);
    expect(detail.recent[0]?.date).toBe('2026-11-20');
    expect(detail.recent.every((s) => !s.register)).toBe(true);
  });
});
