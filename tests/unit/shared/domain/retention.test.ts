import { describe, expect, it } from 'vitest';
import { emptyComplianceRecords } from '../../../../shared/domain/compliance-records';
import { retentionDue, type RetentionSources } from '../../../../shared/domain/retention';
import type { KeepDecision } from '../../../../shared/domain/retention-keep';
import { DEFAULT_RETENTION_MONTHS, retentionMonthsOf, splitRetentionMonths } from '../../../../shared/domain/retention-settings';
import { makeDbsCheck, makeSupervision, makeTraining } from '../../../factories/compliance';
import { makeCompletion, makeProgramme, makeProgrammeSession, makeReferral, makeSession } from '../../../factories/held-data';
import { makeMember } from '../../../factories/members';
import { makeVolunteer } from '../../../factories/volunteers';

const AT = '2019-01-01T09:00:00.000Z';

function sources(overrides: Partial<RetentionSources> = {}): RetentionSources {
  return { members: [], volunteers: [], referrals: [], sessions: [], programmes: [], programmeSessions: [], completions: [], compliance: emptyComplianceRecords(), ...overrides };
}

const leftMember = (id: string, leftDate: string, extra: Parameters<typeof makeMember>[0] = {}) =>
  makeMember({ id, status: 'left', leftDate, joinedDate: '2015-01-05', statusHistory: [{ status: 'active', date: '2015-01-05', recordedAt: AT }, { status: 'left', date: leftDate, recordedAt: AT }], ...extra });

const leftVolunteer = (id: string, leftDate: string, extra: Parameters<typeof makeVolunteer>[0] = {}) =>
  makeVolunteer({ id, status: 'left', leftDate, startDate: '2015-01-05', statusHistory: [{ status: 'active', date: '2015-01-05', recordedAt: AT }, { status: 'left', date: leftDate, recordedAt: AT }], ...extra });

const due = (s: RetentionSources, today: string, decisions: KeepDecision[] = [], months = DEFAULT_RETENTION_MONTHS) => retentionDue(s, months, decisions, today);

