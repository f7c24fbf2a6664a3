import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitRecord } from '../../../../electron/store/commit-format';
import { makeGrantInput } from '../../../factories/grants';
import { makeGroupInput, makeVenueInput } from '../../../factories/groups';
import { makeMemberInput } from '../../../factories/members';
import { makeSectionInput } from '../../../factories/newsletters';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { auditEntriesIn, commitsAfter, describeOp, lastSeq } from '../../../helpers/journal';
import type { ApiErrorShape } from '../../../../shared/errors';
import { CallFailed, expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

/**
 * One user action is one commit: the records it writes and its audit entries are saved
 * together or not at all, and an edit made from a record that has since changed is refused.
 * These tests read the journal itself, where each commit is one line.
 */

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

async function volunteer(firstName: string): Promise<string> {
  const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Jones', startDate: '2024-03-01' }), status: 'active', allowDuplicate: true });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.volunteer.id;
}

async function member(firstName: string, extra: Parameters<typeof makeMemberInput>[0] = {}): Promise<string> {
  const r = await app.api.members.create({ member: makeMemberInput({ firstName, lastName: 'Okafor', ...extra }), status: 'active', allowDuplicate: true });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.member.id;
}

async function grant() {
  const group = await app.api.groups.create({ group: makeGroupInput() });
  return app.api.grants.create({ grant: makeGrantInput({ groupIds: [group.id] }) });
}

/** Runs an action and returns the commits it made. */
async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}

const sorted = (commit: CommitRecord) => commit.ops.map(describeOp).sort();

/** The API error a settled call failed with. */
function failure(result: PromiseSettledResult<unknown>): ApiErrorShape {
  if (result.status === 'fulfilled' || !(result.reason instanceof CallFailed)) throw new Error('expected the call to fail with an API error');
  return result.reason.error;
}

describe('one action, one commit', () => {
  it('deleting a volunteer removes their DBS checks, training, supervision, hours and expenses in the same commit as its audit entry', async () => {
    const ana = await volunteer('Ana');
    const ben = await volunteer('Ben');
    await app.api.compliance.saveDbsCheck({ volunteerId: ana, record: { level: 'enhanced', issueDate: '2026-01-10', decision: 'accepted', decisionBy: 'Sam Lead' } });
    await app.api.compliance.saveTraining({ volunteerId: ana, record: { courseId: 'safeguarding-adults', date: '2026-02-01', status: 'completed' } });
    await app.api.compliance.saveSupervision({ volunteerId: ana, record: { date: '2026-11-16', kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60, notes: 'Talked about boundaries' } });
    await app.api.compliance.saveHours({ volunteerId: ana, record: { date: '2026-10-05', activity: 'Stall at the fair', minutes: 150 } });
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-11-20', kind: 'mileage', description: 'Hospital visits', miles: 50 } });
    await app.api.compliance.saveDbsCheck({ volunteerId: ben, record: { level: 'basic', issueDate: '2026-01-10', decision: 'accepted', decisionBy: 'Sam Lead' } });

    const commits = await commitsOf(() => app.api.volunteers.delete({ id: ana }));
    expect(commits).toHaveLength(1);
    expect(sorted(commits[0]!)).toEqual(['del dbsChecks', 'del expenses', 'del hours', 'del supervision', 'del training', 'del volunteers', 'put audit/2026']);
    expect(auditEntriesIn(commits[0]!)).toEqual([expect.objectContaining({ action: 'delete', entity: 'volunteer', entityId: ana, summary: 'Deleted a volunteer record' })]);
    // Only ids go in a removal: nothing about the person or their records is written again.
    expect(JSON.stringify(commits)).not.toMatch(/Ana|Jones|boundaries|Hospital/);

    expect((await expectFailure(app.api.volunteers.get({ id: ana }))).code).toBe('NOT_FOUND');
    expect((await app.api.compliance.volunteer({ volunteerId: ben })).dbsChecks).toHaveLength(1);
  });

  it('accepting a referral into a group makes the member, their place, the referral and all three audit entries one commit', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput() });
    const referral = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'social-prescriber', person: { firstName: 'Rhys', lastName: 'Referred' } } });

    const commits = await commitsOf(() => app.api.referrals.setOutcome({ id: referral.id, outcome: 'accepted', date: '2026-11-02', placeInGroupId: group.id }));
    expect(commits).toHaveLength(1);
    expect(sorted(commits[0]!)).toEqual(['put audit/2026', 'put audit/2026', 'put audit/2026', 'put groups', 'put members', 'put referrals']);
    expect(auditEntriesIn(commits[0]!).map((e) => [e.entity, e.summary])).toEqual([
      ['member', 'Added a member from an accepted referral'],
      ['group', 'Added a member to the group'],
      ['referral', 'Referral accepted on 02/11/2026'],
    ]);
  });

  it('a referral accepted into a group that changed meanwhile is refused whole: no member is made', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput() });
    const referral = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'social-prescriber', person: { firstName: 'Rhys', lastName: 'Referred' } } });
    // Both read the group before either is saved; the archive is saved first.
    const [archived, accepted] = await Promise.allSettled([
      app.api.groups.setArchived({ id: group.id, archived: true }),
      app.api.referrals.setOutcome({ id: referral.id, outcome: 'accepted', date: '2026-11-02', placeInGroupId: group.id }),
    ]);
    expect(archived.status).toBe('fulfilled');
    expect(failure(accepted).code).toBe('CONFLICT');
    expect((await app.api.members.list({})).total).toBe(0);
    expect((await app.api.referrals.get({ id: referral.id })).outcome).toBe('open');
    expect((await app.api.groups.get({ id: group.id })).roster).toEqual([]);
  });

  it('a quick-add walk-in is one commit: the member and its audit entry', async () => {
    const commits = await commitsOf(() => app.api.sessions.quickAddPerson({ firstName: 'New', lastName: 'Person' }));
    expect(commits.map(sorted)).toEqual([['put audit/2026', 'put members']]);
  });
});

