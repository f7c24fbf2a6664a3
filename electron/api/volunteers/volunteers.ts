import type { HandlerMap, VolunteerSaveResult } from '../../../shared/api';
import { applyStatusChange, checkNotFuture, compact, statusAuditSummary } from '../../../shared/domain/people-status';
import { STATUS_LABELS, type Volunteer } from '../../../shared/domain/volunteers';
import { changedFields, findDuplicates } from '../../../shared/domain/volunteer-changes';
import { queryVolunteers } from '../../../shared/domain/volunteer-search';
import { volunteerRecords, volunteersKind } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { checkNotStale } from '../people/people-records';
import { checkActivation, stageOverride } from './activation';
import { removeVolunteerRecords } from '../compliance/compliance-store';
import { exportVolunteersCsv, commitVolunteerImport, previewVolunteerImport } from './volunteer-csv';
import { findVolunteer, newVolunteerRecord } from './volunteer-records';

type VolunteerHandlers = HandlerMap<AppContext>['volunteers'];

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
    await commit(ctx, { action: 'create', entity: 'volunteer', entityId: record.id, summary: 'Added a volunteer record' }, (tx) => tx.put(volunteerRecords, record, { replaces: null }));
    return { status: 'saved', volunteer: record };
  },

  async update({ id, volunteer, allowDuplicate, expectedUpdatedAt }, ctx): Promise<VolunteerSaveResult> {
    const before = findVolunteer(ctx, id);
    checkNotStale(before, expectedUpdatedAt);
    if (!allowDuplicate) {
      const matches = findDuplicates(ctx.store.get(volunteersKind).volunteers, volunteer, id);
      if (matches.length > 0) return { status: 'possible-duplicates', matches };
    }
    const fields = changedFields(before, volunteer);
    if (fields.length === 0) return { status: 'saved', volunteer: before };
    const { id: _id, createdAt, status, statusHistory, leftDate, leftReason } = before;
    const after = compact<Volunteer>({ ...volunteer, id, createdAt, updatedAt: ctx.now().toISOString(), status, statusHistory, leftDate, leftReason });
    await commit(ctx, { action: 'update', entity: 'volunteer', entityId: id, summary: `Changed ${fields.join(', ')}`, fields }, (tx) =>
      tx.put(volunteerRecords, after, { replaces: before }),
    );
    return { status: 'saved', volunteer: after };
  },

  async changeStatus({ id, status, date, note, reason, overrideReason }, ctx) {
    const before = findVolunteer(ctx, id);
    const after = applyStatusChange(before, { status, date, note, reason }, ctx.now(), STATUS_LABELS);
    const overridden = checkActivation(ctx, before, status, overrideReason);
    const audit = {
      action: 'status' as const,
      entity: 'volunteer',
      entityId: id,
      // Which areas were overridden, not the reason (that is kept with the compliance records).
      summary: `${statusAuditSummary(STATUS_LABELS[status], date)}${overridden.length > 0 ? ` without ${[...new Set(overridden.map((m) => (m.area === 'dbs' ? 'a DBS check' : 'training')))].join(' or ')}, with a reason` : ''}`,
      fields: ['Status'],
    };
    await commit(ctx, audit, (tx) => {
      tx.put(volunteerRecords, after, { replaces: before });
      if (overridden.length > 0 && overrideReason) stageOverride(tx, ctx, id, date, overrideReason, overridden);
    });
    return after;
  },

  async delete({ id }, ctx) {
    const volunteer = findVolunteer(ctx, id);
    // Who and when, not what: the deleted person's details must not live on in the log.
    // Their DBS checks, training, supervision, hours and expenses go in the same commit.
    await commit(ctx, { action: 'delete', entity: 'volunteer', entityId: id, summary: 'Deleted a volunteer record' }, (tx) => {
      tx.remove(volunteerRecords, volunteer);
      removeVolunteerRecords(tx, ctx, id);
    });
    return { deleted: true as const };
  },

  async exportCsv(input, ctx) {
    return Promise.resolve(exportVolunteersCsv(ctx, input));
  },

  async importPreview({ file, mapping }, ctx) {
    return (await previewVolunteerImport(ctx, file, mapping)).preview;
  },

  async importCommit({ file, mapping, allowDuplicates }, ctx) {
    return commitVolunteerImport(ctx, file, mapping, allowDuplicates);
  },
};
