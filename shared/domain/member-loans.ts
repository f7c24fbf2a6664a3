import { daysBetween, formatUkDate } from '../dates';
import { displayName, sortName } from './person';
import type { DeviceLoan, Member } from './members';

/** Device loans (4G tablets, dongles): what is out, and what is overdue, on a given day. */

export type LoanState = { kind: 'returned'; on: string } | { kind: 'out' } | { kind: 'overdue'; days: number };

export function loanState(loan: DeviceLoan, today: string): LoanState {
  if (loan.returned) return { kind: 'returned', on: loan.returned };
  if (loan.due && loan.due < today) return { kind: 'overdue', days: daysBetween(loan.due, today) };
  return { kind: 'out' };
}

/** Said in words, so overdue is never shown by colour alone. */
export function loanStateText(loan: DeviceLoan, today: string): string {
  const state = loanState(loan, today);
  switch (state.kind) {
    case 'returned':
      return `Returned ${formatUkDate(state.on)}`;
    case 'overdue':
      return `Overdue by ${state.days} ${state.days === 1 ? 'day' : 'days'} (due ${formatUkDate(loan.due)})`;
    default:
      return loan.due ? `On loan, due back ${formatUkDate(loan.due)}` : 'On loan';
  }
}

export function loansOut(member: Pick<Member, 'deviceLoans'>): DeviceLoan[] {
  return member.deviceLoans.filter((l) => !l.returned);
}

export function overdueLoans(member: Pick<Member, 'deviceLoans'>, today: string): DeviceLoan[] {
  return member.deviceLoans.filter((l) => loanState(l, today).kind === 'overdue');
}

/** One overdue device, with whose it is: a line of Home's "Devices overdue" card. */
export interface OverdueLoanRow {
  memberId: string;
  memberName: string;
  loanId: string;
  item: string;
  /** The day it was due back. */
  due: string;
  daysOverdue: number;
}

// One collator for the whole sort: localeCompare with a locale builds one per comparison.
const BY_NAME = new Intl.Collator('en-GB');

/**
 * Every device not back by its due date, across all members (someone who has left with a
 * tablet is still someone to chase), the longest overdue first, then by surname.
 */
export function overdueLoanRows(members: readonly Pick<Member, 'id' | 'firstName' | 'lastName' | 'preferredName' | 'deviceLoans'>[], today: string): OverdueLoanRow[] {
  const rows: (OverdueLoanRow & { sortName: string })[] = [];
  for (const m of members) {
    for (const loan of m.deviceLoans) {
      const state = loanState(loan, today);
      if (state.kind !== 'overdue' || !loan.due) continue;
      rows.push({ memberId: m.id, memberName: displayName(m), sortName: sortName(m), loanId: loan.id, item: loan.item, due: loan.due, daysOverdue: state.days });
    }
  }
  return rows
    .sort((a, b) => b.daysOverdue - a.daysOverdue || BY_NAME.compare(a.sortName, b.sortName))
    .map(({ sortName: _sortName, ...row }) => row);
}
