import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgrammeSessionInput } from '../../../../shared/domain/programmes';
import type { FileDownload } from '../../../../shared/files';
import type { CommitRecord } from '../../../../electron/store/commit-format';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { auditEntriesIn, commitsAfter, describeOp, lastSeq } from '../../../helpers/journal';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

const run = promisify(execFile);

let app: TestApp;
let tmp: string;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
  tmp = await mkdtemp(path.join(tmpdir(), 'peer-desk-paper-'));
});
afterEach(async () => {
  await app.close();
  await rm(tmp, { recursive: true, force: true });
});

/** A downloaded PDF as a person reads it: its text (in drawing order) and its title. */
async function read(file: FileDownload): Promise<{ text: string; title: string }> {
  const at = path.join(tmp, file.filename);
  await writeFile(at, Buffer.from(file.base64 ?? '', 'base64'));
  const [{ stdout: text }, { stdout: info }] = await Promise.all([run('pdftotext', ['-raw', '-enc', 'UTF-8', at, '-']), run('pdfinfo', ['-enc', 'UTF-8', at])]);
  return { text: text.replace(/\s+/g, ' '), title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}

const session = (date: string, extra: Partial<ProgrammeSessionInput> = {}): ProgrammeSessionInput => ({ date, minutes: 60, mode: 'in-person', outcome: 'attended', ...extra });

/** Bronwen Price (large print newsletter unless said) on One-to-one peer support from 01/09/2026 with Siân Jones. */
async function peerSupport(newsletter: 'post' | 'large-print' = 'large-print', matched = true) {
  const m = await app.api.members.create({ member: makeMemberInput({ firstName: 'Bronwen', lastName: 'Price', preferredName: 'Bron', newsletter }), status: 'active', allowDuplicate: true });
  if (m.status !== 'saved') throw new Error('not saved');
  const v = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Siân', lastName: 'Jones', roles: ['peer-supporter'], startDate: '2024-03-01' }), status: 'active' });
  if (v.status !== 'saved') throw new Error('not saved');
  const detail = await app.api.programmes.start({ memberId: m.member.id, kindId: 'one-to-one-support', ...(matched ? { volunteerId: v.volunteer.id } : {}), date: '2026-09-01' });
  return { id: detail.programme.id, memberId: m.member.id };
}

describe('"Print my plan"', () => {
  it('prints the goals in large print for a member who gets the newsletter in large print, standard when asked', async () => {
    const { id } = await peerSupport('large-print');
    const withGoal = await app.api.programmes.saveGoal({ programmeId: id, text: 'Get back to the allotment', steps: ['Ring the committee'], targetDate: '2026-12-25' });
    expect(withGoal.member.largePrint).toBe(true);
    const goalId = withGoal.goals[0]!.id;
    await app.api.programmes.reviewGoal({ programmeId: id, goalId, date: '2026-11-23', progress: 'some-progress', comment: 'Rang them' });

    const large = await app.api.programmes.printPlan({ id });
    expect(large.filename).toBe('my-plan-bron-large-print-2026-11-23.pdf');
    const plan = await read(large);
    expect(plan.title).toBe('My recovery plan: Bron (large print)');
    expect(plan.text).toContain('Name: Bron Programme: One-to-one peer support Volunteer: Siân');
    expect(plan.text).toContain('1. Get back to the allotment Target: by Fri 25 Dec 2026 Latest review: Some progress \u2014 23/11/2026: Rang them');
    expect(plan.text).not.toContain('Price');
    expect(plan.text).not.toContain('Jones');

    const standard = await app.api.programmes.printPlan({ id, size: 'standard' });
    expect(standard.filename).toBe('my-plan-bron-2026-11-23.pdf');
    expect((await read(standard)).title).toBe('My recovery plan: Bron');
  });

  it('prints standard for a member who gets the newsletter by post, and never prints session notes', async () => {
    const { id } = await peerSupport('post');
    await app.api.programmes.logSession({ programmeId: id, session: session('2026-11-02', { note: 'Went to the allotment', privateNote: 'Worried about her son' }) });
    const detail = await app.api.programmes.saveGoal({ programmeId: id, text: 'Sleep better', steps: [] });
    expect(detail.member.largePrint).toBeUndefined();
    const plan = await read(await app.api.programmes.printPlan({ id }));
    expect(plan.title).toBe('My recovery plan: Bron');
    expect(plan.text).toContain('1. Sleep better');
    expect(plan.text).not.toContain('Worried');
    expect(plan.text).not.toContain('Went to the allotment');
  });
});

describe('a goal agreed in an earlier session', () => {
  it('keeps the day it was agreed, so it can be reviewed on the days after; never before the start, in the future or after its first review', async () => {
    const { id } = await peerSupport();
    const added = await app.api.programmes.saveGoal({ programmeId: id, text: 'Sleep better', setOn: '2026-10-05' });
    const goal = added.goals[0]!;
    expect(goal.setOn).toBe('2026-10-05');
    await app.api.programmes.reviewGoal({ programmeId: id, goalId: goal.id, date: '2026-10-19', progress: 'some-progress' });
    const reviewed = await app.api.programmes.reviewGoal({ programmeId: id, goalId: goal.id, date: '2026-11-16', progress: 'mostly-there' });
    expect(reviewed.goals[0]!.reviews.map((r) => r.date)).toEqual(['2026-10-19', '2026-11-16']);

    const field = async (setOn: string) => (await expectFailure(app.api.programmes.saveGoal({ programmeId: id, goalId: goal.id, text: 'Sleep better', setOn }))).fields;
    expect(await field('2026-08-31')).toEqual({ setOn: 'Enter a date on or after 01/09/2026, when the programme started' });
    expect(await field('2026-11-24')).toEqual({ setOn: "The date can't be in the future" });
    expect(await field('2026-10-20')).toEqual({ setOn: 'It was first reviewed on 19/10/2026: enter that date or earlier' });
    // Edited without a date, it keeps the one it had.
    expect((await app.api.programmes.saveGoal({ programmeId: id, goalId: goal.id, text: 'Sleep through' })).goals[0]!.setOn).toBe('2026-10-05');
  });
});

describe('"Print session record sheet"', () => {
  it('is a blank sheet with first names, the kind and how far it has got, and no notes from the log', async () => {
    const { id } = await peerSupport();
    await app.api.programmes.logSession({ programmeId: id, session: session('2026-11-02', { note: 'Went to the allotment', privateNote: 'Worried about her son' }) });
    const file = await app.api.programmes.printSessionSheet({ id });
    expect(file.filename).toBe('session-record-bron-one-to-one-peer-support.pdf');
    const sheet = await read(file);
    expect(sheet.text).toContain('Session record: Bron');
    expect(sheet.text).toContain('One-to-one peer support with Siân \u00b7 8 sessions planned \u00b7 1 attended by 23/11/2026');
    expect(sheet.text).not.toContain('Worried');
    expect(sheet.text).not.toContain('allotment');
    expect(sheet.text).not.toContain('Price');
  });
});

describe('keying in a paper sheet', () => {
  it('logs every row in one save with one audit entry, and the first attended row makes the programme active', async () => {
    const { id } = await peerSupport();
    const commits = await commitsOf(() =>
      app.api.programmes.logSessions({
        programmeId: id,
        sessions: [session('2026-11-09', { mode: 'phone', minutes: 30 }), session('2026-11-02', { outcome: 'did-not-attend' }), session('2026-11-16', { note: 'Went to the café' })],
      }),
    );
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put programme-sessions/2026', 'put programme-sessions/2026', 'put programme-sessions/2026', 'put programmes']);
    expect(auditEntriesIn(commits[0]!)).toEqual([expect.objectContaining({ action: 'create', entity: 'programme', entityId: id, summary: 'Keyed in 3 sessions from a paper sheet, from 02/11/2026 to 16/11/2026' })]);
    expect(JSON.stringify(auditEntriesIn(commits[0]!))).not.toContain('café');

    const detail = await app.api.programmes.get({ id });
    expect(detail.counter).toBe('2 of 8');
    expect(detail.programme.status).toBe('active');
    expect(detail.programme.statusHistory.at(-1)).toMatchObject({ status: 'active', date: '2026-11-09' });
    expect(detail.sessions.map((s) => [s.date, s.mode, s.minutes, s.outcome, s.volunteerId !== undefined])).toEqual([
      ['2026-11-16', 'in-person', 60, 'attended', true],
      ['2026-11-09', 'phone', 30, 'attended', true],
      ['2026-11-02', 'in-person', 60, 'did-not-attend', true],
    ]);
  });

  it('names every row whose date is wrong, and logs none of them', async () => {
    const { id } = await peerSupport();
    const refused = await expectFailure(
      app.api.programmes.logSessions({ programmeId: id, sessions: [session('2026-11-02'), session('2026-08-30'), session('2026-11-09'), session('2026-11-30')] }),
    );
    expect(refused.fields).toEqual({
      'sessions.1.date': "A session can't be before the programme started on 01/09/2026",
      'sessions.3.date': "A session can't be in the future: log it on the day or after",
    });
    expect((await app.api.programmes.get({ id })).sessions).toEqual([]);
  });

  it('checks each row as "Log a session" does, and needs a volunteer', async () => {
    const { id } = await peerSupport();
    const bad = await expectFailure(app.api.programmes.logSessions({ programmeId: id, sessions: [session('2026-11-02'), session('2026-11-09', { minutes: 0 })] }));
    expect(bad.fields).toEqual({ 'sessions.1.minutes': 'A session lasts at least 1 minute' });
    expect((await expectFailure(app.api.programmes.logSessions({ programmeId: id, sessions: [] }))).fields).toEqual({ sessions: 'Fill in at least one row' });
    const waiting = await peerSupport('post', false);
    expect((await expectFailure(app.api.programmes.logSessions({ programmeId: waiting.id, sessions: [session('2026-11-02')] }))).message).toBe('Match a volunteer before logging a session.');
  });
});

const ops = (commit: CommitRecord) => commit.ops.map(describeOp).sort();
