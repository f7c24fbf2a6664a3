import { z } from 'zod';
import { method } from '../contract';
import type { RetentionList } from '../domain/retention';
import { keepInputSchema, retentionItemRefSchema, type KeepDecision } from '../domain/retention-keep';
import { noInput } from './common';

/** The Privacy page's "Past their keep-until date": the list, "Keep", and erasing what it lists. */

export const eraseListedSchema = z.object({
  items: z.array(retentionItemRefSchema).min(1, 'Nothing is listed to erase').max(5000),
});

export interface EraseListedResult {
  /** How many were erased (people become placeholders; a number, notes or a referral's details are cleared). */
  erased: number;
  /** Asked for, but no longer past their date or no longer held (kept or erased meanwhile, or a date changed). */
  skipped: number;
}

export const retentionApi = {
  list: method(noInput).returns<RetentionList>(),
  /** Kept past its date with a reason, off the list until the review date. One commit. */
  keep: method(keepInputSchema).returns<KeepDecision>(),
  /**
   * Erase a DBS number, supervision private notes or a closed referral's details, one item:
   * one commit with its audit entry. People are erased with "Erase this person" (erasures.erase).
   */
  clear: method(retentionItemRefSchema).returns<EraseListedResult>(),
  /** "Erase all listed": every item given that is still past its date, people included, in one commit. */
  eraseListed: method(eraseListedSchema).returns<EraseListedResult>(),
};
