import { checkNotFuture } from '../../../shared/domain/people-status';
import { VOLUNTEER_KIND } from '../../../shared/domain/person-kinds';
import { changedFields } from '../../../shared/domain/volunteer-changes';
import type { Volunteer, VolunteerInput, VolunteerStatus } from '../../../shared/domain/volunteers';
import { volunteerRecords, volunteersKind } from '../../documents';
import { removeVolunteerRecords } from '../compliance/compliance-store';
import { personHandlers, type PersonKind } from '../people/person-handlers';
import { unmatchDeletedVolunteer } from '../programmes/programme-people';
import { clearDeletedBuddy } from '../programmes/travel-trip-records';
import { findVolunteer, newVolunteerRecord } from './volunteer-records';

/** Volunteers for the shared person handlers (../people/person-handlers.ts). */
export const volunteerKind: PersonKind<Volunteer, VolunteerInput, VolunteerStatus> = {
  info: VOLUNTEER_KIND,
  collection: volunteerRecords,
  all: (ctx) => ctx.store.get(volunteersKind).volunteers,
  find: findVolunteer,
  newRecord: newVolunteerRecord,
  changedFields,
  checkInput(ctx, input) {
    if (input.startDate) checkNotFuture(input.startDate, ctx.now(), 'startDate');
  },
  kept: ({ status, statusHistory, leftDate, leftReason, consents }) => ({ status, statusHistory, leftDate, leftReason, consents }),
  // Their DBS checks, training, supervision, hours and expenses go with them; the people they
  // support go back to waiting for a match, and trips to come need another buddy.
  removeWith: (tx, ctx, volunteer) => {
    removeVolunteerRecords(tx, ctx, volunteer.id);
    unmatchDeletedVolunteer(tx, ctx, volunteer.id);
    clearDeletedBuddy(tx, ctx, volunteer.id);
  },
};

export const volunteerPeople = personHandlers(volunteerKind);
