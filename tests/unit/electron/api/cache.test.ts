import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cached } from '../../../../electron/api/core/cache';
import type { AppContext } from '../../../../electron/api/core/context';
import { APP_COLLECTIONS, APP_KINDS, memberRecords, membersKind, sessionRecords, sessionsKind, volunteerRecords, volunteersKind } from '../../../../electron/documents';
import { openStore, type Store } from '../../../../electron/store';
import { makeGroupInput } from '../../../factories/groups';
import { makeMember, makeMemberInput } from '../../../factories/members';
import { makeVolunteer, makeVolunteerInput } from '../../../factories/volunteers';
import { openTestApp, type TestApp } from '../../../helpers/services';

describe('cached lookups', () => {
  let dir: string;
  let store: Store;
  let ctx: AppContext;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-cache-'));
    store = await openStore({ dataDir: dir, kinds: APP_KINDS, collections: APP_COLLECTIONS, appVersion: '0.0.0-test', dailyBackupDelayMs: -1 });
    ctx = { store, appVersion: '0.0.0-test', now: () => new Date(2026, 10, 23), actor: () => 'Test' };
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('builds once, and again only after a document it was built from changes', async () => {
    let builds = 0;
    const count = () =>
      cached(ctx, 'test:memberCount', [membersKind], () => {
        builds += 1;
        return store.get(membersKind).members.length;
      });
    expect([count(), count()]).toEqual([0, 0]);
    expect(builds).toBe(1);
    // A change elsewhere leaves it alone.
    await store.transaction((tx) => tx.put(volunteerRecords, makeVolunteer()));
    expect(count()).toBe(0);
    expect(builds).toBe(1);
    await store.transaction((tx) => tx.put(memberRecords, makeMember()));
    expect([count(), count()]).toEqual([1, 1]);
    expect(builds).toBe(2);
  });

  it('follows one year of a partitioned kind, and each of several dependencies', async () => {
    let builds = 0;
    const lookup = () =>
      cached(ctx, 'test:2026', [[sessionsKind, '2026'], volunteersKind], () => {
        builds += 1;
        return store.get(sessionsKind, '2026').sessions.length + store.get(volunteersKind).volunteers.length;
      });
    const session = (date: string) => ({ id: `g--${date}`, groupId: 'g', date, startTime: '10:00', endTime: '12:00', oneOff: false, updatedAt: `${date}T12:00:00.000Z` });
    expect(lookup()).toBe(0);
    await store.transaction((tx) => tx.put(sessionRecords, session('2025-03-03')));
    expect(lookup()).toBe(0);
    expect(builds).toBe(1);
    await store.transaction((tx) => tx.put(sessionRecords, session('2026-03-03')));
    expect(lookup()).toBe(1);
    await store.transaction((tx) => tx.put(volunteerRecords, makeVolunteer()));
    expect(lookup()).toBe(2);
    expect(builds).toBe(3);
  });

  it('keeps each store’s lookups apart', async () => {
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-cache-'));
    const other = await openStore({ dataDir: otherDir, kinds: APP_KINDS, collections: APP_COLLECTIONS, appVersion: '0.0.0-test', dailyBackupDelayMs: -1 });
    try {
      await other.transaction((tx) => tx.put(memberRecords, makeMember()));
      const count = (c: AppContext) => cached(c, 'test:members', [membersKind], () => c.store.get(membersKind).members.length);
      expect(count(ctx)).toBe(0);
      expect(count({ ...ctx, store: other })).toBe(1);
    } finally {
      await other.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});

describe('lookups the handlers keep are rebuilt after their documents change', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function volunteer(firstName: string) {
    const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Silva' }), status: 'active', allowDuplicate: true });
    if (r.status !== 'saved') throw new Error('not saved');
    return r.volunteer;
  }

  it('member search shows a key contact’s new name once the volunteer is renamed (volunteerNames)', async () => {
    const ana = await volunteer('Ana');
    await app.api.members.create({ member: makeMemberInput({ firstName: 'Iris', lastName: 'Patel', keyContactId: ana.id }), status: 'active' });
    expect((await app.api.members.list({ query: 'iris' })).rows.map((r) => r.keyContact)).toEqual(['Ana Silva']);
    await app.api.volunteers.update({ id: ana.id, volunteer: makeVolunteerInput({ firstName: 'Anya', lastName: 'Silva' }), allowDuplicate: true });
    expect((await app.api.members.list({ query: 'iris' })).rows.map((r) => r.keyContact)).toEqual(['Anya Silva']);
    await app.api.volunteers.delete({ id: ana.id });
    expect((await app.api.members.list({ query: 'iris' })).rows[0]?.keyContact).toBeUndefined();
  });

  it('the group page and the register show people as they are now (membersById, volunteersById)', async () => {
    const fac = await volunteer('Siân');
    const group = await app.api.groups.create({ group: makeGroupInput({ facilitatorIds: [fac.id] }) });
    const ann = await app.api.members.create({ member: makeMemberInput({ firstName: 'Ann', lastName: 'Member' }), status: 'active' });
    if (ann.status !== 'saved') throw new Error('not saved');
    await app.api.groups.addMember({ groupId: group.id, memberId: ann.member.id, joined: '2026-11-01' });
    const sessionId = `${group.id}--2026-11-17`;
    expect((await app.api.groups.get({ id: group.id })).roster.map((r) => r.name)).toEqual(['Ann Member']);
    expect((await app.api.sessions.get({ sessionId })).facilitators.map((f) => f.name)).toEqual(['Siân Silva']);

    await app.api.members.update({ id: ann.member.id, member: makeMemberInput({ firstName: 'Annie', lastName: 'Member' }) });
    await app.api.volunteers.update({ id: fac.id, volunteer: makeVolunteerInput({ firstName: 'Sian', lastName: 'Silva' }), allowDuplicate: true });
    expect((await app.api.groups.get({ id: group.id })).roster.map((r) => r.name)).toEqual(['Annie Member']);
    expect((await app.api.groups.get({ id: group.id })).facilitators.map((f) => f.name)).toEqual(['Sian Silva']);
    const detail = await app.api.sessions.get({ sessionId });
    expect(detail.roster.map((r) => r.name)).toEqual(['Annie Member']);
    expect(detail.facilitators.map((f) => f.name)).toEqual(['Sian Silva']);

    // A walk-in added since the last register is found by the register save.
    const walkIn = await app.api.sessions.quickAddPerson({ firstName: 'New', lastName: 'Person' });
    const saved = await app.api.sessions.saveRegister({ sessionId, marks: { [ann.member.id]: 'present' }, walkIns: [walkIn.id], facilitatorsPresent: [fac.id] });
    expect(saved.walkIns.map((w) => w.name)).toEqual(['New Person']);

    await app.api.members.delete({ id: ann.member.id });
    expect((await app.api.groups.get({ id: group.id })).roster.map((r) => r.name)).toEqual(['Deleted member']);
  });

  it('the compliance page shows a DBS check as soon as it is recorded (compliance records by volunteer)', async () => {
    const ana = await volunteer('Ana');
    expect((await app.api.compliance.overview({})).rows[0]?.dbs.state).toBe('missing');
    await app.api.compliance.saveDbsCheck({ volunteerId: ana.id, record: { level: 'enhanced', issueDate: '2026-01-10', decision: 'accepted', decisionBy: 'Sam Lead' } });
    expect((await app.api.compliance.overview({})).rows[0]?.dbs.state).toBe('ok');
  });

  it('the group page counts a register as soon as it is saved, and follows one-offs, cancellations and reinstatements (sessions by group)', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput() });
    expect((await app.api.groups.get({ id: group.id })).sessionsHeld).toBe(0);
    await app.api.sessions.saveRegister({ sessionId: `${group.id}--2026-11-17`, marks: {}, anonymousCount: 3 });
    expect((await app.api.groups.get({ id: group.id })).sessionsHeld).toBe(1);
    const oneOff = await app.api.sessions.addOneOff({ groupId: group.id, date: '2026-11-19', startTime: '10:00', endTime: '11:00' });
    expect((await app.api.groups.get({ id: group.id })).recent.map((s) => s.id)).toContain(oneOff.id);
    await app.api.sessions.cancel({ sessionId: `${group.id}--2026-11-10`, reason: 'Venue closed' });
    expect((await app.api.groups.get({ id: group.id })).recent.find((s) => s.date === '2026-11-10')?.cancelled?.reason).toBe('Venue closed');
    await app.api.sessions.reinstate({ sessionId: `${group.id}--2026-11-10` });
    expect((await app.api.groups.get({ id: group.id })).recent.find((s) => s.date === '2026-11-10')?.cancelled).toBeUndefined();
  });
});
