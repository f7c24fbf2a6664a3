import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompletionInput } from '../../../../shared/domain/outcome-completions';
import { measureById, type Answers, type CustomScaleInput, type MeasureDefinition } from '../../../../shared/domain/outcome-measures';
import type { MeasurePlan } from '../../../../shared/domain/outcome-plans';
import type { ProgrammeSessionInput } from '../../../../shared/domain/programmes';
import type { CommitRecord } from '../../../../electron/store/commit-format';
import { makeGroupInput } from '../../../factories/groups';
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

const SWEMWBS = measureById('swemwbs', [])!;
const CORE10 = measureById('core-10', [])!;
const RISK_ITEM = CORE10.items.find((i) => i.risk)!;

/** Every item answered `value` (item ids come from the definitions, so wording changes do not break these tests). */
const all = (m: MeasureDefinition, value: number): Answers => Object.fromEntries(m.items.map((i) => [i.id, value]));

async function member(firstName: string): Promise<string> {
  const r = await app.api.members.create({ member: makeMemberInput({ firstName, lastName: 'Okafor' }), status: 'active', allowDuplicate: true });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.member.id;
}

async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}
const ops = (commit: CommitRecord) => commit.ops.map(describeOp).sort();

const completion = (extra: Partial<CompletionInput> = {}): CompletionInput => ({ measureId: 'swemwbs', date: '2026-11-20', given: 'paper', answers: all(SWEMWBS, 3), ...extra });

const session = (date: string, extra: Partial<ProgrammeSessionInput> = {}): ProgrammeSessionInput => ({ date, minutes: 60, mode: 'in-person', outcome: 'attended', ...extra });

/** Peer coaching (10 planned) asks `plans`; a programme of it for a new member, started 01/09/2026 with a volunteer. */
async function coaching(plans: MeasurePlan[], name = 'Mo') {
  const kinds = await app.api.programmes.kinds();
  const kind = kinds.find((k) => k.id === 'peer-coaching')!;
  await app.api.programmes.saveKind({ id: kind.id, kind: { name: kind.name, plannedSessions: kind.plannedSessions, sessionMinutes: kind.sessionMinutes, roles: kind.roles, countsForHours: kind.countsForHours, measures: plans } });
  const memberId = await member(name);
  const v = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Ana', lastName: 'Jones', roles: ['peer-coach'], startDate: '2024-03-01' }), status: 'active' });
  if (v.status !== 'saved') throw new Error('not saved');
  const detail = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', volunteerId: v.volunteer.id, date: '2026-09-01' });
  return { memberId, id: detail.programme.id };
}

/** Logs `n` attended sessions a week apart from 08/09/2026. */
async function attend(programmeId: string, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const d = new Date(Date.UTC(2026, 8, 8 + 7 * i)).toISOString().slice(0, 10);
    await app.api.programmes.logSession({ programmeId, session: session(d) });
  }
}

