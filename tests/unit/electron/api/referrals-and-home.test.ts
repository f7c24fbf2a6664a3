import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeGroupInput, makeVenueInput } from '../../../factories/groups';
import { makeMemberInput } from '../../../factories/members';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

const refer = (firstName: string, receivedDate: string, extra: Record<string, unknown> = {}) =>
  app.api.referrals.create({ referral: { receivedDate, source: 'social-prescriber', person: { firstName, lastName: 'Referred' }, ...extra } });

describe('referrals', () => {
  it('lists open referrals oldest first with days waiting against the target', async () => {
    await refer('Recent', '2026-11-20');
    await refer('Old', '2026-10-01');
    await refer('Assessed', '2026-09-01', { assessedDate: '2026-09-20' });
    const list = await app.api.referrals.list();
    expect(list.rows.map((r) => [r.name, r.daysWaiting, r.overTarget])).toEqual([
      ['Assessed Referred', 19, false],
      ['Old Referred', 53, true],
      ['Recent Referred', 3, false],
    ]);
    expect(list).toMatchObject({ openCount: 3, overTargetCount: 1 });
    expect(list.rows[0]?.targetWaitDays).toBe(35);
  });

  it('a referral assessed after its target stays marked late; one assessed in time does not', async () => {
    await refer('Late', '2026-09-01', { assessedDate: '2026-10-13' });
    await refer('InTime', '2026-09-01', { assessedDate: '2026-09-20' });
    const rows = (await app.api.referrals.list()).rows;
    expect(rows.map((r) => [r.name, r.daysWaiting, r.overTarget, r.assessedLate])).toEqual([
      ['Late Referred', 42, false, true],
      ['InTime Referred', 19, false, false],
    ]);
  });

  it('placing someone in a group from the outcome warns about the group’s age range, as adding from the group does', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ eligibility: { minAge: 50 } }) });
    const young = await refer('Cerys', '2026-11-01', { person: { firstName: 'Cerys', lastName: 'ap Dafydd', dateOfBirth: '2000-05-01' } });
    const result = await app.api.referrals.setOutcome({ id: young.id, outcome: 'accepted', date: '2026-11-20', placeInGroupId: group.id });
    expect(result.placement).toBe(`Added to ${group.name}.`);
    expect(result.warnings).toEqual(['Aged 26: the group is for 50 and over']);

    const unknownAge = await refer('Dewi', '2026-11-01');
    expect((await app.api.referrals.setOutcome({ id: unknownAge.id, outcome: 'accepted', date: '2026-11-20', placeInGroupId: group.id })).warnings).toEqual([
      'Age not known: the group has an age range',
    ]);
  });

  it('checks dates in plain words', async () => {
    const error = await expectFailure(refer('Bad', '2026-11-20', { contactedDate: '2026-11-01', assessedDate: '2027-01-01' }));
    expect(error.fields).toEqual({
      contactedDate: 'They were contacted before the referral was received: check the date',
      assessedDate: "The date can't be in the future",
    });
  });

  it('accepting makes an active member with the referral as their history, placed in a group or on its waiting list', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ capacity: 1 }) });
    const first = await refer('First', '2026-10-01', { contactedDate: '2026-10-03', assessedDate: '2026-10-20' });
    const a = await app.api.referrals.setOutcome({ id: first.id, outcome: 'accepted', date: '2026-11-02', placeInGroupId: group.id });
    expect(a.placement).toBe('Added to Tuesday Peer Support.');
    const second = await refer('Second', '2026-10-05');
    const b = await app.api.referrals.setOutcome({ id: second.id, outcome: 'accepted', date: '2026-11-02', placeInGroupId: group.id });
    expect(b.placement).toBe('Tuesday Peer Support is full, so they are on its waiting list.');
    const detail = await app.api.groups.get({ id: group.id });
    expect(detail.roster.map((r) => r.name)).toEqual(['First Referred']);
    expect(detail.waitingList.map((w) => w.name)).toEqual(['Second Referred']);
    const again = await expectFailure(app.api.referrals.setOutcome({ id: first.id, outcome: 'declined', date: '2026-11-02', reason: 'x' }));
    expect(again.code).toBe('CONFLICT');
    expect((await app.api.referrals.list()).openCount).toBe(0);
  });

  it('declining needs a reason', async () => {
    const r = await refer('Dee', '2026-11-01');
    const error = await expectFailure(app.api.referrals.setOutcome({ id: r.id, outcome: 'declined', date: '2026-11-10' }));
    expect(error.fields).toEqual({ reason: 'Enter why the referral was declined' });
    const done = await app.api.referrals.setOutcome({ id: r.id, outcome: 'declined', date: '2026-11-10', reason: 'Needs clinical support first' });
    expect(done.referral).toMatchObject({ outcome: 'declined', outcomeReason: 'Needs clinical support first' });
    expect(done.memberId).toBeUndefined();
  });
});

