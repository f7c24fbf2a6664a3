import { randomUUID } from 'node:crypto';
import { eraseFromLists, PERSON_COLLECTION, type ErasedKind, type ErasureCause, type RecordLists } from '../../../shared/domain/erasure';
import { nameReplacer, nameTerms, type PersonNames } from '../../../shared/domain/erasure-text';
import type { Erasure } from '../../../shared/domain/erasures';
import { BUILT_IN_MEASURES, customMeasureDefinition, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { placeholderName } from '../../../shared/domain/erasure';
import { ApiError } from '../../../shared/errors';
import { erasureRecords } from '../../documents';
import type { Transaction } from '../../store';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';
import { collectionNamed, listsFromStore } from './erasure-lists';

/**
 * Staging erasures into one commit: each person's erasure is worked out from the lists as the
 * one before left them (two erasures can change the same group or session), the last version of
 * each record is saved, and the erasure log gains a line for each. Used by "Erase this person"
 * (one person, or both records of a member who is also a volunteer) and by the retention list's
 * "Erase all listed".
 */

export interface PersonToErase {
  kind: ErasedKind;
  id: string;
  /** For the erasure log; the person's names in it are replaced with the placeholder's. */
  reason: string;
  because: ErasureCause;
}

export interface ChangedRecord {
  collection: string;
  record: object;
}

export function measures(ctx: AppContext): MeasureDefinition[] {
  return [...BUILT_IN_MEASURES, ...settingsOf(ctx).customScales.map(customMeasureDefinition)];
}

const keyOf = (c: ChangedRecord): string => `${c.collection}\u0000${(c.record as { id: string }).id}`;

/** The lists with each changed record put in place of the one with its id. */
export function listsWith(lists: RecordLists, changed: readonly ChangedRecord[]): RecordLists {
  const out: Record<string, readonly object[]> = { ...lists };
  for (const c of changed) {
    const id = (c.record as { id: string }).id;
    out[c.collection] = (out[c.collection] ?? []).map((r) => ((r as { id: string }).id === id ? c.record : r));
  }
  return out;
}

/**
 * Stages `first` (records already changed in this commit, such as a DBS number cleared) and then
 * each person's erasure, inside a transaction's build. Returns the erasure log's new lines.
 */
export function stageErasures(ctx: AppContext, tx: Transaction, people: readonly PersonToErase[], first: readonly ChangedRecord[] = []): Erasure[] {
  const all = measures(ctx);
  const erasedAt = ctx.now().toISOString();
  let lists = listsWith(listsFromStore(ctx.store), first);
  const changed = new Map<string, ChangedRecord>(first.map((c) => [keyOf(c), c]));
  const entries: Erasure[] = [];
  for (const p of people) {
    const before = (lists[PERSON_COLLECTION[p.kind]] ?? []).find((r) => (r as { id: string }).id === p.id) as PersonNames | undefined;
    if (!before) throw new ApiError('NOT_FOUND', `That ${p.kind} is no longer on record.`);
    const result = eraseFromLists(lists, { kind: p.kind, id: p.id, erasedAt, because: p.because }, all);
    lists = result.lists;
    for (const c of result.changed) changed.set(keyOf(c), c);
    entries.push({
      id: randomUUID(),
      erasedAt,
      kind: p.kind,
      personId: p.id,
      // A reason that names them ("Amira asked by email") must not keep the name it erases.
      reason: nameReplacer(nameTerms(before), placeholderName(p.id)).replace(p.reason, true),
      because: p.because,
    });
  }
  for (const c of changed.values()) tx.put(collectionNamed(c.collection), c.record as { id: string });
  for (const e of entries) tx.put(erasureRecords, e, { replaces: null });
  return entries;
}