describe('recording a questionnaire', () => {
  it('is one commit with its audit entry, which holds neither answers nor scores; the score is derived, never stored', async () => {
    const memberId = await member('Mo');
    const commits = await commitsOf(() => app.api.outcomes.record({ memberId, completion: completion() }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'put outcome-completions/2026']);
    const audit = auditEntriesIn(commits[0]!);
    expect(audit).toEqual([expect.objectContaining({ action: 'create', entity: 'outcome-completion', summary: 'Recorded SWEMWBS answers of 20/11/2026, given on paper' })]);
    const stored = commits[0]!.ops.find((o) => o.c === 'outcome-completions')!;
    expect(stored.op === 'put' && stored.v).toMatchObject({ memberId, measureId: 'swemwbs', date: '2026-11-20', given: 'paper', answers: all(SWEMWBS, 3) });
    expect(JSON.stringify(stored)).not.toMatch(/metric|score/);

    // Raw 21 → metric 19.25 (Warwick's table).
    const { rows } = await app.api.outcomes.forMember({ memberId });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.score).toMatchObject({ scored: true, score: 21, metric: 19.25 });
  });

  it('stores every question, unanswered ones as null, and refuses unknown questions, answers out of range and no answers at all', async () => {
    const memberId = await member('Mo');
    const [first, second] = SWEMWBS.items;
    const partial = await app.api.outcomes.record({ memberId, completion: completion({ answers: { [first!.id]: 5, [second!.id]: null } }) });
    expect(Object.keys(partial.completion.answers).sort()).toEqual(SWEMWBS.items.map((i) => i.id).sort());
    expect(partial.completion.answers[first!.id]).toBe(5);
    expect(partial.completion.answers[SWEMWBS.items[2]!.id]).toBeNull();

    const unknown = await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ answers: { ...all(SWEMWBS, 3), 'not-a-question': 2 } }) }));
    expect(unknown.fields).toEqual({ 'completion.answers.not-a-question': 'SWEMWBS has no question "not-a-question"' });
    const high = await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ answers: { ...all(SWEMWBS, 3), [first!.id]: 6 } }) }));
    expect(high.fields).toEqual({ [`completion.answers.${first!.id}`]: 'Choose an answer from 1 to 5' });
    const low = await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ measureId: 'core-10', answers: { ...all(CORE10, 0), [RISK_ITEM.id]: -1 } }) }));
    expect(low.fields).toEqual({ [`completion.answers.${RISK_ITEM.id}`]: 'Choose an answer from 0 to 4' });
    const none = await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ answers: { [first!.id]: null } }) }));
    expect(none.fields).toEqual({ 'completion.answers': 'Enter at least one answer' });
    const fraction = await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ answers: { [first!.id]: 2.5 } }) }));
    expect(fraction.code).toBe('VALIDATION');
  });

  it('refuses a date in the future, an unknown measure, and a programme or group that is not the member’s', async () => {
    const memberId = await member('Mo');
    expect((await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ date: '2026-11-24' }) }))).fields).toEqual({
      'completion.date': "Enter today's date or an earlier one: it is 23/11/2026 today",
    });
    expect((await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ measureId: 'phq-9' }) }))).fields).toEqual({
      'completion.measureId': 'That questionnaire is no longer in Settings → Outcome measures',
    });
    const other = await coaching([], 'Cy');
    expect((await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ programmeId: other.id }) }))).fields).toEqual({
      'completion.programmeId': "That programme is someone else's. Choose one of this member's programmes.",
    });
    const group = await app.api.groups.create({ group: makeGroupInput() });
    expect((await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ groupId: group.id }) }))).fields).toEqual({
      'completion.groupId': 'This member has never been on that group’s roster',
    });
    // Today is fine.
    await app.api.outcomes.record({ memberId, completion: completion({ date: '2026-11-23' }) });
  });

  it('logs "Risk item answered" without the value when the CORE-10 risk item is above 0, and not otherwise', async () => {
    const memberId = await member('Mo');
    const quiet = await commitsOf(() => app.api.outcomes.record({ memberId, completion: completion({ measureId: 'core-10', answers: all(CORE10, 0) }) }));
    expect(auditEntriesIn(quiet[0]!).map((e) => e.summary)).toEqual(['Recorded CORE-10 answers of 20/11/2026, given on paper']);

    let row: Awaited<ReturnType<typeof app.api.outcomes.record>> | undefined;
    const flagged = await commitsOf(async () => {
      row = await app.api.outcomes.record({ memberId, completion: completion({ measureId: 'core-10', given: 'screen', answers: { ...all(CORE10, 1), [RISK_ITEM.id]: 3 } }) });
    });
    expect(flagged).toHaveLength(1);
    const audit = auditEntriesIn(flagged[0]!);
    expect(audit.map((e) => e.summary)).toEqual(['Recorded CORE-10 answers of 20/11/2026, given on screen', 'Risk item answered']);
    expect(audit[1]).toMatchObject({ entity: 'outcome-completion', entityId: row!.completion.id });
    expect(Object.keys(audit[1]!).sort()).toEqual(['action', 'actor', 'at', 'entity', 'entityId', 'id', 'summary']);
    expect(JSON.stringify(audit)).not.toMatch(/"3"|:3[,}]|plans-end|end my life/);
    expect(row!.score.riskFlag).toBe(true);
  });
});

