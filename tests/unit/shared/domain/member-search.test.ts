import { describe, expect, it } from 'vitest';
import { memberListSchema } from '../../../../shared/api';
import { queryMembers, sortedMembersForExport } from '../../../../shared/domain/member-search';
import { MEMBER_SORTS } from '../../../../shared/contracts/members';
import { makeMember } from '../../../factories/members';

const people = [
  makeMember({ firstName: 'Siân', lastName: 'Llewelyn', phone: '01632 960111', status: 'active', newsletter: 'large-print', keyContactId: 'vol-ana', joinedDate: '2024-05-01' }),
  makeMember({
    firstName: 'Zoë',
    lastName: 'Adams',
    status: 'on-break',
    newsletter: 'email',
    joinedDate: '2025-01-01',
    deviceLoans: [{ id: 'l1', item: '4G tablet', out: '2026-10-01', due: '2026-11-01' }],
  }),
  makeMember({ firstName: 'Łukasz', lastName: 'Wróbel', status: 'left', deviceLoans: [{ id: 'l2', item: 'Dongle', out: '2025-01-01', returned: '2025-02-01' }], joinedDate: undefined }),
  makeMember({ firstName: 'Priya', lastName: 'Shah', status: 'referred', email: 'priya@example.com', joinedDate: '2026-11-01' }),
];
const names = new Map([['vol-ana', 'Ana Silva']]);
const q = (input: Record<string, unknown>) => queryMembers(people, memberListSchema.parse(input), names, '2026-11-23');

describe('member search (the people search, with member filters)', () => {
  it('finds by name without accents, email and phone digits', () => {
    expect(q({ query: 'sian' }).rows.map((r) => r.name)).toEqual(['Siân Llewelyn']);
    expect(q({ query: 'lukasz' }).matched).toBe(1);
    expect(q({ query: 'priya@' }).matched).toBe(1);
    expect(q({ query: '960 111' }).matched).toBe(1);
  });

  it('filters by current, newsletter, key contact and devices out on loan', () => {
    expect(q({ status: 'current' }).matched).toBe(3);
    expect(q({ newsletter: 'email' }).rows.map((r) => r.name)).toEqual(['Zoë Adams']);
    expect(q({ keyContactId: 'vol-ana' }).rows.map((r) => r.keyContact)).toEqual(['Ana Silva']);
    expect(q({ keyContactId: 'none' }).matched).toBe(3);
    // A returned device is not "out".
    expect(q({ deviceLoanOut: true }).rows.map((r) => [r.name, r.devicesOut, r.devicesOverdue])).toEqual([['Zoë Adams', 1, 1]]);
  });

  it('sorts by surname, joining date (else the first status date) and status order', () => {
    expect(q({}).rows.map((r) => r.sortName)).toEqual(['Adams, Zoë', 'Llewelyn, Siân', 'Shah, Priya', 'Wróbel, Łukasz']);
    expect(q({ sort: 'joined' }).rows.map((r) => r.joinedDate)).toEqual(['2024-05-01', '2025-01-01', '2025-01-10', '2026-11-01']);
    expect(q({ sort: 'status' }).rows.map((r) => r.status)).toEqual(['referred', 'active', 'on-break', 'left']);
  });

  it('gives the same pages from a list already in name order, for every sort and direction', () => {
    // Namesakes too: people a sort cannot tell apart must still come in the same order.
    const many = [...people, makeMember({ firstName: 'Siân', lastName: 'Llewelyn', status: 'active' }), makeMember({ firstName: 'Sian', lastName: 'Llewelyn', status: 'left' })];
    const inNameOrder = sortedMembersForExport(many);
    for (const sort of MEMBER_SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const query of ['', 's', 'll']) {
          const input = memberListSchema.parse({ sort, direction, query, status: 'all' });
          const plain = queryMembers(many, input, names, '2026-11-23');
          expect(queryMembers(inNameOrder, input, names, '2026-11-23', { inNameOrder: true })).toEqual(plain);
        }
      }
    }
  });
});
