import { describe, expect, it } from 'vitest';
import { eraseFromLists, placeholderName, type RecordLists } from '../../../../shared/domain/erasure';
import { mapStrings, nameReplacer, nameTerms } from '../../../../shared/domain/erasure-text';
import { backupHolding } from '../../../../shared/domain/erasures';
import type { BackupInfo } from '../../../../shared/domain/backups';
import type { Member } from '../../../../shared/domain/members';
import { BUILT_IN_MEASURES, scoreAnswers } from '../../../../shared/domain/outcome-measures';
import type { Completion } from '../../../../shared/domain/outcome-completions';
import type { Programme, ProgrammeSession } from '../../../../shared/domain/programmes';
import type { Referral } from '../../../../shared/domain/referrals';
import type { Group } from '../../../../shared/domain/groups';
import { outcomePairs } from '../../../../shared/domain/report-outcomes';
import { makeMember } from '../../../factories/members';
import { makeAuditEntry, makeCompletion, makeGroup, makeProgramme, makeProgrammeSession, makeReferral, makeSession } from '../../../factories/held-data';
import { makeDbsCheck, makeSupervision, makeExpense } from '../../../factories/compliance';

const AT = '2026-11-23T11:00:00.000Z';
const ID = '7f3a9c1e-0000-4000-8000-000000000001';

function amira(overrides: Partial<Member> = {}): Member {
  return makeMember({
    id: ID,
    firstName: 'Amira',
    lastName: 'White',
    preferredName: 'Mira',
    email: 'amira@example.org',
    phone: '07700 900123',
    notes: 'Prefers mornings',
    address: { line1: '1 High Street', postcode: 'SM1 1AA' },
    dateOfBirth: '1980-05-01',
    emergencyContact: { name: 'Sam White', phone: '07700 900999' },
    equality: { sex: 'female', ethnicity: 'white-british' },
    consents: [{ id: 'c1', what: 'Photos in publicity', date: '2025-01-01', how: 'written' }],
    deviceLoans: [{ id: 'l1', item: '4G tablet', out: '2025-02-01' }],
    statusHistory: [{ status: 'active', date: '2025-01-10', recordedAt: '2025-01-10T09:00:00.000Z', note: 'Met Amira at the café' }],
    ...overrides,
  });
}

const one = <T>(lists: Record<string, readonly object[]>, name: string, i = 0): T => lists[name]![i] as T;

describe('placeholders and names', () => {
  it('names the placeholder from the record id, the same everywhere', () => {
    expect(placeholderName(ID)).toBe('Erased person 7F3A');
    expect(placeholderName('mem-12')).toBe('Erased person MEM1');
  });

  it('replaces full names, email and phone anywhere, and single names only in linked records, as whole words in their case', () => {
    const r = nameReplacer(nameTerms({ firstName: 'Amira', lastName: 'White', email: 'a@x.org', phone: '07700 900123' }), 'P');
    expect(r.replace('Amira White rang from 07700900123 (a@x.org)', false)).toBe('P rang from P (P)');
    expect(r.replace('Amira came; Amiral did not', false)).toBe('Amira came; Amiral did not');
    expect(r.replace('Amira came; Amiral did not', true)).toBe('P came; Amiral did not');
    // An answer or status written in lower case is never a name.
    expect(r.replace('white-british', true)).toBe('white-british');
    expect(r.replace('data:image/png;base64,Amira White', true)).toBe('data:image/png;base64,Amira White');
  });

  it('maps strings deep, keeping the same object when nothing changed', () => {
    const rec = { id: 'x', a: ['one', { b: 'two' }] };
    expect(mapStrings(rec, (s) => s)).toBe(rec);
    expect(mapStrings(rec, (s) => s.toUpperCase())).toEqual({ id: 'X', a: ['ONE', { b: 'TWO' }] });
  });
});

