import { describe, expect, it } from 'vitest';
import { loanState, loanStateText, loansOut, overdueLoans } from '../../../../shared/domain/member-loans';
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
