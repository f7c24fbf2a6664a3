import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeGroupInput } from '../../../factories/groups';
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

async function facilitator(firstName: string) {
  const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Facilitator' }), status: 'active' });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.volunteer.id;
}

async function groupWithMembers(names: string[], extra: Parameters<typeof makeGroupInput>[0] = {}) {
  const fac = await facilitator('Siân');
  const group = await app.api.groups.create({ group: makeGroupInput({ facilitatorIds: [fac], ...extra }) });
  const ids: string[] = [];
  for (const n of names) {
    const id = (await app.api.sessions.quickAddPerson({ firstName: n, lastName: 'Member' })).id;
    await app.api.groups.addMember({ groupId: group.id, memberId: id, joined: '2026-11-01' });
    ids.push(id);
  }
  return { group, ids, fac };
}

const LAST_TUESDAY = '2026-11-17';

describe('sessions and registers', () => {
  it('lists the roster in sign-in sheet order and saves a register with walk-ins', async () => {
    const { group, ids, fac } = await groupWithMembers(['Zoë', 'Aled', 'Łukasz']);
    const sessionId = `${group.id}--${LAST_TUESDAY}`;
    const detail = await app.api.sessions.get({ sessionId });
    expect(detail.roster.map((p) => p.name)).toEqual(['Aled Member', 'Łukasz Member', 'Zoë Member']);
    expect(detail.facilitators.map((f) => f.id)).toEqual([fac]);

    const walkIn = await app.api.sessions.quickAddPerson({ firstName: 'New', lastName: 'Person', phone: '07700 900555' });
    const saved = await app.api.sessions.saveRegister({
      sessionId,
      marks: { [ids[0]!]: 'present', [ids[1]!]: 'apologies' },
      walkIns: [walkIn.id],
      anonymousCount: 2,
      facilitatorsPresent: [fac],
    });
    // Zoë was not marked: saved as absent, never dropped.
    expect(saved.session.register?.marks).toEqual({ [ids[0]!]: 'present', [ids[1]!]: 'apologies', [ids[2]!]: 'absent' });
    expect(saved.session.attendance).toBe(4);
    expect(saved.walkIns.map((w) => w.name)).toEqual(['New Person']);
    const detailAfter = await app.api.groups.get({ id: group.id });
    expect(detailAfter.recent.find((s) => s.id === sessionId)?.register?.anonymousCount).toBe(2);
    expect(detailAfter.sessionsHeld).toBe(1);
  });

  it('a walk-in who has since joined the group from before that session shows once, marked present, and stays present when the register is saved again', async () => {
    const { group, ids, fac } = await groupWithMembers(['Zoë']);
    const sessionId = `${group.id}--${LAST_TUESDAY}`;
    const val = await app.api.sessions.quickAddPerson({ firstName: 'Val', lastName: 'Clarke' });
    await app.api.sessions.saveRegister({ sessionId, marks: { [ids[0]!]: 'present' }, walkIns: [val.id], anonymousCount: 0, facilitatorsPresent: [fac] });
    // Val joins the group, dated from the start of the month: on the roster of that Tuesday now.
    await app.api.groups.addMember({ groupId: group.id, memberId: val.id, joined: '2026-11-01' });

    const reopened = await app.api.sessions.get({ sessionId });
    expect(reopened.roster.map((p) => p.name)).toEqual(['Val Clarke', 'Zoë Member']);
    expect(reopened.walkIns).toEqual([]);
    expect(reopened.session.register?.marks).toEqual({ [ids[0]!]: 'present', [val.id]: 'present' });
    expect(reopened.session.attendance).toBe(2);

    // Saved again as an older screen would send it (Val still a walk-in, no mark): present, not absent.
    const saved = await app.api.sessions.saveRegister({ sessionId, marks: { [ids[0]!]: 'present' }, walkIns: [val.id], anonymousCount: 0, facilitatorsPresent: [fac] });
    expect(saved.session.register?.marks[val.id]).toBe('present');
    expect(saved.session.register?.walkIns).toEqual([]);
    expect(saved.session.attendance).toBe(2);
  });

  it('saving a register is one commit to the journal, and the next checkpoint rewrites only that year’s sessions and audit files', async () => {
    const { group, ids } = await groupWithMembers(['Ann']);
    await app.reopen(); // closing checkpoints: every document file is up to date
    const documents = async () =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(app.dir))
            .filter((f) => f.endsWith('.json') && f !== 'peerdesk-folder.json')
            .map(async (f) => [f, (await stat(path.join(app.dir, f))).mtimeMs] as const),
        ),
      );
    const before = await documents();
    const seq = await lastSeq(app.dir);
    await new Promise((r) => setTimeout(r, 20));
    const sessionId = `${group.id}--${LAST_TUESDAY}`;
    await app.api.sessions.saveRegister({ sessionId, marks: { [ids[0]!]: 'present' } });

    // Durable as one line of the journal; no document file is written on the way.
    expect(await documents()).toEqual(before);
    const commits = await commitsAfter(app.dir, seq);
    expect(commits.map((c) => c.ops.map(describeOp))).toEqual([['put sessions/2026', 'put audit/2026']]);

    await app.reopen();
    const after = await documents();
    expect(Object.keys(after).filter((f) => after[f] !== before[f]).sort()).toEqual(['audit-2026.json', 'sessions-2026.json']);
    expect((await app.api.sessions.get({ sessionId })).session.register?.marks).toEqual({ [ids[0]!]: 'present' });
  });

  it('refuses registers for the future, for cancelled sessions and for people not on the roster', async () => {
    const { group, ids } = await groupWithMembers(['Ann']);
    const future = await expectFailure(app.api.sessions.saveRegister({ sessionId: `${group.id}--2026-11-24`, marks: {} }));
    expect(future.message).toMatch(/take the register on the day/);
    const sessionId = `${group.id}--${LAST_TUESDAY}`;
    await app.api.sessions.cancel({ sessionId, reason: 'Venue flooded' });
    expect((await expectFailure(app.api.sessions.saveRegister({ sessionId, marks: {} }))).message).toMatch(/cancelled/);
    const week = await app.api.sessions.week({ weekStart: '2026-11-16' });
    expect(week.find((s) => s.id === sessionId)?.cancelled?.reason).toBe('Venue flooded');
    await app.api.sessions.reinstate({ sessionId });
    const stranger = (await app.api.sessions.quickAddPerson({ firstName: 'Not', lastName: 'Rostered' })).id;
    expect((await expectFailure(app.api.sessions.saveRegister({ sessionId, marks: { [stranger]: 'present' } }))).code).toBe('CONFLICT');
    expect((await app.api.sessions.saveRegister({ sessionId, marks: { [ids[0]!]: 'present' } })).session.attendance).toBe(1);
    expect((await expectFailure(app.api.sessions.get({ sessionId: `${group.id}--2026-11-18` }))).code).toBe('NOT_FOUND');
    expect((await expectFailure(app.api.sessions.get({ sessionId: 'nonsense' }))).code).toBe('NOT_FOUND');
  });

  it('marks a past session as not recorded and undoes it, each one commit with its audit entry', async () => {
    const { group } = await groupWithMembers(['Ann']);
    const sessionId = `${group.id}--${LAST_TUESDAY}`;
    const seq = await lastSeq(app.dir);
    const marked = await app.api.sessions.markNotRecorded({ sessionId, reason: '  Register sheet lost  ' });
    expect(marked.notRecorded).toEqual({ why: 'marked', at: '2026-11-23T10:00:00.000Z', reason: 'Register sheet lost' });
    // A second click changes nothing and logs nothing.
    await app.api.sessions.markNotRecorded({ sessionId });
    const [markCommit, ...others] = await commitsAfter(app.dir, seq);
    expect(others).toEqual([]);
    expect(markCommit!.ops.map(describeOp)).toEqual(['put sessions/2026', 'put audit/2026']);
    expect(auditEntriesIn(markCommit!)).toMatchObject([{ action: 'update', entity: 'session', entityId: sessionId, summary: 'Marked the session on 17/11/2026 as not recorded' }]);

    // It has left the registers to take, on Home and the group page, and says why on the page.
    expect((await app.api.home.thisWeek()).registersDue.map((s) => s.date)).not.toContain(LAST_TUESDAY);
    const page = await app.api.groups.get({ id: group.id });
    expect(page.recent.find((s) => s.id === sessionId)?.notRecorded?.why).toBe('marked');
    expect(page.registerDue?.session.date).toBe('2026-11-10');

    const seqBeforeUndo = await lastSeq(app.dir);
    const undone = await app.api.sessions.undoNotRecorded({ sessionId });
    expect(undone.notRecorded).toBeUndefined();
    // Nothing else was recorded about it, so nothing stays stored.
    expect(undone.stored).toBe(false);
    const [undoCommit] = await commitsAfter(app.dir, seqBeforeUndo);
    expect(undoCommit!.ops.map(describeOp)).toEqual(['del sessions/2026', 'put audit/2026']);
    expect(auditEntriesIn(undoCommit!)).toMatchObject([{ summary: 'Took “not recorded” off the session on 17/11/2026' }]);
    expect((await app.api.home.thisWeek()).registersDue[0]?.date).toBe(LAST_TUESDAY);
  });

  it('marks only a past session with no register that is not cancelled; a register or a cancellation takes the mark off', async () => {
    const { group, ids } = await groupWithMembers(['Ann']);
    const future = await expectFailure(app.api.sessions.markNotRecorded({ sessionId: `${group.id}--2026-11-24` }));
    expect(future).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/only a session that has already met/) as string });

    const registered = `${group.id}--${LAST_TUESDAY}`;
    await app.api.sessions.saveRegister({ sessionId: registered, marks: { [ids[0]!]: 'present' } });
    expect(await expectFailure(app.api.sessions.markNotRecorded({ sessionId: registered }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/has a register/) as string });

    const cancelled = `${group.id}--2026-11-10`;
    await app.api.sessions.cancel({ sessionId: cancelled, reason: 'Venue flooded' });
    expect(await expectFailure(app.api.sessions.markNotRecorded({ sessionId: cancelled }))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/cancelled/) as string });

    // Taking the register after all: recorded, and counted.
    const late = `${group.id}--2026-11-03`;
    await app.api.sessions.markNotRecorded({ sessionId: late });
    const taken = await app.api.sessions.saveRegister({ sessionId: late, marks: { [ids[0]!]: 'present' } });
    expect(taken.session.notRecorded).toBeUndefined();
    expect((await app.api.sessions.get({ sessionId: late })).session.notRecorded).toBeUndefined();
    expect((await app.api.groups.get({ id: group.id })).sessionsHeld).toBe(2);

    // Cancelling it instead: it did not meet, which says more than "not recorded".
    const off = `${group.id}--2026-10-27`;
    await app.api.sessions.markNotRecorded({ sessionId: off });
    const item = await app.api.sessions.cancel({ sessionId: off, reason: 'Half term' });
    expect(item.notRecorded).toBeUndefined();
    expect((await app.api.sessions.get({ sessionId: off })).session).toMatchObject({ cancelled: { reason: 'Half term' } });
    expect((await app.api.sessions.get({ sessionId: off })).session.notRecorded).toBeUndefined();
  });

  it('a session before the group’s registers start is not recorded without a mark, and its undo is the group’s date', async () => {
    const { group, ids } = await groupWithMembers(['Ann'], { registersFrom: '2026-11-10' });
    const before = `${group.id}--2026-11-03`;
    expect((await app.api.sessions.get({ sessionId: before })).session.notRecorded).toEqual({ why: 'before-registers', registersFrom: '2026-11-10' });
    const refused = await expectFailure(app.api.sessions.undoNotRecorded({ sessionId: before }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/before 10\/11\/2026.*Registers start from/) as string });
    // A register may still be taken for it, and then it counts.
    const saved = await app.api.sessions.saveRegister({ sessionId: before, marks: { [ids[0]!]: 'present' } });
    expect(saved.session.notRecorded).toBeUndefined();
    expect(saved.session.attendance).toBe(1);
  });

  it('one-off sessions join the schedule; drop-ins take walk-ins and a head count only', async () => {
    const dropIn = await app.api.groups.create({ group: makeGroupInput({ name: 'Sunday drop-in', kind: 'drop-in', schedule: { weekday: 'sun' } }) });
    const oneOff = await app.api.sessions.addOneOff({ groupId: dropIn.id, date: '2026-11-21', startTime: '13:00', endTime: '15:00' });
    expect(oneOff).toMatchObject({ oneOff: true, date: '2026-11-21' });
    const detail = await app.api.sessions.get({ sessionId: oneOff.id });
    expect(detail).toMatchObject({ dropIn: true, roster: [] });
    const someone = (await app.api.sessions.quickAddPerson({ firstName: 'Walk', lastName: 'In' })).id;
    const saved = await app.api.sessions.saveRegister({ sessionId: oneOff.id, marks: {}, walkIns: [someone], anonymousCount: 6 });
    expect(saved.session.attendance).toBe(7);
  });

  it('counts facilitator hours from registers: session length plus preparation time', async () => {
    const { group, fac } = await groupWithMembers(['Ann']);
    await app.api.sessions.saveRegister({ sessionId: `${group.id}--2026-11-10`, marks: {}, facilitatorsPresent: [fac] });
    await app.api.sessions.saveRegister({ sessionId: `${group.id}--${LAST_TUESDAY}`, marks: {}, facilitatorsPresent: [fac] });
    await app.api.sessions.saveRegister({ sessionId: `${group.id}--2026-11-03`, marks: {}, facilitatorsPresent: [] });
    const hours = await app.api.sessions.facilitatorHours({ volunteerId: fac });
    expect(hours).toMatchObject({ sessionMinutes: 180, prepMinutes: 60, totalMinutes: 240 });
    expect(hours.sessions.map((s) => [s.date, s.minutes])).toEqual([
      [LAST_TUESDAY, 120],
      ['2026-11-10', 120],
    ]);
    await app.api.settings.update({ prepMinutes: 0 });
    expect((await app.api.sessions.facilitatorHours({ volunteerId: fac })).totalMinutes).toBe(180);
  });

  it('finds people to add as walk-ins by name or phone, ignoring accents', async () => {
    await app.api.sessions.quickAddPerson({ firstName: 'Siân', lastName: 'Llewelyn', phone: '07700 900123' });
    expect((await app.api.sessions.findPeople({ query: 'sian' })).map((p) => p.name)).toEqual(['Siân Llewelyn']);
    expect((await app.api.sessions.findPeople({ query: '900123' })).map((p) => p.name)).toEqual(['Siân Llewelyn']);
    expect(await app.api.sessions.findPeople({ query: ' ' })).toEqual([]);
  });
});
