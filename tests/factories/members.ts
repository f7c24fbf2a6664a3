import type { Member, MemberInput } from '../../shared/domain/members';

let counter = 0;

/** A valid stored member; override what the test is about. */
export function makeMember(overrides: Partial<Member> = {}): Member {
  counter += 1;
  return {
    id: `mem-${counter}`,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    firstName: 'Test',
    lastName: `Member${counter}`,
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
    ...overrides,
  };
}

/** Valid API input for members.create / update. */
export function makeMemberInput(overrides: Partial<MemberInput> = {}): MemberInput {
  return {
    firstName: 'Margaret',
    lastName: 'Oyelaran',
    address: {},
    emergencyContact: {},
    interests: ['knitting'],
    digital: {},
    newsletter: 'post',
    ...overrides,
  };
}
