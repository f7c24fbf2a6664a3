import type { VolunteerFilter, VolunteerList, VolunteerSort, VolunteerSummary } from '../api';
import { createPeopleSearch, type PeoplePaging } from './people-search';
import { VOLUNTEER_STATUSES, displayName, sortName, type Volunteer } from './volunteers';

/** Volunteers through the people search (shared/domain/people-search.ts), plus their own filters. */

const search = createPeopleSearch<Volunteer, VolunteerFilter, VolunteerSort>({
  statuses: VOLUNTEER_STATUSES,
  matches: (v, f) => (!f.role || v.roles.includes(f.role)) && (!f.workforceType || v.workforceType === f.workforceType) && isFree(v, f),
  dateSorts: { startDate: (v) => v.startDate },
});

export { matchesQuery } from './people-search';

/** Free when asked: on that day (any part of it), at that part of the day (any day), or both. */
function isFree(v: Pick<Volunteer, 'availability'>, f: Pick<VolunteerFilter, 'freeDay' | 'freePart'>): boolean {
  if (!f.freeDay && !f.freePart) return true;
  return v.availability.some((slot) => (!f.freeDay || slot.startsWith(`${f.freeDay}-`)) && (!f.freePart || slot.endsWith(`-${f.freePart}`)));
}

export function filterVolunteers(all: readonly Volunteer[], filter: VolunteerFilter): Volunteer[] {
  return search.filter(all, filter);
}

export function toSummary(v: Volunteer): VolunteerSummary {
  const s: VolunteerSummary = {
    id: v.id,
    name: displayName(v),
    sortName: sortName(v),
    status: v.status,
    roles: v.roles,
    workforceType: v.workforceType,
    availability: v.availability,
  };
  if (v.email) s.email = v.email;
  if (v.phone) s.phone = v.phone;
  if (v.startDate) s.startDate = v.startDate;
  return s;
}

export function queryVolunteers(all: readonly Volunteer[], q: VolunteerFilter & PeoplePaging<VolunteerSort>): VolunteerList {
  return search.query(all, q, toSummary);
}

/** Sorted by name, for exports. */
export function sortedForExport(list: readonly Volunteer[]): Volunteer[] {
  return search.sortedForExport(list);
}