describe('home: this week', () => {
  it('shows the first steps of a new Peer Desk until each is done: names, a venue, a group, people', async () => {
    await app.api.system.startEmpty({ yourName: 'Rhiannon Price', organisationName: 'Grŵp Cymorth' });
    expect(await app.api.settings.get()).toMatchObject({ yourName: 'Rhiannon Price', organisationName: 'Grŵp Cymorth', setUpDone: true });
    expect((await app.api.home.thisWeek()).setUp).toEqual({ yourName: true, organisation: true, venue: false, group: false, people: false });
    await app.api.venues.create({ venue: makeVenueInput() });
    await app.api.groups.create({ group: makeGroupInput() });
    expect((await app.api.home.thisWeek()).setUp).toMatchObject({ venue: true, group: true, people: false });
    await app.api.sessions.quickAddPerson({ firstName: 'Eirlys', lastName: 'Bowen' });
    expect((await app.api.home.thisWeek()).setUp).toBeUndefined();
  });

  it('brings together today, the week, registers due, referrals over target and places to offer', async () => {
    const monday = await app.api.groups.create({ group: makeGroupInput({ name: 'Monday Walk', schedule: { weekday: 'mon' }, capacity: 1 }) });
    await app.api.groups.create({ group: makeGroupInput({ name: 'Thursday Art', schedule: { weekday: 'thu' } }) });
    await refer('Waiting', '2026-10-01');
    const ann = (await app.api.sessions.quickAddPerson({ firstName: 'Ann', lastName: 'W' })).id;
    await app.api.groups.addToWaitingList({ groupId: monday.id, memberId: ann });

    const home = await app.api.home.thisWeek();
    expect(home.weekStart).toBe('2026-11-23');
    expect(home.sessionsToday.map((s) => s.groupName)).toEqual(['Monday Walk']);
    expect(home.sessionsThisWeek.map((s) => [s.date, s.groupName])).toEqual([['2026-11-26', 'Thursday Art']]);
    expect(home.referralsOverTarget.map((r) => r.name)).toEqual(['Waiting Referred']);
    expect(home.placesToOffer.map((g) => g.name)).toEqual(['Monday Walk']);
    // Groups started 1 September: every past session in the last 8 weeks lacks a register.
    expect(home.registersDue.length).toBe(16);
    expect(home.registersDue[0]?.date).toBe('2026-11-19');
  });

  it('leaves out of registers due the meetings not recorded: before a group’s registers start, or marked so', async () => {
    // Both meet on Thursdays from 1 September; the 8 weeks before today hold 8 of each.
    const moved = await app.api.groups.create({ group: makeGroupInput({ name: 'Moved Over', schedule: { weekday: 'thu' }, registersFrom: '2026-11-12' }) });
    const kept = await app.api.groups.create({ group: makeGroupInput({ name: 'Kept All Along', schedule: { weekday: 'thu' } }) });
    await app.api.sessions.markNotRecorded({ sessionId: `${kept.id}--2026-11-05` });
    const due = (await app.api.home.thisWeek()).registersDue;
    expect(due.filter((s) => s.groupId === moved.id).map((s) => s.date)).toEqual(['2026-11-19', '2026-11-12']);
    expect(due.filter((s) => s.groupId === kept.id)).toHaveLength(7);
    expect(due.map((s) => s.id)).not.toContain(`${kept.id}--2026-11-05`);
  });

  it('lists devices overdue: due before today and not returned, longest first; due today and returned loans are not listed', async () => {
    const member = async (firstName: string, lastName: string) => app.api.members.create({ member: makeMemberInput({ firstName, lastName }) });
    const sian = await member('Siân', 'Llewelyn');
    const dafydd = await member('Dafydd', 'ap Rhys');
    if (sian.status !== 'saved' || dafydd.status !== 'saved') throw new Error('not saved');
    expect((await app.api.home.thisWeek()).devicesOverdue).toEqual([]);
    await app.api.members.addDeviceLoan({ id: sian.member.id, loan: { item: 'Tablet', out: '2026-08-01', due: '2026-11-23' } });
    await app.api.members.addDeviceLoan({ id: sian.member.id, loan: { item: 'Data SIM card', out: '2026-08-01', due: '2026-11-22' } });
    await app.api.members.addDeviceLoan({ id: dafydd.member.id, loan: { item: 'Tablet', out: '2026-08-01', due: '2026-10-20' } });
    await app.api.members.addDeviceLoan({ id: dafydd.member.id, loan: { item: 'Mi-Fi dongle', out: '2026-08-01', due: '2026-09-01', returned: '2026-09-20' } });
    const home = await app.api.home.thisWeek();
    expect(home.devicesOverdue.map((l) => [l.memberName, l.item, l.due, l.daysOverdue])).toEqual([
      ['Dafydd ap Rhys', 'Tablet', '2026-10-20', 34],
      ['Siân Llewelyn', 'Data SIM card', '2026-11-22', 1],
    ]);
    expect(home.devicesOverdue[0]?.memberId).toBe(dafydd.member.id);
  });
});
