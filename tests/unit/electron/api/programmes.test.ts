import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME_KINDS, type ProgrammeSessionInput } from '../../../../shared/domain/programmes';
import { settingsSchema } from '../../../../shared/domain/settings';
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

async function volunteer(firstName: string, roles = ['peer-coach']): Promise<string> {
  const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Jones', roles, startDate: '2024-03-01' }), status: 'active' });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.volunteer.id;
}

/** A peer coach whose DBS, training and supervision are in order. */
async function compliantCoach(firstName: string, extra: Parameters<typeof makeVolunteerInput>[0] = {}): Promise<string> {
  const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Jones', roles: ['peer-coach'], startDate: '2024-03-01', ...extra }), status: 'active' });
  if (r.status !== 'saved') throw new Error('not saved');
  const volunteerId = r.volunteer.id;
  await app.api.compliance.saveDbsCheck({ volunteerId, record: { level: 'enhanced', certificateNumber: '001234567890', issueDate: '2026-01-10', decision: 'accepted', decisionBy: 'Sam Lead' } });
  await app.api.compliance.saveTraining({ volunteerId, record: { courseId: 'peer-theory-practice', date: '2026-02-01', status: 'completed' } });
  await app.api.compliance.saveTraining({ volunteerId, record: { courseId: 'safeguarding-adults', date: '2026-02-01', status: 'completed', certificateHeld: true } });
  await app.api.compliance.saveSupervision({ volunteerId, record: { date: '2026-11-16', kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60 } });
  return volunteerId;
}

async function member(firstName: string, extra: Parameters<typeof makeMemberInput>[0] = {}): Promise<string> {
  const r = await app.api.members.create({ member: makeMemberInput({ firstName, lastName: 'Okafor', ...extra }), status: 'active', allowDuplicate: true });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.member.id;
}

async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}

const ops = (commit: CommitRecord) => commit.ops.map(describeOp).sort();

const session = (date: string, extra: Partial<ProgrammeSessionInput> = {}): ProgrammeSessionInput => ({ date, minutes: 60, mode: 'in-person', outcome: 'attended', ...extra });

/** A Peer coaching programme (10 planned) started on 01/09/2026, matched with a volunteer. */
async function coaching(volunteerName = 'Ana') {
  const memberId = await member('Mo');
  const volunteerId = await volunteer(volunteerName);
  const detail = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', volunteerId, date: '2026-09-01' });
  return { memberId, volunteerId, id: detail.programme.id };
}

describe('programme kinds', () => {
  it('come from Settings with defaults, so a settings file from before programmes reads fine', async () => {
    const old = settingsSchema.parse({ organisationName: 'Peers', textSize: 'standard', setUpDone: true });
    expect(old.programmeKinds).toEqual(DEFAULT_PROGRAMME_KINDS);
    expect(old.noContactDays).toBe(21);
    expect((await app.api.programmes.kinds()).map((k) => k.id)).toEqual(DEFAULT_PROGRAMME_KINDS.map((k) => k.id));
  });

  it('are added with an id from the name, a name used once, and archived rather than deleted', async () => {
    const input = { name: 'Walk and talk', plannedSessions: 6, sessionMinutes: 90, roles: ['peer-supporter'], countsForHours: true };
    const kinds = await app.api.programmes.saveKind({ kind: input });
    expect(kinds.at(-1)).toMatchObject({ id: 'walk-and-talk', name: 'Walk and talk' });
    const clash = await expectFailure(app.api.programmes.saveKind({ kind: { ...input, name: 'peer COACHING' } }));
    expect(clash.fields).toEqual({ 'kind.name': 'There is already a kind called Peer coaching' });
    const renamed = await app.api.programmes.saveKind({ id: 'walk-and-talk', kind: { ...input, name: 'Walk & talk' } });
    expect(renamed.find((k) => k.id === 'walk-and-talk')?.name).toBe('Walk & talk');

    const archived = await app.api.programmes.setKindArchived({ id: 'peer-coaching', archived: true });
    expect(archived.at(-1)).toMatchObject({ id: 'peer-coaching', archived: true });
    const m = await member('Mo');
    const refused = await expectFailure(app.api.programmes.start({ memberId: m, kindId: 'peer-coaching', date: '2026-11-01' }));
    expect(refused.fields?.kindId).toBe('Peer coaching is archived: no new programmes can start. Choose another kind.');
  });
});

