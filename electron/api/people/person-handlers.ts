import { findDuplicatePeople, type DuplicateMatch, type DuplicateSource } from '../../../shared/domain/people-changes';
import { applyStatusChange, compact, statusAuditSummary, type PipelineRecord } from '../../../shared/domain/people-status';
import type { PersonKindInfo } from '../../../shared/domain/person-kinds';
import type { Collection, Transaction } from '../../store';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { checkNotStale, refuseErased } from './people-records';

/**
 * What every kind of person (volunteers, members, and programme participants next) shares:
 * adding with a duplicate check, editing with the stale-edit check and an audit entry naming
 * the fields changed, the status pipeline with its dated history, and deleting with whatever
 * goes with the person. A kind supplies only what differs.
 */

export type PersonRecord<S extends string> = PipelineRecord<S> & DuplicateSource & { id: string; createdAt: string; erasedAt?: string | undefined };

export interface PersonKind<P extends PersonRecord<S>, I extends object, S extends string> {
  info: PersonKindInfo<S>;
  collection: Collection<P>;
  all(ctx: AppContext): readonly P[];
  find(ctx: AppContext, id: string): P;
  newRecord(input: I, status: S, now: Date): P;
  /** Labels of the fields an edit changed ("Email", "Key contact"). */
  changedFields(before: P, input: I): string[];
  /** Rules that look beyond the form (a start date not in the future, a key contact on record). Throws a VALIDATION error. */
  checkInput(ctx: AppContext, input: I, before?: P): void;
  /** The input as it will be saved: for example, a cleared joining date keeps the one on record. */
  normalise?(input: I, before: P): I;
  /** What the edit form does not change, carried over from the record on file. */
  kept(before: P): Partial<P>;
  /** Records that go with the person when they are deleted, in the same commit (a volunteer's DBS checks…). */
  removeWith?(tx: Transaction, ctx: AppContext, person: P): void;
}

export type PersonSaveResult<P> = { status: 'saved'; record: P } | { status: 'possible-duplicates'; matches: DuplicateMatch[] };

export interface StatusChangeInput<S extends string> {
  status: S;
  date: string;
  note?: string | undefined;
  reason?: string | undefined;
}

/** A kind's extra part in a status change: more for the audit summary, and records to save with it. */
export interface StatusChangeExtra {
  summarySuffix?: string;
  stage?(tx: Transaction): void;
}

export interface PersonHandlers<P, I, S extends string> {
  create(ctx: AppContext, input: I, status: S, allowDuplicate: boolean): Promise<PersonSaveResult<P>>;
  update(ctx: AppContext, id: string, input: I, allowDuplicate: boolean, expectedUpdatedAt: string | undefined): Promise<PersonSaveResult<P>>;
  changeStatus(ctx: AppContext, id: string, change: StatusChangeInput<S>, extra?: (before: P) => StatusChangeExtra): Promise<P>;
  remove(ctx: AppContext, id: string): Promise<void>;
  /** Saves an edited person (a tab's change) with its audit entry, refused if the record on file is no longer `before`. */
  save(ctx: AppContext, before: P, after: P, audit: Omit<AuditInput, 'entity' | 'entityId'>): Promise<P>;
}

export function personHandlers<P extends PersonRecord<S>, I extends object, S extends string>(kind: PersonKind<P, I, S>): PersonHandlers<P, I, S> {
  const entity = kind.info.id;
  const duplicates = (ctx: AppContext, input: I, except?: string): DuplicateMatch[] =>
    findDuplicatePeople(kind.all(ctx), input as unknown as Parameters<typeof findDuplicatePeople>[1], except);

  const save: PersonHandlers<P, I, S>['save'] = async (ctx, before, after, audit) => {
    refuseErased(before);
    await commit(ctx, { ...audit, entity, entityId: after.id }, (tx) => tx.put(kind.collection, after, { replaces: before }));
    return after;
  };

  return {
    save,

    async create(ctx, input, status, allowDuplicate) {
      if (!allowDuplicate) {
        const matches = duplicates(ctx, input);
        if (matches.length > 0) return { status: 'possible-duplicates', matches };
      }
      kind.checkInput(ctx, input);
      const record = kind.newRecord(input, status, ctx.now());
      await commit(ctx, { action: 'create', entity, entityId: record.id, summary: `Added a ${kind.info.noun} record` }, (tx) =>
        tx.put(kind.collection, record, { replaces: null }),
      );
      return { status: 'saved', record };
    },

    async update(ctx, id, raw, allowDuplicate, expectedUpdatedAt) {
      const before = kind.find(ctx, id);
      refuseErased(before);
      checkNotStale(before, expectedUpdatedAt);
      if (!allowDuplicate) {
        const matches = duplicates(ctx, raw, id);
        if (matches.length > 0) return { status: 'possible-duplicates', matches };
      }
      kind.checkInput(ctx, raw, before);
      const input = kind.normalise ? kind.normalise(raw, before) : raw;
      const fields = kind.changedFields(before, input);
      if (fields.length === 0) return { status: 'saved', record: before };
      const after = compact({ ...input, ...kind.kept(before), id, createdAt: before.createdAt, updatedAt: ctx.now().toISOString() }) as unknown as P;
      await save(ctx, before, after, { action: 'update', summary: `Changed ${fields.join(', ')}`, fields });
      return { status: 'saved', record: after };
    },

    async changeStatus(ctx, id, change, extra) {
      const before = kind.find(ctx, id);
      refuseErased(before);
      const after = applyStatusChange(before, change, ctx.now(), kind.info.statusLabels);
      const more = extra?.(before) ?? {};
      const audit: AuditInput = {
        action: 'status',
        entity,
        entityId: id,
        summary: `${statusAuditSummary(kind.info.statusLabels[change.status], change.date)}${more.summarySuffix ?? ''}`,
        fields: ['Status'],
      };
      await commit(ctx, audit, (tx) => {
        tx.put(kind.collection, after, { replaces: before });
        more.stage?.(tx);
      });
      return after;
    },

    async remove(ctx, id) {
      const person = kind.find(ctx, id);
      // Deleting a placeholder would take the counts it keeps with it.
      refuseErased(person);
      // Who and when, not what: the deleted person's details must not live on in the log.
      await commit(ctx, { action: 'delete', entity, entityId: id, summary: `Deleted a ${kind.info.noun} record` }, (tx) => {
        tx.remove(kind.collection, person);
        kind.removeWith?.(tx, ctx, person);
      });
    },
  };
}
