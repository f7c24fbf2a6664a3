import type { Completion } from '../../../shared/domain/outcome-completions';
import { measureById, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { ApiError } from '../../../shared/errors';
import { completionRecords, outcomeCompletionsKind } from '../../documents';
import type { Transaction } from '../../store';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';

/** Reads of filled-in questionnaires that the handlers, views and due list share. */

const NONE: readonly Completion[] = [];

/** A completion's date, then when it was keyed in: the order a person's answers were given. */
export const byWhen = (a: Completion, b: Completion): number => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/** One year's completions by member, kept until that year changes. */
function yearByMember(ctx: AppContext, year: string): ReadonlyMap<string, readonly Completion[]> {
  return cached(ctx, `completionsByMember:${year}`, [[outcomeCompletionsKind, year]], () => {
    const out = new Map<string, Completion[]>();
    for (const c of ctx.store.get(outcomeCompletionsKind, year).completions) {
      const list = out.get(c.memberId);
      if (list) list.push(c);
      else out.set(c.memberId, [c]);
    }
    return out;
  });
}

/** A member's completions from the years given (every year when absent), oldest first. */
export function memberCompletions(ctx: AppContext, memberId: string, fromYear = ''): Completion[] {
  const out: Completion[] = [];
  for (const year of ctx.store.keys(outcomeCompletionsKind)) if (year >= fromYear) out.push(...(yearByMember(ctx, year).get(memberId) ?? NONE));
  return out.sort(byWhen);
}

/** Every completion from every year's file, or from the years up to `toYear`. */
export function allCompletions(ctx: AppContext, toYear?: string): Completion[] {
  return ctx.store
    .keys(outcomeCompletionsKind)
    .filter((year) => toYear === undefined || year <= toYear)
    .flatMap((year) => ctx.store.get(outcomeCompletionsKind, year).completions);
}

export function findCompletion(ctx: AppContext, id: string): Completion {
  for (const year of ctx.store.keys(outcomeCompletionsKind)) {
    const c = ctx.store.record(completionRecords, id, year);
    if (c) return c;
  }
  throw new ApiError('NOT_FOUND', 'Those answers are no longer on record. They may have been deleted.');
}

/** A deleted member's answers go with them, in the deletion's own commit. */
export function removeMemberCompletions(tx: Transaction, ctx: AppContext, memberId: string): void {
  for (const c of memberCompletions(ctx, memberId)) tx.remove(completionRecords, c);
}

/** The measure a completion or a plan names: built in, or one of the organisation's custom scales. */
export function measureOf(ctx: AppContext, measureId: string): MeasureDefinition | undefined {
  return measureById(measureId, settingsOf(ctx).customScales);
}

export function isArchivedMeasure(ctx: AppContext, measureId: string): boolean {
  return settingsOf(ctx).archivedCustomScales.includes(measureId);
}