describe('erasing a member', () => {
  const programme = makeProgramme({
    memberId: ID,
    matches: [{ volunteerId: 'vol-1', from: '2026-01-12', reason: 'Both like walking' }],
    goals: [{ id: 'g1', text: 'Walk to the shop with Mira', steps: ['Buy shoes'], setOn: '2026-01-12', reviews: [{ date: '2026-02-01', progress: 'achieved', comment: 'Amira did it' }] }],
    ending: { date: '2026-03-01', ending: 'completed', onward: ['Citizens Advice'], note: 'Amira moved on' },
  });
  const answers = { companionship: 2, 'left-out': 3, isolated: 2, 'ons-lonely': 4 };
  const lists = (): RecordLists => ({
    members: [amira(), makeMember({ id: 'other', notes: 'Came with Amira White; knows Mira' })],
    referrals: [makeReferral({ memberId: ID, person: { firstName: 'Amira', lastName: 'White', phone: '07700 900123' }, reason: 'Lonely since her husband died', referrer: { name: 'Dr Patel', organisation: 'Sutton GP' } })],
    programmes: [programme],
    'programme-sessions': [makeProgrammeSession({ programmeId: programme.id, note: 'Went well', privateNote: 'Worried', where: 'Her flat' })],
    'outcome-completions': [makeCompletion({ memberId: ID, measureId: 'ucla-3', answers })],
    groups: [makeGroup({ roster: [{ memberId: ID, joined: '2025-01-10' }], description: 'Amira helps set up' } as Partial<Group>)],
    sessions: [makeSession({ register: { takenAt: AT, marks: { [ID]: 'present' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [], notes: 'Amira brought cake' } })],
    audit: [makeAuditEntry({ entityId: ID, summary: 'Changed Email' }), makeAuditEntry({ entityId: 'zzz', summary: 'Amira mentioned in passing' })],
  });

  it('turns the person into a placeholder that keeps only what counts', () => {
    const { lists: out, found } = eraseFromLists(lists(), { kind: 'member', id: ID, erasedAt: AT }, BUILT_IN_MEASURES);
    expect(found).toBe(true);
    const m = one<Member>(out, 'members');
    expect(m).toEqual({
      id: ID,
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: AT,
      erasedAt: AT,
      firstName: 'Erased person',
      lastName: '7F3A',
      address: {},
      emergencyContact: {},
      status: 'active',
      statusHistory: [{ status: 'active', date: '2025-01-10', recordedAt: '2025-01-10T09:00:00.000Z' }],
      joinedDate: '2025-01-10',
      interests: [],
      digital: {},
      deviceLoans: [],
      newsletter: 'none',
      consents: [],
      equality: {},
    });
  });

  it('clears what identifies them in their own records and keeps what reports count', () => {
    const { lists: out } = eraseFromLists(lists(), { kind: 'member', id: ID, erasedAt: AT }, BUILT_IN_MEASURES);
    const r = one<Referral>(out, 'referrals');
    expect(r.person).toEqual({ firstName: 'Erased person', lastName: '7F3A' });
    expect(r.referrer).toEqual({ organisation: 'Sutton GP' });
    expect(r.reason).toBeUndefined();
    expect(r.source).toBe('gp');
    const p = one<Programme>(out, 'programmes');
    expect(p.goals).toEqual([{ id: 'g1', text: '', steps: [], setOn: '2026-01-12', reviews: [{ date: '2026-02-01', progress: 'achieved' }] }]);
    expect(p.matches[0]).toEqual({ volunteerId: 'vol-1', from: '2026-01-12' });
    expect(p.ending).toEqual({ date: '2026-03-01', ending: 'completed', onward: ['Citizens Advice'] });
    const s = one<ProgrammeSession>(out, 'programme-sessions');
    expect([s.note, s.privateNote, s.where]).toEqual([undefined, undefined, undefined]);
    expect(s.minutes).toBe(60);
    const g = one<Group>(out, 'groups');
    expect(g.roster).toEqual([{ memberId: ID, joined: '2025-01-10', left: '2026-11-23' }]);
  });

  it('keeps each questionnaire’s score without its answers, so outcome pairs are the same', () => {
    const before = lists();
    const { lists: out } = eraseFromLists(before, { kind: 'member', id: ID, erasedAt: AT }, BUILT_IN_MEASURES);
    const c = one<Completion>(out, 'outcome-completions');
    expect(c.answers).toEqual({});
    const ucla = BUILT_IN_MEASURES.find((m) => m.id === 'ucla-3')!;
    const original = scoreAnswers(ucla, answers);
    expect(original.score).toBe(7);
    expect(c.keptScore?.score).toBe(7);
    expect(c.keptScore?.perItem?.['ons-lonely']?.value).toBe(original.perItem?.['ons-lonely']?.value);
    const scope = { people: new Set([ID]), fundedGroupIds: new Set<string>(), fundedProgrammeIds: new Set<string>() };
    const later = { ...c, id: 'later', date: '2026-06-01', keptScore: undefined, answers: { companionship: 1, 'left-out': 1, isolated: 1, 'ons-lonely': 1 } };
    const pairsBefore = outcomePairs(ucla, [one<Completion>(before, 'outcome-completions'), later], scope, '2026-01-01', '2026-12-31').pairs;
    const pairsAfter = outcomePairs(ucla, [c, later], scope, '2026-01-01', '2026-12-31').pairs;
    expect(pairsBefore).toHaveLength(1);
    expect(pairsAfter.map((x) => [x.before.score.score, x.after.score.score])).toEqual(pairsBefore.map((x) => [x.before.score.score, x.after.score.score]));
  });

  it('puts the placeholder’s name where free text named them: full names anywhere, first names in linked records only', () => {
    const { lists: out } = eraseFromLists(lists(), { kind: 'member', id: ID, erasedAt: AT }, BUILT_IN_MEASURES);
    expect(one<Member>(out, 'members', 1).notes).toBe('Came with Erased person 7F3A; knows Mira');
    expect(one<{ register: { notes: string } }>(out, 'sessions').register.notes).toBe('Erased person 7F3A brought cake');
    expect(one<{ description: string }>(out, 'groups').description).toBe('Erased person 7F3A helps set up');
    expect(one<{ summary: string }>(out, 'audit', 1).summary).toBe('Amira mentioned in passing');
    expect(JSON.stringify(one<Member>(out, 'members'))).not.toMatch(/Amira|White|07700|amira@/);
    expect(JSON.stringify(one<Referral>(out, 'referrals'))).not.toMatch(/Amira|White|07700|husband/);
  });

  it('changes nothing in a copy where they are already erased, or that never held them', () => {
    const first = eraseFromLists(lists(), { kind: 'member', id: ID, erasedAt: AT }, BUILT_IN_MEASURES);
    const again = eraseFromLists(first.lists, { kind: 'member', id: ID, erasedAt: '2026-12-01T10:00:00.000Z' }, BUILT_IN_MEASURES);
    expect(again.changed).toEqual([]);
    expect(eraseFromLists({ members: [] }, { kind: 'member', id: ID, erasedAt: AT }, BUILT_IN_MEASURES).found).toBe(false);
  });

  it('ends an open programme on the day of the erasure, as the member’s choice at their request and as lost contact past its date', () => {
    const open = makeProgramme({ memberId: ID, status: 'active' });
    const base = { ...lists(), programmes: [open, programme] };
    const ended = (because?: 'request' | 'retention') =>
      (eraseFromLists(base, { kind: 'member', id: ID, erasedAt: AT, ...(because ? { because } : {}) }, BUILT_IN_MEASURES).lists.programmes as Programme[]).map((p) => ({ status: p.status, ending: p.ending, last: p.statusHistory.at(-1)?.status }));
    expect(ended()).toEqual([
      { status: 'ended', ending: { date: '2026-11-23', ending: 'member-choice', onward: [] }, last: 'ended' },
      // One that had ended keeps its ending (without its note).
      { status: 'active', ending: { date: '2026-03-01', ending: 'completed', onward: ['Citizens Advice'] }, last: 'active' },
    ]);
    expect(ended('retention')[0]?.ending?.ending).toBe('lost-contact');
  });
});

describe('erasing a volunteer', () => {
  it('clears certificate numbers, supervision notes and expense descriptions, and keeps dates and amounts', () => {
    const vol = { ...amira(), id: 'vol-1', workforceType: 'voluntary', roles: ['peer-supporter'], languages: [], availability: [], contactPreferences: ['email'], statusHistory: [] };
    const lists: RecordLists = {
      volunteers: [vol],
      dbsChecks: [makeDbsCheck({ volunteerId: 'vol-1', certificateNumber: '001234567890' })],
      supervision: [makeSupervision({ volunteerId: 'vol-1', notes: 'Struggling at home' })],
      expenses: [makeExpense({ volunteerId: 'vol-1', description: 'Bus to Amira’s', amountPence: 450 })],
    };
    const { lists: out } = eraseFromLists(lists, { kind: 'volunteer', id: 'vol-1', erasedAt: AT }, BUILT_IN_MEASURES);
    expect(one<{ certificateNumber?: string }>(out, 'dbsChecks').certificateNumber).toBeUndefined();
    expect(one<{ notes?: string }>(out, 'supervision').notes).toBeUndefined();
    expect(one<{ description: string; amountPence: number }>(out, 'expenses')).toMatchObject({ description: '', amountPence: 450 });
    expect(one<{ contactPreferences: string[]; roles: string[] }>(out, 'volunteers')).toMatchObject({ contactPreferences: [], roles: ['peer-supporter'] });
  });
});

describe('backups that still hold an erased person', () => {
  const backup = (createdAt: string, reason: BackupInfo['reason'] = 'daily', name = createdAt): BackupInfo => ({ name, createdAt, reason, counts: {}, sizeBytes: 1 });
  const erasure = { erasedAt: '2026-11-23T11:00:00.000Z' };

  it('counts the backups made before the erasure, and dates the last automatic one’s deletion by the rotation', () => {
    const backups = [backup('2026-11-20T09:00:00.000Z'), backup('2026-11-23T09:00:00.000Z'), backup('2026-11-22T09:00:00.000Z', 'manual'), backup('2026-11-24T09:00:00.000Z')];
    // Newest automatic holding them: 23 Nov; one newer automatic (24 Nov); 14 kept → 13 more days of use.
    expect(backupHolding(erasure, backups, 14, '2026-11-24')).toEqual({ count: 3, keptUntilDeleted: 1, lastDeletedOnOrAfter: '2026-12-07' });
  });

  it('holds none once removed, apart from any that could not be read', () => {
    const backups = [backup('2026-11-20T09:00:00.000Z', 'daily', 'a'), backup('2026-11-21T09:00:00.000Z', 'daily', 'b')];
    expect(backupHolding({ ...erasure, backupsCleanedAt: '2026-11-25T10:00:00.000Z' }, backups, 14, '2026-11-25').count).toBe(0);
    expect(backupHolding({ ...erasure, backupsCleanedAt: '2026-11-25T10:00:00.000Z', backupsNotCleaned: ['b'] }, backups, 14, '2026-11-25').count).toBe(1);
  });
});
