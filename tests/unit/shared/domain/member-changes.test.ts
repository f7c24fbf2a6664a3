import { describe, expect, it } from 'vitest';
import { changedMemberFields } from '../../../../shared/domain/member-changes';
import { findDuplicatePeople } from '../../../../shared/domain/people-changes';
import { applyStatusChange } from '../../../../shared/domain/people-status';
import { MEMBER_STATUS_LABELS } from '../../../../shared/domain/members';
import { ApiError } from '../../../../shared/errors';
import { makeMember, makeMemberInput } from '../../../factories/members';
import { makeVolunteer } from '../../../factories/volunteers';

describe('changed fields for the audit log', () => {
  it('names the member fields changed, never their values', () => {
    const before = makeMember({ firstName: 'Margaret', lastName: 'Oyelaran', interests: ['knitting'], newsletter: 'post', digital: {} });
    const after = makeMemberInput({ keyContactId: 'vol-1', digital: { needsDeviceLoan: true }, joinedDate: before.joinedDate });
    expect(changedMemberFields(before, after)).toEqual(['Key contact', 'Digital access']);
  });
});

describe('the shared duplicate check', () => {
  it('compares members and volunteers by the same rule: same name and one more detail', () => {
    const existing = [makeMember({ id: 'm1', firstName: 'Siân', lastName: 'Llewelyn', dateOfBirth: '1950-01-02' }), makeVolunteer({ id: 'v1', firstName: 'Sian', lastName: 'Llewelyn', email: 's@example.org' })];
    expect(findDuplicatePeople(existing, { firstName: 'SIAN', lastName: 'llewelyn', dateOfBirth: '1950-01-02', email: 's@example.org' })).toEqual([
      { id: 'm1', name: 'Siân Llewelyn', reasons: ['dateOfBirth'] },
      { id: 'v1', name: 'Sian Llewelyn', reasons: ['email'] },
    ]);
  });
});

describe('the shared status pipeline', () => {
  const now = new Date(2026, 10, 23, 10);
  it('appends a dated step and records leaving with its reason', () => {
    const m = makeMember({ status: 'active', statusHistory: [{ status: 'active', date: '2026-01-01', recordedAt: 'x' }] });
    const left = applyStatusChange(m, { status: 'left', date: '2026-11-01', reason: 'Moved away', note: undefined }, now, MEMBER_STATUS_LABELS);
    expect(left).toMatchObject({ status: 'left', leftDate: '2026-11-01', leftReason: 'Moved away', updatedAt: now.toISOString() });
    expect(left.statusHistory.at(-1)).toEqual({ status: 'left', date: '2026-11-01', reason: 'Moved away', recordedAt: now.toISOString() });
    expect(m.statusHistory).toHaveLength(1);
  });

  it('refuses a step dated before the last one, in plain words', () => {
    const m = makeMember({ statusHistory: [{ status: 'assessed', date: '2026-06-01', recordedAt: 'x' }] });
    try {
      applyStatusChange(m, { status: 'active', date: '2026-05-01' }, now, MEMBER_STATUS_LABELS);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).fields).toEqual({ date: 'Enter a date on or after 01/06/2026, the date of the last change (Assessed)' });
    }
  });
});