describe('correcting and deleting answers', () => {
  it('update is one commit, moves the record to another year’s document, and flags the risk item only when newly raised', async () => {
    const memberId = await member('Mo');
    const row = await app.api.outcomes.record({ memberId, completion: completion({ measureId: 'core-10', answers: { ...all(CORE10, 1), [RISK_ITEM.id]: 0 } }) });
    const raised = await commitsOf(() => app.api.outcomes.update({ id: row.completion.id, completion: completion({ measureId: 'core-10', answers: { ...all(CORE10, 1), [RISK_ITEM.id]: 2 } }) }));
    expect(raised).toHaveLength(1);
    expect(ops(raised[0]!)).toEqual(['put audit/2026', 'put audit/2026', 'put outcome-completions/2026']);
    expect(auditEntriesIn(raised[0]!).map((e) => e.summary)).toEqual(['Changed the CORE-10 answers of 20/11/2026', 'Risk item answered']);

    const again = await commitsOf(() => app.api.outcomes.update({ id: row.completion.id, completion: completion({ measureId: 'core-10', date: '2025-12-30', answers: { ...all(CORE10, 1), [RISK_ITEM.id]: 4 } }) }));
    expect(ops(again[0]!)).toEqual(['del outcome-completions/2026', 'put audit/2026', 'put outcome-completions/2025']);
    expect(auditEntriesIn(again[0]!).map((e) => e.summary)).toEqual(['Changed the CORE-10 answers of 30/12/2025']);
    const { rows } = await app.api.outcomes.forMember({ memberId });
    expect(rows.map((r) => r.completion.date)).toEqual(['2025-12-30']);
  });

  it('delete is one commit with its audit entry', async () => {
    const memberId = await member('Mo');
    const row = await app.api.outcomes.record({ memberId, completion: completion() });
    const commits = await commitsOf(() => app.api.outcomes.delete({ id: row.completion.id }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['del outcome-completions/2026', 'put audit/2026']);
    expect(auditEntriesIn(commits[0]!)[0]).toMatchObject({ action: 'delete', summary: 'Deleted the SWEMWBS answers of 20/11/2026' });
    expect((await app.api.outcomes.forMember({ memberId })).rows).toEqual([]);
    expect((await expectFailure(app.api.outcomes.delete({ id: row.completion.id }))).code).toBe('NOT_FOUND');
  });

  it('deleting a member deletes their answers in the same commit', async () => {
    const memberId = await member('Mo');
    const keep = await member('Cy');
    await app.api.outcomes.record({ memberId, completion: completion() });
    await app.api.outcomes.record({ memberId, completion: completion({ date: '2025-06-01' }) });
    await app.api.outcomes.record({ memberId: keep, completion: completion() });
    const commits = await commitsOf(() => app.api.members.delete({ id: memberId }));
    expect(commits).toHaveLength(1);
    expect(ops(commits[0]!)).toEqual(['del members', 'del outcome-completions/2025', 'del outcome-completions/2026', 'put audit/2026']);
    expect((await app.api.outcomes.forMember({ memberId: keep })).rows).toHaveLength(1);
  });
});

describe("a member's outcomes", () => {
  it('lists answers newest first, each scored, and compares first with latest per measure and programme', async () => {
    const { memberId, id } = await coaching([]);
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-09-01', stage: 'start', answers: all(SWEMWBS, 2) }) }); // raw 14 → 15.32
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-10-01', stage: 'review', answers: all(SWEMWBS, 3) }) });
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-11-20', stage: 'end', answers: all(SWEMWBS, 3) }) }); // raw 21 → 19.25
    await app.api.outcomes.record({ memberId, completion: completion({ date: '2026-11-21', answers: all(SWEMWBS, 5) }) }); // outside the programme: alone, no comparison

    const out = await app.api.outcomes.forMember({ memberId });
    expect(out.rows.map((r) => r.completion.date)).toEqual(['2026-11-21', '2026-11-20', '2026-10-01', '2026-09-01']);
    expect(out.rows[1]!.place).toEqual({ kind: 'programme', id, name: 'Peer coaching, started 01/09/2026' });
    expect(out.rows[0]!.place).toBeUndefined();
    expect(out.comparisons).toHaveLength(1);
    const [c] = out.comparisons;
    expect(c).toMatchObject({ measure: { id: 'swemwbs', shortName: 'SWEMWBS' }, count: 3, first: { date: '2026-09-01', score: { metric: 15.32 } }, latest: { date: '2026-11-20', score: { metric: 19.25 } } });
    expect(c!.change.change).toBeCloseTo(3.93, 2);
    expect(c!.change.direction).toBe('improved');
  });

  it("offers the member's own programmes and the groups they have been on as places to record answers in", async () => {
    const { memberId, id } = await coaching([]);
    const other = await member('Cy');
    const group = await app.api.groups.create({ group: makeGroupInput({ name: 'Walk and talk' }) });
    const elsewhere = await app.api.groups.create({ group: makeGroupInput({ name: 'Not theirs' }) });
    await app.api.groups.addMember({ groupId: group.id, memberId, joined: '2026-10-13' });
    await app.api.groups.addMember({ groupId: elsewhere.id, memberId: other, joined: '2026-10-13' });
    expect((await app.api.outcomes.forMember({ memberId })).places).toEqual([
      { kind: 'programme', id, name: 'Peer coaching, started 01/09/2026' },
      { kind: 'group', id: group.id, name: 'Walk and talk' },
    ]);
    expect((await app.api.outcomes.forMember({ memberId: other })).places).toEqual([{ kind: 'group', id: elsewhere.id, name: 'Not theirs' }]);
  });
});

describe('who is due a questionnaire', () => {
  const swemwbsPlan = (extra: Partial<MeasurePlan> = {}): MeasurePlan => ({ measureId: 'swemwbs', atStart: true, every: { count: 5, unit: 'sessions' }, atEnd: true, ...extra });

  it('asks at the start, at every 5th session, and at the end; a completion clears each in turn', async () => {
    const { memberId, id } = await coaching([swemwbsPlan()]);
    const labels = async () => (await app.api.outcomes.due()).map((d) => `${d.memberName}: ${d.measure.shortName} ${d.label}`);
    expect(await labels()).toEqual(['Mo Okafor: SWEMWBS Due at the start']);

    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-09-01', stage: 'start' }) });
    expect(await labels()).toEqual([]);

    await attend(id, 4); // the next, 5th, session is when to ask
    expect(await labels()).toEqual(['Mo Okafor: SWEMWBS Due at session 5']);
    await attend(id, 1, 4);
    expect(await labels()).toEqual(['Mo Okafor: SWEMWBS Due at session 5']);
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-10-06', stage: 'review' }) });
    expect(await labels()).toEqual([]);

    await attend(id, 4, 5); // 9 of 10: the next is the last
    expect(await labels()).toEqual(['Mo Okafor: SWEMWBS Ending — ask the closing questionnaire']);
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-11-10' }) });
    expect(await labels()).toEqual([]);
  });

  it('asks an ended programme without its closing answers, until eight weeks after it ended', async () => {
    const { memberId, id } = await coaching([swemwbsPlan({ every: undefined })]);
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId: id, date: '2026-09-01' }) });
    await attend(id, 2);
    await app.api.programmes.end({ id, date: '2026-10-01', ending: 'member-choice' });
    const due = await app.api.outcomes.due();
    expect(due).toEqual([expect.objectContaining({ memberId, label: 'Ending — ask the closing questionnaire', place: { kind: 'programme', id, name: 'Peer coaching, started 01/09/2026' } })]);
    app.setNow(new Date(2026, 10, 27, 10));
    expect(await app.api.outcomes.due()).toEqual([]);
  });

  it("lists a group's current members by weeks since they joined", async () => {
    const group = await app.api.groups.create({ group: makeGroupInput({ measures: [{ measureId: 'swemwbs', atStart: true, every: { count: 6, unit: 'weeks' }, atEnd: false }] }) });
    const mo = await member('Mo');
    const cy = await member('Cy');
    await app.api.groups.addMember({ groupId: group.id, memberId: mo, joined: '2026-10-13' }); // week 6 is 24/11
    await app.api.groups.addMember({ groupId: group.id, memberId: cy, joined: '2026-11-17' });
    await app.api.outcomes.record({ memberId: mo, completion: completion({ groupId: group.id, date: '2026-10-13' }) });
    const due = await app.api.outcomes.due();
    expect(due.map((d) => `${d.memberName}: ${d.label} (${d.place.name})`)).toEqual(['Cy Okafor: Due at the start (Tuesday Peer Support)', 'Mo Okafor: Due at week 6 (Tuesday Peer Support)']);
  });

  it('refuses a plan naming a questionnaire Settings does not have, and keeps a kind’s plan when the kind form saves without it', async () => {
    const kind = (await app.api.programmes.kinds()).find((k) => k.id === 'peer-coaching')!;
    const base = { name: kind.name, plannedSessions: kind.plannedSessions, sessionMinutes: kind.sessionMinutes, roles: kind.roles, countsForHours: kind.countsForHours };
    const bad = await expectFailure(app.api.programmes.saveKind({ id: kind.id, kind: { ...base, measures: [swemwbsPlan({ measureId: 'phq-9' })] } }));
    expect(bad.fields).toEqual({ 'kind.measures.0.measureId': 'That questionnaire is no longer in Settings → Outcome measures' });
    const never = await expectFailure(app.api.programmes.saveKind({ id: kind.id, kind: { ...base, measures: [swemwbsPlan({ atStart: false, atEnd: false, every: undefined })] } }));
    expect(never.code).toBe('VALIDATION');

    await app.api.programmes.saveKind({ id: kind.id, kind: { ...base, measures: [swemwbsPlan()] } });
    const saved = await app.api.programmes.saveKind({ id: kind.id, kind: { ...base, sessionMinutes: 45 } });
    expect(saved.find((k) => k.id === kind.id)).toMatchObject({ sessionMinutes: 45, measures: [swemwbsPlan()] });

    const group = await app.api.groups.create({ group: makeGroupInput({ measures: [swemwbsPlan({ every: { count: 4, unit: 'weeks' } })] }) });
    const changed = await app.api.groups.update({ id: group.id, group: makeGroupInput({ name: 'Renamed' }) });
    expect(changed.measures).toEqual([swemwbsPlan({ every: { count: 4, unit: 'weeks' } })]);
    // The Groups page says what the group asks, by the measures' short names.
    expect((await app.api.groups.list({})).find((g) => g.id === group.id)?.questionnaires).toBe('SWEMWBS at start, every 4 weeks and at end');
  });
});

