import { describe, expect, it } from 'vitest';
import { loanState, loanStateText, loansOut, overdueLoanRows, overdueLoans } from '../../../../shared/domain/member-loans';
import { makeMember } from '../../../factories/members';

const loan = (over: Record<string, string>) => ({ id: 'l', item: '4G tablet', out: '2026-10-01', ...over });

describe('device loans', () => {
  it('says in words whether a device is out, overdue or back', () => {
    expect(loanStateText(loan({}), '2026-11-23')).toBe('On loan');
    expect(loanStateText(loan({ due: '2026-11-23' }), '2026-11-23')).toBe('On loan, due back 23/11/2026');
    expect(loanState(loan({ due: '2026-11-22' }), '2026-11-23')).toEqual({ kind: 'overdue', days: 1 });
    expect(loanStateText(loan({ due: '2026-11-01' }), '2026-11-23')).toBe('Overdue by 22 days (due 01/11/2026)');
    expect(loanStateText(loan({ due: '2026-11-01', returned: '2026-11-20' }), '2026-11-23')).toBe('Returned 20/11/2026');
  });

  it('counts what is out and what is overdue', () => {
    const m = makeMember({ deviceLoans: [loan({ id: 'a', due: '2026-11-01' }), loan({ id: 'b' }), loan({ id: 'c', returned: '2026-10-02' })] });
    expect(loansOut(m).map((l) => l.id)).toEqual(['a', 'b']);
    expect(overdueLoans(m, '2026-11-23').map((l) => l.id)).toEqual(['a']);
  });
});

describe("Home's devices overdue", () => {
  it('lists loans due back before today and not returned, longest overdue first, with whose they are', () => {
    const members = [
      makeMember({ id: 'sian', firstName: 'Siân', lastName: 'Llewelyn', deviceLoans: [loan({ id: 'today', due: '2026-11-23' }), loan({ id: 'yesterday', due: '2026-11-22' })] }),
      makeMember({
        id: 'dafydd',
        firstName: 'Dafydd',
        lastName: 'ap Rhys',
        preferredName: 'Dai',
        status: 'left',
        deviceLoans: [loan({ id: 'long', item: 'Mi-Fi dongle', due: '2026-10-20' }), loan({ id: 'back', due: '2026-10-01', returned: '2026-11-01' }), loan({ id: 'open-ended' })],
      }),
      makeMember({ id: 'owain', firstName: 'Owain', lastName: 'Ôwen', deviceLoans: [loan({ id: 'same-day', due: '2026-11-22' })] }),
    ];
    expect(overdueLoanRows(members, '2026-11-23')).toEqual([
      { memberId: 'dafydd', memberName: 'Dai ap Rhys', loanId: 'long', item: 'Mi-Fi dongle', due: '2026-10-20', daysOverdue: 34 },
      // One day each: by surname, Llewelyn before Ôwen.
      { memberId: 'sian', memberName: 'Siân Llewelyn', loanId: 'yesterday', item: '4G tablet', due: '2026-11-22', daysOverdue: 1 },
      { memberId: 'owain', memberName: 'Owain Ôwen', loanId: 'same-day', item: '4G tablet', due: '2026-11-22', daysOverdue: 1 },
    ]);
  });

  it('is empty when nothing is overdue', () => {
    expect(overdueLoanRows([makeMember({ deviceLoans: [loan({ due: '2026-11-23' })] })], '2026-11-23')).toEqual([]);
  });
});
