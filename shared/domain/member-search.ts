import type { MemberFilter, MemberList, MemberSort, MemberSummary } from '../api';
import { NO_KEY_CONTACT } from '../contracts/members';
import { loansOut, overdueLoans } from './member-loans';
import { MEMBER_STATUSES, memberJoinedDate, type Member } from './members';
import { createPeopleSearch, type PeoplePaging, type QueryOptions } from './people-search';
import { displayName, sortName } from './person';

/** Members through the people search (shared/domain/people-search.ts), plus their own filters. */

const search = createPeopleSearch<Member, MemberFilter, MemberSort>({
  statuses: MEMBER_STATUSES,
  matches: (m, f) => {
    if (f.newsletter && m.newsletter !== f.newsletter) return false;
    if (f.keyContactId === NO_KEY_CONTACT ? m.keyContactId !== undefined : f.keyContactId && m.keyContactId !== f.keyContactId) return false;
    if (f.deviceLoanOut && !m.deviceLoans.some((l) => !l.returned)) return false;
    return true;
  },
  dateSorts: { joined: memberJoinedDate },
});

export function filterMembers(all: readonly Member[], filter: MemberFilter): Member[] {
  return search.filter(all, filter);
}

/** One row of the list. `contactNames` maps volunteer ids to names; `today` decides what is overdue. */
export function memberSummary(m: Member, contactNames: ReadonlyMap<string, string>, today: string): MemberSummary {
  const s: MemberSummary = {
    id: m.id,
    name: displayName(m),
    sortName: sortName(m),
    status: m.status,
    newsletter: m.newsletter,
    devicesOut: loansOut(m).length,
    devicesOverdue: overdueLoans(m, today).length,
  };
  if (m.email) s.email = m.email;
  if (m.phone) s.phone = m.phone;
  const joined = memberJoinedDate(m);
  if (joined) s.joinedDate = joined;
  const contact = m.keyContactId ? contactNames.get(m.keyContactId) : undefined;
  if (contact) s.keyContact = contact;
  return s;
}

export function queryMembers(
  all: readonly Member[],
  q: MemberFilter & PeoplePaging<MemberSort>,
  contactNames: ReadonlyMap<string, string>,
  today: string,
  options: QueryOptions = {},
): MemberList {
  return search.query(all, q, (m) => memberSummary(m, contactNames, today), options);
}

/** Sorted by name, for exports. */
export function sortedMembersForExport(list: readonly Member[]): Member[] {
  return search.sortedForExport(list);
}