describe('custom scales and settings', () => {
  const scale = { name: 'Our check-in', items: [{ text: 'I feel connected' }, { text: 'I feel alone', reverse: true }], answerMin: 1, answerMax: 5, higherIsBetter: true, meaningfulChange: 2 };

  it('are saved and archived in Settings, one commit each; an archived scale takes no new answers', async () => {
    const commits = await commitsOf(() => app.api.outcomes.saveCustomScale({ scale }));
    expect(ops(commits[0]!)).toEqual(['put audit/2026', 'set settings']);
    const view = await app.api.outcomes.measures();
    expect(view.measures.map((m) => m.definition.id).slice(0, 4)).toEqual(['swemwbs', 'core-10', 'ons4', 'ucla-3']);
    const custom = view.measures.find((m) => !m.definition.builtIn)!;
    expect(custom).toMatchObject({ archived: false, definition: { name: 'Our check-in', builtIn: false } });
    expect((await expectFailure(app.api.outcomes.saveCustomScale({ scale: { ...scale, name: 'swemwbs' } }))).fields).toEqual({ 'scale.name': 'There is already a questionnaire called SWEMWBS' });

    const memberId = await member('Mo');
    const [a, b] = custom.definition.items;
    const row = await app.api.outcomes.record({ memberId, completion: completion({ measureId: custom.definition.id, answers: { [a!.id]: 4, [b!.id]: 2 } }) });
    expect(row.score).toMatchObject({ scored: true, score: 8 }); // 4 + (5 − 2 + 1)

    const archived = await app.api.outcomes.archiveCustomScale({ id: custom.definition.id, archived: true });
    expect(archived.measures.at(-1)).toMatchObject({ archived: true });
    expect((await expectFailure(app.api.outcomes.record({ memberId, completion: completion({ measureId: custom.definition.id, answers: { [a!.id]: 4 } }) }))).fields).toEqual({
      'completion.measureId': 'Our check-in is archived. Bring it back in Settings → Outcome measures to record new answers.',
    });
    // Old answers can still be corrected.
    await app.api.outcomes.update({ id: row.completion.id, completion: completion({ measureId: custom.definition.id, answers: { [a!.id]: 5, [b!.id]: 2 } }) });
  });

  it('refuses a change that would rescore answers already given, and allows rewording', async () => {
    await app.api.outcomes.saveCustomScale({ scale });
    const stored = () => app.api.outcomes.measures().then((v) => v.measures.find((m) => !m.definition.builtIn)!);
    const first = await stored();
    const id = first.definition.id;
    const input = (s: NonNullable<typeof first.scale>): CustomScaleInput => ({
      name: s.name,
      items: s.items.map((i) => ({ id: i.id, text: i.text, reverse: i.reverse })),
      answerMin: s.answerMin,
      answerMax: s.answerMax,
      labels: s.labels,
      higherIsBetter: s.higherIsBetter,
      meaningfulChange: s.meaningfulChange,
      missing: s.missing,
    });
    // With no answers yet, anything may change.
    await app.api.outcomes.saveCustomScale({ id, scale: { ...input(first.scale!), answerMax: 6 } });
    await app.api.outcomes.saveCustomScale({ id, scale: { ...input(first.scale!), answerMax: 5 } });

    const memberId = await member('Mo');
    const [a, b] = first.scale!.items;
    await app.api.outcomes.record({ memberId, completion: completion({ measureId: id, answers: { [a!.id]: 4, [b!.id]: 2 } }) });
    const base = input((await stored()).scale!);
    const refused = async (change: Partial<typeof base>) => {
      const before = await lastSeq(app.dir);
      const e = await expectFailure(app.api.outcomes.saveCustomScale({ id, scale: { ...base, ...change } }));
      // Nothing written: no commit, no audit entry.
      expect(await lastSeq(app.dir)).toBe(before);
      return { code: e.code, message: e.message, fields: e.fields };
    };

    const range = 'Answers have already been given on this scale, so its answer range cannot change. Make a new scale instead, or put back 1 to 5.';
    expect(await refused({ answerMax: 7 })).toEqual({ code: 'VALIDATION', message: range, fields: { 'scale.answerMax': range } });
    expect((await refused({ answerMin: 0 })).fields).toEqual({ 'scale.answerMin': range });
    const questions = 'Answers have already been given on this scale, so no question can be added, taken away or moved (you can still reword one). Make a new scale instead, or put back its 2 questions in their order.';
    expect((await refused({ items: base.items.slice(0, 1) })).fields).toEqual({ 'scale.items': questions });
    expect((await refused({ items: [...base.items].reverse() })).fields).toEqual({ 'scale.items': questions });
    expect((await refused({ items: [...base.items, { text: 'I feel heard' }] })).fields).toEqual({ 'scale.items': questions });
    expect((await refused({ items: base.items.map((i) => ({ ...i, reverse: false })) })).fields).toEqual({
      'scale.items': 'Answers have already been given on this scale, so which questions are reverse scored cannot change. Make a new scale instead, or put the ticks back as they were (“I feel alone”).',
    });
    expect((await refused({ higherIsBetter: false })).fields).toEqual({
      'scale.higherIsBetter': 'Answers have already been given on this scale, so whether a higher score is better cannot change. Make a new scale instead, or put back “Yes, higher is better”.',
    });
    expect((await refused({ meaningfulChange: 1 })).fields).toEqual({
      'scale.meaningfulChange':
        'Answers have already been given on this scale, so its meaningful change cannot be altered: people already counted as improved or worse would be counted again differently. Make a new scale instead, or put back 2 points.',
    });
    expect((await refused({ missing: 'prorate-one' })).fields).toEqual({
      'scale.missing': 'Answers have already been given on this scale, so what happens when an answer is missing cannot change. Make a new scale instead, or put back “Do not score it: every answer is needed”.',
    });
    // Several at once: each beside its field, and one line above them.
    const several = await refused({ answerMax: 7, higherIsBetter: false });
    expect(several.message).toBe('Answers have already been given on this scale, so how it is scored cannot change. Make a new scale instead, or put back the highlighted fields.');
    expect(Object.keys(several.fields ?? {})).toEqual(['scale.answerMax', 'scale.higherIsBetter']);

    // The name, a question's wording, labels and instructions are words only: the answers keep their score.
    await app.api.outcomes.saveCustomScale({
      id,
      scale: { ...base, name: 'Our weekly check-in', instructions: 'Think about this week.', items: base.items.map((i, n) => (n === 0 ? { ...i, text: 'I feel connected to others' } : i)), labels: [{ value: 1, label: 'Not at all' }] },
    });
    const { rows } = await app.api.outcomes.forMember({ memberId });
    expect(rows[0]).toMatchObject({ score: { scored: true, score: 8 } });
    expect((await stored()).definition).toMatchObject({ name: 'Our weekly check-in', items: [{ text: 'I feel connected to others' }, { text: 'I feel alone' }] });
  });

  it('keeps the SWEMWBS registration in Settings', async () => {
    await app.api.settings.update({ swemwbsRegistration: 'WEMWBS-1234' });
    expect((await app.api.outcomes.measures()).swemwbsRegistration).toBe('WEMWBS-1234');
    await app.api.settings.update({ swemwbsRegistration: '' });
    expect((await app.api.outcomes.measures()).swemwbsRegistration).toBeUndefined();
  });
});

describe('a data folder from before outcome measures', () => {
  it('opens with no questionnaires, default settings for them and kinds without plans', async () => {
    const memberId = await member('Mo');
    await app.services.close();
    // A settings file as an older Peer Desk wrote it: none of the new keys.
    await writeFile(path.join(app.dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: { organisationName: 'Peers', textSize: 'standard', setUpDone: true } }));
    await app.reopen();
    const settings = await app.api.settings.get();
    expect(settings).toMatchObject({ organisationName: 'Peers', customScales: [], archivedCustomScales: [] });
    expect(settings.swemwbsRegistration).toBeUndefined();
    expect((await app.api.outcomes.forMember({ memberId })).rows).toEqual([]);
    expect(await app.api.outcomes.due()).toEqual([]);
    expect((await app.api.outcomes.measures()).measures).toHaveLength(4);
  });
});