describe('stale edits', () => {
  it('two saves of a volunteer made from the same copy: the second is refused, not silently undone', async () => {
    const id = await volunteer('Ana');
    const [first, second] = await Promise.allSettled([
      app.api.volunteers.update({ id, volunteer: makeVolunteerInput({ firstName: 'Ana', lastName: 'Jones', startDate: '2024-03-01', notes: 'First' }), allowDuplicate: true }),
      app.api.volunteers.update({ id, volunteer: makeVolunteerInput({ firstName: 'Ana', lastName: 'Jones', startDate: '2024-03-01', notes: 'Second' }), allowDuplicate: true }),
    ]);
    expect(first.status).toBe('fulfilled');
    const error = failure(second);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed somewhere else/);
    expect((await app.api.volunteers.get({ id })).notes).toBe('First');
  });

  it('two people added to a group at once: the second is refused rather than dropping the first', async () => {
    const group = await app.api.groups.create({ group: makeGroupInput() });
    const ann = await member('Ann');
    const bea = await member('Bea');
    const results = await Promise.allSettled([
      app.api.groups.addMember({ groupId: group.id, memberId: ann, joined: '2026-11-01' }),
      app.api.groups.addMember({ groupId: group.id, memberId: bea, joined: '2026-11-01' }),
    ]);
    expect(results[0].status).toBe('fulfilled');
    expect(failure(results[1]).code).toBe('CONFLICT');
    expect((await app.api.groups.get({ id: group.id })).roster.map((r) => r.id)).toEqual([ann]);
    // Tried again from the saved group, it goes ahead.
    await app.api.groups.addMember({ groupId: group.id, memberId: bea, joined: '2026-11-01' });
    expect((await app.api.groups.get({ id: group.id })).roster).toHaveLength(2);
  });

  it('settings saved twice from the same copy: the second is refused', async () => {
    const results = await Promise.allSettled([app.api.settings.update({ organisationName: 'First' }), app.api.settings.update({ prepMinutes: 45 })]);
    expect(results[0].status).toBe('fulfilled');
    expect(failure(results[1]).code).toBe('CONFLICT');
    expect(await app.api.settings.get()).toMatchObject({ organisationName: 'First' });
  });
});

