import { randomUUID } from 'node:crypto';
import type { HandlerMap, VolunteerSaveResult } from '../../shared/api';
import { formatUkDate, todayIso } from '../../shared/dates';
import { STATUS_LABELS, type StatusChange, type Volunteer, type VolunteerInput, type VolunteerStatus } from '../../shared/domain/volunteers';
import { changedFields, findDuplicates } from '../../shared/domain/volunteer-changes';
import { queryVolunteers } from '../../shared/domain/volunteer-search';
import { ApiError } from '../../shared/errors';
import { volunteersKind } from '../documents';
import { recordAudit } from './audit-log';
import type { AppContext } from './context';
import { exportVolunteersCsv, commitVolunteerImport, previewVolunteerImport } from './volunteer-csv';

type VolunteerHandlers = HandlerMap<AppContext>['volunteers'];

export function findVolunteer(ctx: AppContext, id: string): Volunteer {
  const v = ctx.store.get(volunteersKind).volunteers.find((x) => x.id === id);
  if (!v) throw new ApiError('NOT_FOUND', 'That volunteer is no longer on record. They may have been deleted.');
  return v;
}

/** Replaces a record by id with a new object (never edits in place: the search index relies on it). */
function replaceRecord(list: Volunteer[], next: Volunteer): void {
  const i = list.findIndex((x) => x.id === next.id);
  if (i === -1) throw new ApiError('NOT_FOUND', 'That volunteer is no longer on record. They may have been deleted.');
  list[i] = next;
}

/** JSON has no undefined; dropping absent keys keeps records the same shape as when reloaded. */
function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
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
  });
}

function checkNotFuture(date: string, now: Date, field: string): void {
  if (date > todayIso(now)) {
    throw new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: "The date can't be in the future" });
  }
}

export const volunteerHandlers: VolunteerHandlers = {
  async list(q, ctx) {
    return Promise.resolve(queryVolunteers(ctx.store.get(volunteersKind).volunteers, q));
  },

  async get({ id }, ctx) {
    return Promise.resolve(findVolunteer(ctx, id));
  },

  async create({ volunteer, status, allowDuplicate }, ctx): Promise<VolunteerSaveResult> {
    const all = ctx.store.get(volunteersKind).volunteers;
    if (!allowDuplicate) {
      const matches = findDuplicates(all, volunteer);
      if (matches.length > 0) return { status: 'possible-duplicates', matches };
    }
    if (volunteer.startDate) checkNotFuture(volunteer.startDate, ctx.now(), 'startDate');
    const record = newVolunteerRecord(volunteer, status, ctx.now());
    await ctx.store.update(volunteersKind, undefined, (doc) => {
      doc.volunteers.push(record);
    });
    await recordAudit(ctx, { action: 'create', entity: 'volunteer', entityId: record.id, summary: 'Added a volunteer record' });
    return { status: 'saved', volunteer: record };
  },

  async update({ id, volunteer, allowDuplicate, expectedUpdatedAt }, ctx): Promise<VolunteerSaveResult> {
    const before = findVolunteer(ctx, id);
    if (expectedUpdatedAt && before.updatedAt !== expectedUpdatedAt) {
      throw new ApiError('CONFLICT', 'This record was changed somewhere else since you opened it. Your changes were not saved: reopen the record and make them again.');
    }
    if (!allowDuplicate) {
      const matches = findDuplicates(ctx.store.get(volunteersKind).volunteers, volunteer, id);
      if (matches.length > 0) return { status: 'possible-duplicates', matches };
    }
    const fields = changedFields(before, volunteer);
    if (fields.length === 0) return { status: 'saved', volunteer: before };
    const { id: _id, createdAt, status, statusHistory, leftDate, leftReason } = before;
    const after = compact<Volunteer>({ ...volunteer, id, createdAt, updatedAt: ctx.now().toISOString(), status, statusHistory, leftDate, leftReason });
    await ctx.store.update(volunteersKind, undefined, (doc) => replaceRecord(doc.volunteers, after));
    await recordAudit(ctx, { action: 'update', entity: 'volunteer', entityId: id, summary: `Changed ${fields.join(', ')}`, fields });
    return { status: 'saved', volunteer: after };
  },

  async changeStatus({ id, status, date, note, reason }, ctx) {
    const before = findVolunteer(ctx, id);
    checkNotFuture(date, ctx.now(), 'date');
    // History is a timeline: each change dated on or after the one before, so the last is current.
    const last = before.statusHistory[before.statusHistory.length - 1];
    if (last && date < last.date) {
      throw new ApiError('VALIDATION', 'Check the highlighted field.', {
        date: `Enter a date on or after ${formatUkDate(last.date)}, the date of the last change (${STATUS_LABELS[last.status]})`,
      });
    }
    const at = ctx.now().toISOString();
    const change: StatusChange = compact({ status, date, note, reason: status === 'left' ? reason : undefined, recordedAt: at });
    const history = [...before.statusHistory, change];
    const after: Volunteer = compact({
      ...before,
      updatedAt: at,
      status,
      statusHistory: history,
      leftDate: status === 'left' ? date : undefined,
      leftReason: status === 'left' ? reason : undefined,
    });
    await ctx.store.update(volunteersKind, undefined, (doc) => replaceRecord(doc.volunteers, after));
    await recordAudit(ctx, {
      action: 'status',
      entity: 'volunteer',
      entityId: id,
      summary: `Status changed to ${STATUS_LABELS[status]} from ${formatUkDate(date)}`,
      fields: ['Status'],
    });
    return after;
  },

  async delete({ id }, ctx) {
    findVolunteer(ctx, id);
    await ctx.store.update(volunteersKind, undefined, (doc) => {
      doc.volunteers = doc.volunteers.filter((v) => v.id !== id);
    });
    // Who and when, not what: the deleted person's details must not live on in the log.
    await recordAudit(ctx, { action: 'delete', entity: 'volunteer', entityId: id, summary: 'Deleted a volunteer record' });
    return { deleted: true as const };
  },

  async exportCsv(input, ctx) {
    return Promise.resolve(exportVolunteersCsv(ctx, input));
  },

  async importPreview({ file, mapping }, ctx) {
    return Promise.resolve(previewVolunteerImport(ctx, file, mapping).preview);
  },

  async importCommit({ file, mapping, allowDuplicates }, ctx) {
    return commitVolunteerImport(ctx, file, mapping, allowDuplicates);
  },
};
