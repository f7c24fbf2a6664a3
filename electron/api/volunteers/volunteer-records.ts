import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/dates';
import { compact } from '../../../shared/domain/people-status';
import type { Volunteer, VolunteerInput, VolunteerStatus } from '../../../shared/domain/volunteers';
import { ApiError } from '../../../shared/errors';
import { volunteerRecords } from '../../documents';
import type { AppContext } from '../core/context';

/** Finding and making volunteer records: what the handlers, the CSV import and compliance share. */

const NOT_FOUND = 'That volunteer is no longer on record. They may have been deleted.';

export function findVolunteer(ctx: AppContext, id: string): Volunteer {
  const v = ctx.store.record(volunteerRecords, id);
  if (!v) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return v;
}

export function newVolunteerRecord(input: VolunteerInput, status: VolunteerStatus, now: Date): Volunteer {
  const at = now.toISOString();
  const date = status === 'enquiry' || !input.startDate ? todayIso(now) : input.startDate;
  return compact({
    ...input,
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    status,
    statusHistory: [{ status, date, recordedAt: at, note: 'Record added' }],
    consents: [],
  });
}


