import { daysBetween, formatUkDate } from '../dates';
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