describe('starting a programme', () => {
  it('from a member, with a volunteer, is matched; without one it waits; one commit and one audit entry', async () => {
    const memberId = await member('Mo');
    const volunteerId = await volunteer('Ana');
    const commits = await commitsOf(() => app.api.programmes.start({ memberId, kindId: 'peer-coaching', volunteerId, date: '2026-11-02' }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put programmes']);
    expect(auditEntriesIn(commits[0]!)).toEqual([expect.objectContaining({ action: 'create', entity: 'programme', summary: 'Started a Peer coaching programme' })]);

    const rows = await app.api.programmes.forMember({ memberId });
    expect(rows).toEqual([expect.objectContaining({ status: 'matched', counter: '0 of 10', volunteer: { id: volunteerId, name: 'Ana Jones' }, kind: { id: 'peer-coaching', name: 'Peer coaching' } })]);
    const waiting = await app.api.programmes.start({ memberId, kindId: 'travel-buddy', date: '2026-11-13' });
    expect(waiting).toMatchObject({ counter: '0 sessions', programme: { status: 'waiting', plannedSessions: null } });
    expect(waiting.volunteer).toBeUndefined();
    expect((await app.api.programmes.list({})).rows.find((r) => r.id === waiting.programme.id)?.daysWaiting).toBe(10);
  });

  it('refuses bad input in plain words', async () => {
    const memberId = await member('Mo');
    const gone = await volunteer('Gil');
    await app.api.volunteers.changeStatus({ id: gone, status: 'left', date: '2026-11-01', reason: 'Moved away' });
    expect((await expectFailure(app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-12-01' }))).fields).toEqual({ date: "The date can't be in the future" });
    expect((await expectFailure(app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01', volunteerId: gone }))).fields).toEqual({ volunteerId: 'Gil Jones has left. Choose a current volunteer.' });
    expect((await expectFailure(app.api.programmes.start({ memberId, kindId: 'nope', date: '2026-11-01' }))).fields?.kindId).toMatch(/no longer in Settings/);
    expect((await expectFailure(app.api.programmes.start({ kindId: 'peer-coaching', date: '2026-11-01' }))).code).toBe('VALIDATION');
    expect((await expectFailure(app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01', firstSessionDate: '2026-10-01' }))).fields).toEqual({
      firstSessionDate: 'The first session is before the start: check the date',
    });
  });

  it('from an open referral accepts it, makes the member and links the programme, in one commit', async () => {
    const referral = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'gp', person: { firstName: 'Rhys', lastName: 'Referred' } } });
    const commits = await commitsOf(() => app.api.programmes.start({ referralId: referral.id, kindId: 'peer-coaching', date: '2026-11-02' }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put members', 'put programmes', 'put referrals']);
    expect(auditEntriesIn(commits[0]!).map((a) => a.summary)).toEqual(['Started a Peer coaching programme from a referral, adding the member']);
    const after = await app.api.referrals.get({ id: referral.id });
    expect(after).toMatchObject({ outcome: 'accepted', outcomeDate: '2026-11-02', programmeKindId: 'peer-coaching' });
    const detail = await app.api.programmes.get({ id: after.programmeId! });
    expect(detail.member.name).toBe('Rhys Referred');
    expect(detail.programme).toMatchObject({ memberId: after.memberId, referralId: referral.id, status: 'waiting' });
    expect((await expectFailure(app.api.programmes.start({ referralId: referral.id, kindId: 'peer-coaching', date: '2026-11-02' }))).message).toBe('A programme has already been started from this referral.');

    const declined = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'gp', person: { firstName: 'Dai', lastName: 'Referred' } } });
    await app.api.referrals.setOutcome({ id: declined.id, outcome: 'declined', date: '2026-10-05', reason: 'Not local' });
    expect((await expectFailure(app.api.programmes.start({ referralId: declined.id, kindId: 'peer-coaching', date: '2026-11-02' }))).code).toBe('CONFLICT');
  });

  it('from a referral accepted already keeps its decision and its member', async () => {
    const referral = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'gp', person: { firstName: 'Rhys', lastName: 'Referred' } } });
    const accepted = await app.api.referrals.setOutcome({ id: referral.id, outcome: 'accepted', date: '2026-10-10' });
    await app.api.programmes.start({ referralId: referral.id, kindId: 'peer-mentoring', date: '2026-11-02' });
    const after = await app.api.referrals.get({ id: referral.id });
    expect(after).toMatchObject({ outcome: 'accepted', outcomeDate: '2026-10-10', memberId: accepted.memberId, programmeKindId: 'peer-mentoring' });
  });
});

describe('matching and changing volunteer', () => {
  it('matches a waiting programme, and a change needs a reason and closes the last match', async () => {
    const memberId = await member('Mo');
    const ana = await volunteer('Ana');
    const ben = await volunteer('Ben');
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-09-01' });
    const matched = await app.api.programmes.match({ id: programme.id, volunteerId: ana, date: '2026-09-05' });
    expect(matched.programme.status).toBe('matched');
    expect((await expectFailure(app.api.programmes.match({ id: programme.id, volunteerId: ben, date: '2026-10-01' }))).fields).toEqual({ reason: 'Say why the volunteer is changing' });
    expect((await expectFailure(app.api.programmes.match({ id: programme.id, volunteerId: ana, date: '2026-10-01', reason: 'x' }))).fields).toEqual({ volunteerId: 'Ana Jones is already their volunteer' });
    const commits = await commitsOf(() => app.api.programmes.match({ id: programme.id, volunteerId: ben, date: '2026-10-01', reason: 'Ana moved to evenings and Mo prefers mornings' }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put programmes']);
    expect(auditEntriesIn(commits[0]!)[0]!.summary).toBe('Changed the volunteer on 01/10/2026');
    expect(JSON.stringify(auditEntriesIn(commits[0]!))).not.toMatch(/evenings/);
    const detail = await app.api.programmes.get({ id: programme.id });
    expect(detail.matches.map((m) => [m.volunteerName, m.from, m.to, m.reason])).toEqual([
      ['Ana Jones', '2026-09-05', '2026-10-01', 'Ana moved to evenings and Mo prefers mornings'],
      ['Ben Jones', '2026-10-01', undefined, undefined],
    ]);
    expect(detail.volunteer?.name).toBe('Ben Jones');
    expect((await app.api.programmes.forVolunteer({ volunteerId: ana })).map((r) => r.volunteer?.name)).toEqual(['Ben Jones']);
  });
});

describe('the session log', () => {
  it('counts attended sessions only ("6 of 10"), and the first attended one makes a matched programme active', async () => {
    const { id } = await coaching();
    await app.api.programmes.logSession({ programmeId: id, session: session('2026-09-02', { outcome: 'did-not-attend' }) });
    expect((await app.api.programmes.get({ id })).programme.status).toBe('matched');
    for (const date of ['2026-09-09', '2026-09-16', '2026-09-23', '2026-09-30', '2026-10-07', '2026-10-14']) await app.api.programmes.logSession({ programmeId: id, session: session(date) });
    const detail = await app.api.programmes.logSession({ programmeId: id, session: session('2026-10-21', { outcome: 'cancelled-by-volunteer' }) });
    expect(detail).toMatchObject({ counter: '6 of 10', attended: 6, atPlanned: false });
    expect(detail.programme.status).toBe('active');
    expect(detail.programme.statusHistory.at(-1)).toMatchObject({ status: 'active', date: '2026-09-09' });
    expect(detail.sessions.map((s) => s.date).slice(0, 2)).toEqual(['2026-10-21', '2026-10-14']);
    const [row] = await app.api.programmes.forMember({ memberId: detail.member.id });
    expect(row).toMatchObject({ counter: '6 of 10', lastContact: '2026-10-21', daysSinceContact: 33 });
  });

  it('refuses a session before the start, in the future, after the end, or of a silly length', async () => {
    const { id } = await coaching();
    const fields = async (s: ProgrammeSessionInput) => (await expectFailure(app.api.programmes.logSession({ programmeId: id, session: s }))).fields;
    expect(await fields(session('2026-08-31'))).toEqual({ 'session.date': "A session can't be before the programme started on 01/09/2026" });
    expect(await fields(session('2026-11-24'))).toEqual({ 'session.date': "A session can't be in the future: log it on the day or after" });
    expect(await fields(session('2026-11-02', { minutes: 0 }))).toEqual({ 'session.minutes': 'A session lasts at least 1 minute' });
    expect(await fields(session('2026-11-02', { minutes: 721 }))).toEqual({ 'session.minutes': 'A session is 12 hours or less' });
    await app.api.programmes.end({ id, date: '2026-11-01', ending: 'member-choice' });
    expect(await fields(session('2026-11-02'))).toEqual({ 'session.date': 'The programme ended on 01/11/2026: reopen it to log a session after that' });
  });

  it('keeps the private note on the session record only, never in the audit log', async () => {
    const { id } = await coaching();
    const commits = await commitsOf(async () => {
      const d = await app.api.programmes.logSession({ programmeId: id, session: session('2026-11-02', { note: 'Went to the park', privateNote: 'Talked about her brother' }) });
      await app.api.programmes.updateSession({ id: d.sessions[0]!.id, session: session('2026-11-03', { privateNote: 'Talked about her brother again' }) });
    });
    expect(commits).toHaveLength(2);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put programme-sessions/2026', 'put programmes']);
    const audit = JSON.stringify(commits.flatMap(auditEntriesIn));
    expect(audit).not.toMatch(/brother|park/);
    expect(commits.flatMap(auditEntriesIn).map((a) => a.summary)).toEqual(['Logged a session on 02/11/2026', 'Changed the session of 02/11/2026']);
    const detail = await app.api.programmes.get({ id });
    expect(detail.sessions[0]).toMatchObject({ date: '2026-11-03', privateNote: 'Talked about her brother again' });
  });

  it('moves a session to another year and deletes one', async () => {
    const memberId = await member('Mo');
    const volunteerId = await volunteer('Ana');
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', volunteerId, date: '2025-12-01' });
    const d = await app.api.programmes.logSession({ programmeId: programme.id, session: session('2026-01-05') });
    const commits = await commitsOf(() => app.api.programmes.updateSession({ id: d.sessions[0]!.id, session: session('2025-12-29') }));
    expect(ops(commits[0]!)).toEqual(['del programme-sessions/2026', 'put audit/2026', 'put programme-sessions/2025']);
    const moved = await app.api.programmes.get({ id: programme.id });
    expect(moved.sessions.map((s) => s.date)).toEqual(['2025-12-29']);
    const after = await app.api.programmes.deleteSession({ id: moved.sessions[0]!.id });
    expect(after).toMatchObject({ counter: '0 of 10', sessions: [] });
  });
});

describe('status, ending, reopening, extending', () => {
  it('pauses and resumes', async () => {
    const { id } = await coaching();
    const paused = await app.api.programmes.setStatus({ id, status: 'paused', date: '2026-10-01' });
    expect(paused.programme.status).toBe('paused');
    expect((await app.api.programmes.setStatus({ id, status: 'active', date: '2026-10-15' })).programme.status).toBe('active');
    const memberId = await member('Wyn');
    const waiting = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01' });
    expect((await expectFailure(app.api.programmes.setStatus({ id: waiting.programme.id, status: 'active', date: '2026-11-02' }))).message).toBe('Match a volunteer first.');
  });

  it('dates a pause or resume as given: not in the future, not before the start or the last change', async () => {
    const { id } = await coaching(); // started 01/09/2026
    const tooEarly = await expectFailure(app.api.programmes.setStatus({ id, status: 'paused', date: '2026-08-31' }));
    expect(tooEarly.fields).toEqual({ date: 'Enter a date on or after 01/09/2026, when the programme started' });
    expect((await expectFailure(app.api.programmes.setStatus({ id, status: 'paused', date: '2026-11-24' }))).fields).toEqual({ date: "The date can't be in the future" });
    const paused = await app.api.programmes.setStatus({ id, status: 'paused', date: '2026-10-05' });
    expect(paused.programme.statusHistory.at(-1)).toMatchObject({ status: 'paused', date: '2026-10-05' });
    const beforePause = await expectFailure(app.api.programmes.setStatus({ id, status: 'active', date: '2026-10-04' }));
    expect(beforePause.fields).toEqual({ date: 'Enter a date on or after 05/10/2026, the last change of status' });
    expect((await app.api.programmes.setStatus({ id, status: 'active', date: '2026-10-19' })).programme.statusHistory.at(-1)).toMatchObject({ status: 'active', date: '2026-10-19' });
  });

  it('will not end before a session logged, then ends, reopens and extends', async () => {
    const { id } = await coaching();
    await app.api.programmes.logSession({ programmeId: id, session: session('2026-11-12') });
    const early = await expectFailure(app.api.programmes.end({ id, date: '2026-11-01', ending: 'completed' }));
    expect(early.fields).toEqual({ date: 'There are sessions after 01/11/2026: move or delete them first, or end on or after 12/11/2026' });
    const ended = await app.api.programmes.end({ id, date: '2026-11-12', ending: 'completed', onward: ['Recovery College', 'Recovery College', 'Local walking group'] });
    expect(ended.programme).toMatchObject({ status: 'ended', ending: { date: '2026-11-12', ending: 'completed', onward: ['Recovery College', 'Local walking group'] } });
    expect((await expectFailure(app.api.programmes.extend({ id, plannedSessions: 12, reason: 'More time' }))).code).toBe('CONFLICT');

    const reopened = await app.api.programmes.reopen({ id });
    expect(reopened.programme.status).toBe('active');
    expect(reopened.programme.ending).toBeUndefined();
    expect((await expectFailure(app.api.programmes.extend({ id, plannedSessions: 1, reason: 'More time' }))).fields).toEqual({ plannedSessions: 'Plan more than the 1 session already attended' });
    expect((await expectFailure(app.api.programmes.extend({ id, plannedSessions: 12, reason: '  ' }))).code).toBe('VALIDATION');
    const extended = await app.api.programmes.extend({ id, plannedSessions: 12, reason: 'Building confidence for the bus' });
    expect(extended).toMatchObject({ counter: '1 of 12', programme: { extensions: [{ date: '2026-11-23', from: 10, to: 12, reason: 'Building confidence for the bus' }] } });
  });

  it('says when the planned number is reached, and warns past the most sessions and outside the age range', async () => {
    const memberId = await member('Old', { dateOfBirth: '1950-01-01' });
    const volunteerId = await volunteer('Ana', ['peer-supporter']);
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'one-to-one-support', volunteerId, date: '2026-01-05' });
    await app.api.programmes.saveKind({ id: 'one-to-one-support', kind: { name: 'One-to-one peer support', plannedSessions: 8, maxSessions: 8, sessionMinutes: 60, roles: ['peer-supporter'], countsForHours: true, minAge: 18, maxAge: 65 } });
    for (let week = 0; week < 9; week++) await app.api.programmes.logSession({ programmeId: programme.id, session: session(`2026-0${2 + Math.floor(week / 4)}-${String(2 + (week % 4) * 7).padStart(2, '0')}`) });
    const detail = await app.api.programmes.get({ id: programme.id });
    expect(detail).toMatchObject({ counter: '9 of 8', atPlanned: true });
    expect(detail.warnings).toEqual(["Age 76 is outside One-to-one peer support's 18–65", 'Past the most sessions (8)']);
  });
});

describe('goals', () => {
  it('are added, changed, reviewed and deleted, without their words in the audit log', async () => {
    const { id } = await coaching();
    const commits = await commitsOf(async () => {
      const added = await app.api.programmes.saveGoal({ programmeId: id, text: 'Get the bus to town on my own', steps: ['Check the timetable'], targetDate: '2027-01-31' });
      const goalId = added.goals[0]!.id;
      await app.api.programmes.saveGoal({ programmeId: id, goalId, text: 'Get the bus to town on my own', steps: ['Check the timetable', 'Buy a pass'] });
      const future = await expectFailure(app.api.programmes.reviewGoal({ programmeId: id, goalId, date: '2026-12-01', progress: 'some-progress' }));
      expect(future.fields).toEqual({ date: "The date can't be in the future" });
      const reviewed = await app.api.programmes.reviewGoal({ programmeId: id, goalId, date: '2026-11-23', progress: 'some-progress', comment: 'Did it with Ana' });
      expect(reviewed.goals[0]).toMatchObject({ steps: ['Check the timetable', 'Buy a pass'], setOn: '2026-11-23', reviews: [{ date: '2026-11-23', progress: 'some-progress', comment: 'Did it with Ana' }] });
      expect((await app.api.programmes.deleteGoal({ programmeId: id, goalId })).goals).toEqual([]);
    });
    expect(commits.flatMap(auditEntriesIn).map((a) => a.summary)).toEqual(['Added a goal', 'Changed a goal', 'Reviewed a goal on 23/11/2026', 'Deleted a goal']);
    expect(JSON.stringify(commits.flatMap(auditEntriesIn))).not.toMatch(/bus|timetable|Did it/);
  });
});

describe('the Programmes list', () => {
  it('counts open, waiting and no-contact programmes and filters by them', async () => {
    const { id } = await coaching();
    await app.api.programmes.logSession({ programmeId: id, session: session('2026-10-01') });
    const other = await member('Wyn');
    await app.api.programmes.start({ memberId: other, kindId: 'peer-coaching', date: '2026-11-01' });
    const list = await app.api.programmes.list({});
    expect(list.counts).toEqual({ open: 2, waiting: 1, noContact: 1 });
    expect(list.noContactDays).toBe(21);
    expect((await app.api.programmes.list({ noContact: true })).rows.map((r) => r.member.name)).toEqual(['Mo Okafor']);
    expect((await app.api.programmes.list({ status: 'waiting' })).rows.map((r) => r.member.name)).toEqual(['Wyn Okafor']);
    expect((await app.api.programmes.list({ query: 'ana' })).rows.map((r) => r.member.name)).toEqual(['Mo Okafor']);
    await app.api.settings.update({ noContactDays: 60 });
    expect((await app.api.programmes.list({})).counts.noContact).toBe(0);
  });
});

describe('suggesting volunteers', () => {
  it('suggests active volunteers with an allowed role, and leaves out those whose compliance is not in order', async () => {
    const memberId = await member('Mo', { interests: ['gardening'] });
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01' });
    await volunteer('Ana');
    await volunteer('Ben', ['group-facilitator']);
    const result = await app.api.programmes.suggest({ id: programme.id });
    expect(result.suggested).toEqual([]);
    // Peer coaches need a DBS check and training (role requirements): a new volunteer has neither.
    expect(result.leftOut).toEqual([{ volunteer: expect.objectContaining({ name: 'Ana Jones' }) as unknown, why: expect.stringMatching(/^DBS missing/) as unknown }]);
  });

  it('suggests a volunteer whose compliance is in order, with shared interests and their caseload, and not the one matched now', async () => {
    const memberId = await member('Mo', { interests: ['Gardening', 'chess'] });
    const cara = await compliantCoach('Cara');
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01' });
    const result = await app.api.programmes.suggest({ id: programme.id });
    expect(result.suggested).toEqual([{ volunteer: { id: cara, name: 'Cara Jones' }, score: 3, reasons: ['Shares: Gardening', 'Supporting 0 of 2'], caseload: 0, caseloadLimit: 2 }]);
    await app.api.programmes.match({ id: programme.id, volunteerId: cara, date: '2026-11-02' });
    const after = await app.api.programmes.suggest({ id: programme.id });
    expect(after).toEqual({ suggested: [], leftOut: [{ volunteer: { id: cara, name: 'Cara Jones' }, why: 'Their volunteer now' }] });
  });

  it("leaves out a full caseload and anyone who doesn't fit the member's asked-for gender and language, from their records", async () => {
    const memberId = await member('Mo', { interests: [], languages: ['Polish'], availability: ['mon-morning'], prefersVolunteerGender: 'woman', needsLanguage: 'Polish' });
    const full = await compliantCoach('Fay', { gender: 'woman', languages: ['Polish'], caseloadLimit: 1 });
    await compliantCoach('Guy', { gender: 'man', languages: ['Polish'] });
    await compliantCoach('Wyn', { gender: 'woman', languages: ['Welsh'] });
    const ida = await compliantCoach('Ida', { gender: 'woman', languages: ['polish', 'English'], availability: ['mon-morning', 'tue-morning'] });
    await app.api.programmes.start({ memberId: await member('Other'), kindId: 'peer-coaching', volunteerId: full, date: '2026-11-01' });
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01' });
    const result = await app.api.programmes.suggest({ id: programme.id });
    expect(result.suggested).toEqual([{ volunteer: { id: ida, name: 'Ida Jones' }, score: 4, reasons: ['Speaks: Polish', 'Both free: Monday morning', 'Supporting 0 of 2'], caseload: 0, caseloadLimit: 2 }]);
    expect(result.leftOut.map((l) => [l.volunteer.name, l.why])).toEqual([
      ['Fay Jones', 'Full: 1 of 1'],
      ['Guy Jones', 'Asked for a woman'],
      ['Wyn Jones', 'Does not speak Polish'],
    ]);
  });
});

describe('deleting people', () => {
  it("deleting a member takes their programmes and sessions with them in the same commit", async () => {
    const { id, memberId } = await coaching();
    await app.api.programmes.logSession({ programmeId: id, session: session('2026-10-01', { privateNote: 'Private' }) });
    const commits = await commitsOf(() => app.api.members.delete({ id: memberId }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['del members', 'del programme-sessions/2026', 'del programmes', 'put audit/2026']);
    expect((await expectFailure(app.api.programmes.get({ id }))).code).toBe('NOT_FOUND');
  });

  it('deleting a volunteer sends their open programmes back to waiting; a volunteer who left is warned about', async () => {
    const { id, volunteerId } = await coaching();
    const second = await coaching('Ben');
    await app.api.volunteers.changeStatus({ id: second.volunteerId, status: 'left', date: '2026-11-20', reason: 'Moved away' });
    expect((await app.api.programmes.get({ id: second.id })).warnings).toEqual(['Ben Jones has left: choose another volunteer']);

    const commits = await commitsOf(() => app.api.volunteers.delete({ id: volunteerId }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['del volunteers', 'put audit/2026', 'put programmes']);
    const detail = await app.api.programmes.get({ id });
    expect(detail.programme.status).toBe('waiting');
    expect(detail.matches).toEqual([expect.objectContaining({ to: '2026-11-23', reason: "Volunteer's record deleted", volunteerName: 'Deleted record' })]);
  });

  it('deleting a programme removes its sessions and unlinks its referral', async () => {
    const referral = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'gp', person: { firstName: 'Rhys', lastName: 'Referred' } } });
    const volunteerId = await volunteer('Ana');
    const d = await app.api.programmes.start({ referralId: referral.id, kindId: 'peer-coaching', date: '2026-11-02', volunteerId });
    await app.api.programmes.logSession({ programmeId: d.programme.id, session: session('2026-11-03') });
    const commits = await commitsOf(() => app.api.programmes.delete({ id: d.programme.id }));
    expect(ops(commits[0]!)).toEqual(['del programme-sessions/2026', 'del programmes', 'put audit/2026', 'put referrals']);
    const after = await app.api.referrals.get({ id: referral.id });
    expect(after.programmeId).toBeUndefined();
    expect(after.outcome).toBe('accepted');
  });
});

describe("Home's one-to-one programmes card", () => {
  it('lists open programmes waiting over 14 days, out of touch, at their planned number or with a volunteer who left, with why', async () => {
    // Today is Monday 23 November 2026.
    const waitingLong = await app.api.programmes.start({ memberId: await member('Aled'), kindId: 'peer-coaching', date: '2026-11-01' });
    await app.api.programmes.start({ memberId: await member('Bea'), kindId: 'peer-coaching', date: '2026-11-16' });
    const quiet = await coaching('Ana');
    await app.api.programmes.logSession({ programmeId: quiet.id, session: session('2026-10-01') });
    const full = await coaching('Cai');
    for (let week = 0; week < 10; week++) await app.api.programmes.logSession({ programmeId: full.id, session: session(`2026-11-${String(2 + week * 2).padStart(2, '0')}`) });
    const leaver = await coaching('Dee');
    await app.api.programmes.logSession({ programmeId: leaver.id, session: session('2026-11-20') });
    await app.api.volunteers.changeStatus({ id: leaver.volunteerId, status: 'left', date: '2026-11-21', reason: 'Moved away' });
    const ended = await coaching('Eve');
    await app.api.programmes.logSession({ programmeId: ended.id, session: session('2026-09-02') });
    await app.api.programmes.end({ id: ended.id, date: '2026-09-10', ending: 'member-choice', onward: [] });

    const card = (await app.api.home.thisWeek()).programmesNeedingAction;
    expect(card.map((c) => [c.memberName, c.why])).toEqual([
      ['Mo Okafor', 'no contact for 53 days'],
      ['Aled Okafor', 'waiting for a match for 22 days'],
      ['Mo Okafor', '10 of 10: end or extend?'],
      ['Mo Okafor', 'Dee Jones has left: choose another volunteer'],
    ]);
    expect(card[1]?.id).toBe(waitingLong.programme.id);
    expect(card[0]).toMatchObject({ id: quiet.id, kindName: 'Peer coaching' });
  });
});

describe('suggestions before a programme starts ("Start a programme", step 2)', () => {
  it('suggests for a member and a kind exactly as for a programme, and writes nothing', async () => {
    const memberId = await member('Mo', { interests: ['Gardening'], languages: ['Polish'], prefersVolunteerGender: 'woman' });
    const ida = await compliantCoach('Ida', { gender: 'woman', interests: ['gardening'], languages: ['Polish'] });
    await compliantCoach('Guy', { gender: 'man', interests: ['gardening'] });
    await volunteer('Ana');
    const commits = await commitsOf(() => app.api.programmes.suggestForStart({ memberId, kindId: 'peer-coaching' }));
    expect(commits).toEqual([]);
    const before = await app.api.programmes.suggestForStart({ memberId, kindId: 'peer-coaching' });
    expect(before).toEqual({
      canSuggest: true,
      suggestions: {
        suggested: [{ volunteer: { id: ida, name: 'Ida Jones' }, score: 6, reasons: ['Shares: Gardening', 'Speaks: Polish', 'Supporting 0 of 2'], caseload: 0, caseloadLimit: 2 }],
        leftOut: [
          { volunteer: expect.objectContaining({ name: 'Ana Jones' }) as unknown, why: expect.stringMatching(/^DBS missing/) as unknown },
          { volunteer: expect.objectContaining({ name: 'Guy Jones' }) as unknown, why: 'Asked for a woman' },
        ],
      },
    });
    const { programme } = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', date: '2026-11-01' });
    expect(before.canSuggest && before.suggestions).toEqual(await app.api.programmes.suggest({ id: programme.id }));
    // Only kinds a programme could start as.
    await app.api.programmes.setKindArchived({ id: 'peer-mentoring', archived: true });
    expect((await expectFailure(app.api.programmes.suggestForStart({ memberId, kindId: 'peer-mentoring' }))).fields?.kindId).toMatch(/archived/);
  });

  it("from a referral, uses its member when there is one, else says there is nothing to match on", async () => {
    const fresh = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'gp', person: { firstName: 'Rhys', lastName: 'Referred' } } });
    const none = await app.api.programmes.suggestForStart({ referralId: fresh.id, kindId: 'peer-coaching' });
    expect(none).toEqual({ canSuggest: false, why: expect.stringMatching(/^Rhys Referred is not a member yet, so there is nothing to match on/) as unknown });

    const memberId = await member('Mo', { interests: ['chess'] });
    const cara = await compliantCoach('Cara', { interests: ['Chess'] });
    const linked = await app.api.referrals.create({ referral: { receivedDate: '2026-10-01', source: 'gp', memberId, person: { firstName: 'Mo', lastName: 'Okafor' } } });
    const found = await app.api.programmes.suggestForStart({ referralId: linked.id, kindId: 'peer-coaching' });
    expect(found.canSuggest && found.suggestions.suggested.map((s) => [s.volunteer.id, s.reasons])).toEqual([[cara, ['Shares: chess', 'Supporting 0 of 2']]]);
  });
});
