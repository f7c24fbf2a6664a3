import { describe, expect, it } from 'vitest';
import { HELD_KINDS, type HeldItem } from '../../../../shared/domain/held-data';
import { gatherHeldData } from '../../../../shared/domain/held-data-gather';
import { emptyComplianceRecords } from '../../../../shared/domain/compliance-records';
import { makeDbsCheck, makeExpense, makeSupervision, makeTraining } from '../../../factories/compliance';
import { emptySources, makeAuditEntry, makeCompletion, makeGrant, makeGroup, makeIssue, makeProgramme, makeProgrammeSession, makeReferral, makeSession, makeTrip } from '../../../factories/held-data';
import { makeMember } from '../../../factories/members';
import { makeVolunteer } from '../../../factories/volunteers';

/**
 * Amira is a member and a volunteer; Brian is another member, whom Amira supports one to one
 * as a volunteer; Vera is Amira's own volunteer. Everything Brian-only is marked in capitals
 * so a test can prove none of it reaches Amira's pack.
 */
function world() {
  const volA = makeVolunteer({ firstName: 'Amira', lastName: 'Haddad', email: 'amira@example.org' });
  const vera = makeVolunteer({ firstName: 'Vera', lastName: 'Buddy' });
  const amira = makeMember({
    firstName: 'Amira',
    lastName: 'Haddad',
    notes: 'Prefers mornings',
    volunteerId: volA.id,
    consents: [{ id: 'con-a', what: 'Contact by email', date: '2026-01-10', how: 'written' }],
    deviceLoans: [{ id: 'loan-a', item: '4G tablet', out: '2026-01-15' }],
    equality: { sex: 'female' },
  });
  const brian = makeMember({ firstName: 'Brian', lastName: 'Other', notes: 'BRIAN-SECRET', email: 'brian@example.org' });
  const refA = makeReferral({ memberId: amira.id, person: { firstName: 'Amira', lastName: 'Haddad' }, reason: 'Low mood' });
  const refB = makeReferral({ memberId: brian.id, person: { firstName: 'Brian', lastName: 'Other' }, reason: 'BRIAN-REASON' });
  const walk = makeGroup({ name: 'Tuesday Walk', roster: [{ memberId: amira.id, joined: '2026-01-06' }, { memberId: brian.id, joined: '2026-01-06' }], waitingList: [{ memberId: brian.id, added: '2026-01-01', note: 'BRIAN-WAIT' }] });
  const craft = makeGroup({ name: 'Craft Club', waitingList: [{ memberId: amira.id, added: '2026-02-01' }] });
  const cafe = makeGroup({ name: 'Recovery Cafe', facilitatorIds: [volA.id] });
  const pA = makeProgramme({ memberId: amira.id, matches: [{ volunteerId: vera.id, from: '2026-01-12' }], goals: [{ id: 'goal-a', text: 'Walk to the shops', steps: [], setOn: '2026-01-12', reviews: [] }] });
  const pB = makeProgramme({ memberId: brian.id, kindId: 'travel-buddy', matches: [{ volunteerId: volA.id, from: '2026-01-20' }], goals: [{ id: 'goal-b', text: 'BRIAN-GOAL', steps: [], setOn: '2026-01-20', reviews: [] }] });
  const sources = emptySources({
    members: [amira, brian],
    volunteers: [volA, vera],
    referrals: [refA, refB],
    groups: [walk, craft, cafe],
    sessions: [
      makeSession({ groupId: walk.id, date: '2026-02-03', register: { takenAt: '2026-02-03T12:00:00Z', marks: { [amira.id]: 'present', [brian.id]: 'absent' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [], notes: 'REGISTER-NOTE' } }),
      makeSession({ groupId: cafe.id, date: '2026-02-05', register: { takenAt: '2026-02-05T12:00:00Z', marks: { [brian.id]: 'present' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [volA.id] } }),
      makeSession({ groupId: craft.id, date: '2026-02-06', register: { takenAt: '2026-02-06T12:00:00Z', marks: { [brian.id]: 'present' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [] } }),
    ],
    programmes: [pA, pB],
    programmeSessions: [
      makeProgrammeSession({ programmeId: pA.id, note: 'Talked about work', privateNote: 'AMIRA-PRIVATE' }),
      makeProgrammeSession({ programmeId: pB.id, volunteerId: volA.id, note: 'BRIAN-NOTE', privateNote: 'BRIAN-PRIVATE' }),
    ],
    trips: [makeTrip({ programmeId: pA.id, appointmentPlace: 'Eye clinic' }), makeTrip({ programmeId: pB.id, volunteerId: volA.id, appointmentPlace: 'BRIAN-HOSPITAL', pickUpAddress: 'BRIAN-HOME' })],
    completions: [makeCompletion({ memberId: amira.id, answers: { companionship: 2 } }), makeCompletion({ memberId: brian.id, measureId: 'swemwbs', date: '2026-03-03' })],
    compliance: {
      ...emptyComplianceRecords(),
      dbsChecks: [makeDbsCheck({ volunteerId: volA.id, certificateNumber: '001234567890' })],
      training: [makeTraining({ volunteerId: volA.id })],
      supervision: [makeSupervision({ volunteerId: volA.id, notes: 'SUPERVISION-PRIVATE' }), makeSupervision({ volunteerId: vera.id, notes: 'VERA-SUPERVISION' })],
      hours: [{ id: 'hrs-a', volunteerId: volA.id, createdAt: '2026-01-01T09:00:00Z', updatedAt: '2026-01-01T09:00:00Z', date: '2026-01-05', activity: 'Leaflet drop', minutes: 90 }],
      expenses: [makeExpense({ volunteerId: volA.id, description: 'Bus fare', kind: 'fares', amountPence: 420 })],
      activationOverrides: [{ id: 'act-a', volunteerId: volA.id, date: '2026-01-04', reason: 'Check in post', missing: ['DBS check'], recordedAt: '2026-01-04T09:00:00Z', by: 'Sam Lead' }],
    },
    newsletters: [makeIssue({ status: 'sent', sent: { date: '2026-03-02', recordedAt: '2026-03-02T09:00:00Z', recordedBy: 'Sam', recipients: [{ personId: amira.id, personType: 'member', channel: 'email' }, { personId: brian.id, personType: 'member', channel: 'post' }] } })],
    grants: [
      makeGrant({
        caseStudies: [
          { id: 'cs-a', title: 'A walk back to confidence', text: 'amira haddad joined the Tuesday Walk…', createdAt: '2026-02-01T09:00:00Z', updatedAt: '2026-02-01T09:00:00Z' },
          { id: 'cs-b', title: 'BRIAN-STORY', text: 'Brian Other…', createdAt: '2026-02-01T09:00:00Z', updatedAt: '2026-02-01T09:00:00Z' },
        ],
      }),
    ],
    audit: [
      makeAuditEntry({ entityId: amira.id, summary: 'Changed Email' }),
      makeAuditEntry({ entityId: pA.id, entity: 'programme', summary: 'Logged a session' }),
      makeAuditEntry({ entityId: brian.id, summary: 'BRIAN-AUDIT' }),
    ],
  });
  return { sources, amira, brian, volA, vera, refA, pA };
}

const kinds = (items: readonly HeldItem[]) => new Set(items.map((i) => i.kind));
const text = (items: readonly HeldItem[]) => JSON.stringify(items);

describe('gathering what Peer Desk holds about a person', () => {
  it('finds every kind of data about them, following their volunteer record and referral', () => {
    const { sources, amira } = world();
    const items = gatherHeldData({ type: 'member', id: amira.id }, sources);
    expect([...kinds(items)].sort()).toEqual([...HELD_KINDS].sort());
    const all = text(items);
    // Private notes are theirs too.
    for (const own of ['Prefers mornings', 'amira@example.org', 'Low mood', 'AMIRA-PRIVATE', 'SUPERVISION-PRIVATE', '001234567890', 'Walk to the shops', 'Eye clinic', 'Leaflet drop', '£4.20', 'A walk back to confidence', 'Changed Email', 'Logged a session']) {
      expect(all, own).toContain(own);
    }
  });

  it('holds nothing of another person: not their marks, notes, answers, records or the register’s notes', () => {
    const { sources, amira } = world();
    const all = text(gatherHeldData({ type: 'member', id: amira.id }, sources));
    expect(all).not.toMatch(/Brian|BRIAN|brian@|VERA-SUPERVISION|REGISTER-NOTE/);
    // The programme she gives as a volunteer is there, without the member she supports.
    expect(all).toContain('Supporting someone on Travel buddy');
  });

  it('shows only their own mark on each register, and facilitating as facilitating', () => {
    const { sources, amira } = world();
    const attendance = gatherHeldData({ type: 'member', id: amira.id }, sources).filter((i) => i.kind === 'attendance');
    expect(attendance.map((a) => [a.title, a.table?.rows])).toEqual([
      ['Tuesday Walk: 1 session', [['03/02/2026', '10:00–11:30', 'Present']]],
      ['Recovery Cafe: 1 session', [['05/02/2026', '10:00–11:30', 'Facilitated']]],
    ]);
  });

  it('from a referral, gathers the member it became too', () => {
    const { sources, refA } = world();
    const items = gatherHeldData({ type: 'referral', id: refA.id }, sources);
    expect(items.find((i) => i.id === `referral:${refA.id}`)).toBeDefined();
    expect(items.some((i) => i.title === 'Member record')).toBe(true);
  });

  it('for a volunteer alone, their records and no one else’s', () => {
    const { sources, vera } = world();
    const items = gatherHeldData({ type: 'volunteer', id: vera.id }, sources);
    expect(text(items)).toContain('VERA-SUPERVISION');
    expect(text(items)).not.toMatch(/Amira|SUPERVISION-PRIVATE|AMIRA-PRIVATE/);
    expect(items.find((i) => i.kind === 'programme')?.title).toBe('Supporting someone on Peer coaching');
  });

  it('gives every item an id that stays the same when gathered again, and finds nothing for a record not on file', () => {
    const { sources, amira } = world();
    const ids = gatherHeldData({ type: 'member', id: amira.id }, sources).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(gatherHeldData({ type: 'member', id: amira.id }, sources).map((i) => i.id)).toEqual(ids);
    expect(gatherHeldData({ type: 'member', id: 'gone' }, sources)).toEqual([]);
  });
});