describe('members and volunteers who left: six years after last contact', () => {
  it('keeps a member to the sixth anniversary of leaving and lists them the day after', () => {
    const s = sources({ members: [leftMember('m1', '2019-03-14')] });
    expect(due(s, '2025-03-14').items).toEqual([]);
    const [item] = due(s, '2025-03-15').items;
    expect(item).toMatchObject({ key: 'member:m1', kind: 'member', rule: 'people-left', from: '2019-03-14', fromLabel: 'last contact', keptUntil: '2025-03-14', what: 'Member who left' });
  });

  it('counts from the latest contact the records hold: a register, a one-to-one session, a questionnaire', () => {
    const m = leftMember('m1', '2019-03-14');
    const later = sources({
      members: [m],
      sessions: [makeSession({ date: '2019-05-07', register: { takenAt: AT, marks: { m1: 'present' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [] } })],
    });
    expect(due(later, '2025-03-20').items).toEqual([]);
    expect(due(later, '2025-05-08').items[0]?.from).toBe('2019-05-07');

    // Marked absent is not contact; a session attended on a programme is.
    const absent = sources({ members: [m], sessions: [makeSession({ date: '2019-05-07', register: { takenAt: AT, marks: { m1: 'absent' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [] } })] });
    expect(due(absent, '2025-03-20').items[0]?.from).toBe('2019-03-14');
    const p = makeProgramme({ id: 'p1', memberId: 'm1', startDate: '2018-01-01' });
    const oneToOne = sources({ members: [m], programmes: [p], programmeSessions: [makeProgrammeSession({ programmeId: 'p1', date: '2019-06-02' })], completions: [makeCompletion({ memberId: 'm1', date: '2019-06-09' })] });
    expect(due(oneToOne, '2025-07-01').items[0]?.from).toBe('2019-06-09');
  });

  it('takes a volunteer’s supervision, training and facilitated sessions as contact', () => {
    const v = leftVolunteer('v1', '2019-01-31');
    const compliance = { ...emptyComplianceRecords(), supervision: [makeSupervision({ volunteerId: 'v1', date: '2019-02-20' })], training: [makeTraining({ volunteerId: 'v1', date: '2019-02-10' })] };
    expect(due(sources({ volunteers: [v], compliance }), '2025-03-01').items.find((i) => i.kind === 'volunteer')?.from).toBe('2019-02-20');
    const session = makeSession({ date: '2019-04-02', register: { takenAt: AT, marks: {}, walkIns: [], anonymousCount: 0, facilitatorsPresent: ['v1'] } });
    expect(due(sources({ volunteers: [v], sessions: [session] }), '2025-04-03').items[0]?.from).toBe('2019-04-02');
  });

  it('month ends and leap days: 31/08 + 6 months is the end of February, 29/02 + 6 years is 28/02', () => {
    const dbs = (id: string, decisionDate: string) => makeDbsCheck({ id, volunteerId: 'v1', certificateNumber: '001234567890', decisionDate, issueDate: decisionDate });
    const s = (check: ReturnType<typeof dbs>) => sources({ volunteers: [makeVolunteer({ id: 'v1' })], compliance: { ...emptyComplianceRecords(), dbsChecks: [check] } });
    expect(due(s(dbs('d1', '2023-08-31')), '2024-03-01').items[0]?.keptUntil).toBe('2024-02-29');
    expect(due(s(dbs('d1', '2023-08-31')), '2024-02-29').items).toEqual([]);
    expect(due(s(dbs('d2', '2022-08-31')), '2023-03-01').items[0]?.keptUntil).toBe('2023-02-28');
    const leap = sources({ members: [leftMember('m1', '2020-02-29')] });
    expect(due(leap, '2026-02-28').items).toEqual([]);
    expect(due(leap, '2026-03-01').items[0]?.keptUntil).toBe('2026-02-28');
  });

  it('lists neither record of a member who is also a volunteer while one is still active, and counts both records’ contact', () => {
    const v = leftVolunteer('v1', '2018-06-30');
    const activeV = makeVolunteer({ id: 'v1', status: 'active' });
    const m = leftMember('m1', '2018-01-31', { volunteerId: 'v1' });
    expect(due(sources({ members: [m], volunteers: [activeV] }), '2030-01-01').items).toEqual([]);
    const both = due(sources({ members: [m], volunteers: [v] }), '2024-07-01').items;
    expect(both.map((i) => [i.key, i.from])).toEqual([
      ['member:m1', '2018-06-30'],
      ['volunteer:v1', '2018-06-30'],
    ]);
  });

  it('never lists an erased placeholder, or anyone not yet left', () => {
    const erased = leftMember('m1', '2010-01-01', { erasedAt: '2020-01-01T00:00:00.000Z' });
    const active = makeMember({ id: 'm2', joinedDate: '2010-01-01' });
    expect(due(sources({ members: [erased, active] }), '2030-01-01').items).toEqual([]);
  });
});

describe('referrals, DBS numbers and supervision notes', () => {
  it('lists declined and withdrawn referrals two years after they closed, not open, accepted or erased ones', () => {
    const referrals = [
      makeReferral({ id: 'r1', outcome: 'declined', outcomeDate: '2023-04-30', person: { firstName: 'Ann', lastName: 'Cole' } }),
      makeReferral({ id: 'r2', outcome: 'withdrawn', receivedDate: '2023-01-10' }),
      makeReferral({ id: 'r3', outcome: 'accepted', outcomeDate: '2020-01-01' }),
      makeReferral({ id: 'r4', outcome: 'open', receivedDate: '2020-01-01' }),
      makeReferral({ id: 'r5', outcome: 'declined', outcomeDate: '2020-01-01', erasedAt: '2024-01-01T00:00:00.000Z' }),
    ];
    const items = due(sources({ referrals }), '2025-05-01').items;
    expect(items.map((i) => [i.key, i.keptUntil, i.fromLabel])).toEqual([
      ['referral:r2', '2025-01-10', 'received'],
      ['referral:r1', '2025-04-30', 'closed'],
    ]);
    expect(items[1]).toMatchObject({ who: 'Ann Cole', what: 'Declined referral' });
  });

  it('lists a DBS number six months after the decision, but not while a volunteer on the Update Service still volunteers', () => {
    const v = makeVolunteer({ id: 'v1' });
    const checks = [
      makeDbsCheck({ id: 'd1', volunteerId: 'v1', certificateNumber: '001234567890', issueDate: '2024-01-02', decisionDate: '2024-01-20' }),
      makeDbsCheck({ id: 'd2', volunteerId: 'v1', certificateNumber: '009999999999', updateServiceId: 'U123', issueDate: '2024-01-02', decisionDate: '2024-01-20' }),
      makeDbsCheck({ id: 'd3', volunteerId: 'v1', issueDate: '2020-01-02', decisionDate: '2020-01-20' }),
      makeDbsCheck({ id: 'd4', volunteerId: 'v1', certificateNumber: '001111111111', issueDate: '2024-01-02', decision: 'pending' }),
    ];
    const compliance = { ...emptyComplianceRecords(), dbsChecks: checks };
    expect(due(sources({ volunteers: [v], compliance }), '2024-07-21').items.map((i) => i.key)).toEqual(['dbs:d1']);
    const left = leftVolunteer('v1', '2024-02-01');
    expect(due(sources({ volunteers: [left], compliance }), '2024-07-21').items.map((i) => i.key)).toEqual(['dbs:d1', 'dbs:d2']);
  });

  it('lists supervision private notes six years on, and only those with notes', () => {
    const compliance = {
      ...emptyComplianceRecords(),
      supervision: [makeSupervision({ id: 's1', volunteerId: 'v1', date: '2018-05-01', notes: 'Talked about a hard week' }), makeSupervision({ id: 's2', volunteerId: 'v1', date: '2018-05-01' })],
    };
    const items = due(sources({ volunteers: [makeVolunteer({ id: 'v1' })], compliance }), '2024-05-02').items;
    expect(items.map((i) => [i.key, i.what])).toEqual([['supervision:s1', 'Private notes from supervision on 01/05/2018']]);
  });

  it('uses the periods in Settings: two years for people who left moves the date', () => {
    const s = sources({ members: [leftMember('m1', '2022-03-14')] });
    expect(due(s, '2024-03-15', [], { ...DEFAULT_RETENTION_MONTHS, 'people-left': 24 }).items).toHaveLength(1);
    expect(due(s, '2024-03-15').items).toHaveLength(0);
  });
});

describe('keep decisions', () => {
  const keep = (reviewOn: string): KeepDecision => ({ id: 'k1', kind: 'member', recordId: 'm1', reason: 'An insurance claim is open', reviewOn, decidedAt: '2025-04-01T10:00:00.000Z' });
  const s = sources({ members: [leftMember('m1', '2019-03-14')] });

  it('hides an item kept until its review date, counts it, and shows it again on that day with the last decision', () => {
    const hidden = due(s, '2025-04-02', [keep('2025-10-01')]);
    expect(hidden.items).toEqual([]);
    expect(hidden.kept.map((k) => [k.key, k.decision.reason, k.decision.reviewOn])).toEqual([['member:m1', 'An insurance claim is open', '2025-10-01']]);
    const back = due(s, '2025-10-01', [keep('2025-10-01')]);
    expect(back.kept).toEqual([]);
    expect(back.items[0]?.lastKept).toEqual({ reason: 'An insurance claim is open', reviewOn: '2025-10-01', decidedAt: '2025-04-01T10:00:00.000Z' });
  });
});

describe('retention settings', () => {
  it('fills rules a folder does not hold from the defaults, and shows whole years as years', () => {
    expect(retentionMonthsOf({})).toEqual(DEFAULT_RETENTION_MONTHS);
    expect(retentionMonthsOf({ retentionMonths: { 'dbs-numbers': 3 } })['dbs-numbers']).toBe(3);
    expect(splitRetentionMonths(72)).toEqual({ amount: 6, unit: 'years' });
    expect(splitRetentionMonths(18)).toEqual({ amount: 18, unit: 'months' });
  });
});
