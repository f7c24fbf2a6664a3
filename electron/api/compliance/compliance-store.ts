import { randomUUID } from 'node:crypto';
import { compact } from '../../../shared/compact';
import { ApiError } from '../../../shared/errors';
import {
  VOLUNTEER_RECORD_LISTS,
  complianceKind,
  dbsCheckRecords,
  expenseRecords,
  manualHoursRecords,
  supervisionRecords,
  trainingRecords,
  type ComplianceDoc,
} from '../../documents';
import type { Collection, StoredRecord, Transaction } from '../../store';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { checkNotFuture } from '../../../shared/domain/people-status';
import { findVolunteer } from '../volunteers/volunteer-records';

/**
 * Adding, changing and deleting a volunteer's compliance records, one list of the compliance
 * document at a time. The audit log names the kind of record and the fields changed, never
 * their values (a DBS decision or supervision notes must not live on in the log).
 */

export type RecordList = 'dbsChecks' | 'training' | 'supervision' | 'hours' | 'expenses';
type Item<L extends RecordList> = ComplianceDoc[L][number];
type Fields<L extends RecordList> = Omit<Item<L>, 'id' | 'volunteerId' | 'createdAt' | 'updatedAt'>;

export interface ListInfo {
  /** "a DBS check" */
  noun: string;
  /** Field name → label for the audit log. */
  labels: Record<string, string>;
  /** The field holding the record's date, which cannot be in the future. */
  dateField: string;
}

export const LISTS: Record<RecordList, ListInfo> = {
  dbsChecks: {
    noun: 'a DBS check',
    dateField: 'issueDate',
    labels: {
      level: 'Level',
      certificateNumber: 'Certificate number',
      issueDate: 'Issue date',
      updateServiceId: 'Update Service id',
      updateServiceConsent: 'Update Service consent',
      lastStatusCheck: 'Last status check',
      decision: 'Decision',
      decisionBy: 'Decision made by',
      decisionDate: 'Decision date',
    },
  },
  training: {
    noun: 'a training record',
    dateField: 'date',
    labels: { courseId: 'Course', date: 'Date', status: 'Completed or in progress', modulesDone: 'Modules done', certificateHeld: 'Certificate held', expiry: 'Expiry', shadowing: 'Shadowing' },
  },
  supervision: {
    noun: 'a supervision',
    dateField: 'date',
    labels: { date: 'Date', kind: 'Kind', supervisor: 'Supervisor', minutes: 'Length', notes: 'Notes' },
  },
  hours: { noun: 'hours', dateField: 'date', labels: { date: 'Date', activity: 'Activity', minutes: 'Hours' } },
  expenses: {
    noun: 'an expense',
    dateField: 'date',
    labels: {
      date: 'Date',
      kind: 'Kind',
      description: 'Description',
      miles: 'Miles',
      passengers: 'Passengers',
      amountPence: 'Amount',
      receiptHeld: 'Receipt held',
      approvedDate: 'Approved date',
      paidDate: 'Paid date',
    },
  },
};

const NOT_FOUND = 'That record is no longer there. It may have been deleted.';

const COLLECTIONS: { [L in RecordList]: Collection<Item<L>> } = {
  dbsChecks: dbsCheckRecords,
  training: trainingRecords,
  supervision: supervisionRecords,
  hours: manualHoursRecords,
  expenses: expenseRecords,
};

/** The volunteer's record on file: one with that id belonging to someone else is not theirs to change. */
function findRecord<L extends RecordList>(ctx: AppContext, list: L, volunteerId: string, recordId: string): Item<L> {
  const record = ctx.store.record(COLLECTIONS[list], recordId);
  if (!record || record.volunteerId !== volunteerId) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return record;
}

function changedLabels(before: object, after: object, labels: Record<string, string>): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(labels).filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => labels[k]!);
}

/** Adds a record (no recordId) or replaces one, keeping its id and creation time. */
export async function saveRecord<L extends RecordList>(ctx: AppContext, list: L, volunteerId: string, recordId: string | undefined, fields: Fields<L>): Promise<void> {
  findVolunteer(ctx, volunteerId);
  const info = LISTS[list];
  const date = (fields as Record<string, unknown>)[info.dateField];
  if (typeof date === 'string') checkNotFuture(date, ctx.now(), info.dateField);
  const at = ctx.now().toISOString();
  const before = recordId === undefined ? undefined : findRecord(ctx, list, volunteerId, recordId);
  const record = compact({ ...fields, id: before?.id ?? randomUUID(), volunteerId, createdAt: before?.createdAt ?? at, updatedAt: at }) as Item<L>;
  const fieldsChanged = before ? changedLabels(before, record, info.labels) : [];
  if (before && fieldsChanged.length === 0) return;
  const audit = {
    action: before ? ('update' as const) : ('create' as const),
    entity: 'volunteer',
    entityId: volunteerId,
    summary: before ? `Changed ${info.noun}: ${fieldsChanged.join(', ')}` : `Added ${info.noun}`,
    ...(before ? { fields: fieldsChanged } : {}),
  };
  await commit(ctx, audit, (tx) => tx.put(COLLECTIONS[list], record, { replaces: before ?? null }));
}

export async function deleteRecord(ctx: AppContext, list: RecordList, volunteerId: string, recordId: string): Promise<void> {
  const record = findRecord(ctx, list, volunteerId, recordId);
  // Which kind of record, never what it said.
  await commit(ctx, { action: 'delete', entity: 'volunteer', entityId: volunteerId, summary: `Deleted ${LISTS[list].noun}` }, (tx) => tx.remove(COLLECTIONS[list], record));
}

const VOLUNTEER_LISTS: readonly Collection<StoredRecord & { volunteerId: string }>[] = VOLUNTEER_RECORD_LISTS;

/** A volunteer's records go with them when their record is deleted, in the same commit. */
export function removeVolunteerRecords(tx: Transaction, ctx: AppContext, volunteerId: string): void {
  const doc = ctx.store.get(complianceKind);
  for (const list of VOLUNTEER_LISTS) {
    for (const record of doc[list.field as RecordList | 'activationOverrides']) if (record.volunteerId === volunteerId) tx.remove(list, record);
  }
}