describe('every delete leaves a trace', () => {
  /** Each delete handler: what it deletes, set up fresh, and the audit entry it must leave. */
  const deletes: { what: string; run: () => Promise<{ entityId: string; summary: string | RegExp }> }[] = [
    {
      what: 'a volunteer',
      run: async () => {
        const id = await volunteer('Ana');
        await app.api.volunteers.delete({ id });
        return { entityId: id, summary: 'Deleted a volunteer record' };
      },
    },
    {
      what: 'a member',
      run: async () => {
        const id = await member('Ngozi');
        await app.api.members.delete({ id });
        return { entityId: id, summary: 'Deleted a member record' };
      },
    },
    {
      what: 'a venue',
      run: async () => {
        const venue = await app.api.venues.create({ venue: makeVenueInput() });
        await app.api.venues.delete({ id: venue.id });
        return { entityId: venue.id, summary: 'Deleted a venue' };
      },
    },
    {
      what: 'a referral',
      run: async () => {
        const r = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'self', person: { firstName: 'Rhys', lastName: 'Referred' } } });
        await app.api.referrals.delete({ id: r.id });
        return { entityId: r.id, summary: 'Deleted a referral' };
      },
    },
    {
      what: 'a grant',
      run: async () => {
        const g = await grant();
        await app.api.grants.delete({ id: g.id });
        return { entityId: g.id, summary: 'Deleted a grant and its reports' };
      },
    },
    {
      what: 'a case study',
      run: async () => {
        const g = await grant();
        const saved = await app.api.grants.saveCaseStudy({ grantId: g.id, caseStudy: { title: 'Finding a voice', text: 'R first came…', confirmed: true } });
        await app.api.grants.deleteCaseStudy({ grantId: g.id, caseStudyId: saved.caseStudies[0]!.id });
        return { entityId: g.id, summary: 'Deleted a case study' };
      },
    },
    {
      what: 'a grant report',
      run: async () => {
        const g = await grant();
        const view = await app.api.grants.createReport({ grantId: g.id, from: '2025-04-01', to: '2026-03-31' });
        await app.api.grants.deleteReport({ grantId: g.id, reportId: view.report.id });
        return { entityId: g.id, summary: `Deleted the report for ${view.report.label}` };
      },
    },
    {
      what: 'a draft newsletter',
      run: async () => {
        const issue = await app.api.newsletters.create({ issue: { title: 'Winter news', date: '2026-12-01' } });
        await app.api.newsletters.delete({ id: issue.id });
        return { entityId: issue.id, summary: 'Deleted a draft newsletter' };
      },
    },
    {
      what: 'a newsletter section',
      run: async () => {
        const issue = await app.api.newsletters.create({ issue: { title: 'Winter news', date: '2026-12-01' } });
        const saved = await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput() });
        await app.api.newsletters.deleteSection({ id: issue.id, sectionId: saved.sections[0]!.id });
        return { entityId: issue.id, summary: /^Deleted a section \(.+\)$/ };
      },
    },
    ...(
      [
        ['a DBS check', 'deleteDbsCheck', (v: string) => app.api.compliance.saveDbsCheck({ volunteerId: v, record: { level: 'basic', issueDate: '2026-01-10', decision: 'accepted', decisionBy: 'Sam' } })],
        ['a training record', 'deleteTraining', (v: string) => app.api.compliance.saveTraining({ volunteerId: v, record: { courseId: 'safeguarding-adults', date: '2026-02-01', status: 'completed' } })],
        ['a supervision', 'deleteSupervision', (v: string) => app.api.compliance.saveSupervision({ volunteerId: v, record: { date: '2026-11-16', kind: 'one-to-one', supervisor: 'Sam', minutes: 60 } })],
        ['hours', 'deleteHours', (v: string) => app.api.compliance.saveHours({ volunteerId: v, record: { date: '2026-10-05', activity: 'Fair', minutes: 60 } })],
        ['an expense', 'deleteExpense', (v: string) => app.api.compliance.saveExpense({ volunteerId: v, record: { date: '2026-11-20', kind: 'mileage', description: 'Trip', miles: 5 } })],
      ] as const
    ).map(([noun, method, save]) => ({
      what: noun,
      run: async () => {
        const v = await volunteer('Cai');
        const view = await save(v);
        const lists = { deleteDbsCheck: view.dbsChecks, deleteTraining: view.training, deleteSupervision: view.supervision, deleteHours: view.manualHours, deleteExpense: view.expenses };
        await app.api.compliance[method]({ volunteerId: v, recordId: lists[method][0]!.id });
        return { entityId: v, summary: `Deleted ${noun}` };
      },
    })),
  ];

  for (const { what, run } of deletes) {
    it(`deleting ${what} is one commit with an audit entry saying what kind of record went`, async () => {
      const seq = await lastSeq(app.dir);
      const { entityId, summary } = await run();
      const last = (await commitsAfter(app.dir, seq)).at(-1)!;
      expect(last.ops.some((op) => op.op === 'del' || (op.op === 'put' && op.c !== 'audit'))).toBe(true);
      const entries = auditEntriesIn(last);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ entityId, actor: 'Test Coordinator' });
      if (typeof summary === 'string') expect(entries[0]!.summary).toBe(summary);
      else expect(entries[0]!.summary).toMatch(summary);
    });
  }
});
