import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/dates';
import { activationMissing, type MissingItem } from '../../../shared/domain/activation';
import type { Volunteer } from '../../../shared/domain/volunteers';
import { displayName } from '../../../shared/domain/volunteers';
import { ApiError } from '../../../shared/errors';
import { activationOverrideRecords, complianceKind } from '../../documents';
import type { Transaction } from '../../store';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';

/**
 * The check made when a volunteer is moved to "active": what their roles need that is not on
 * record. Going ahead without it takes a reason, kept with what was missing at the time.
 */

export function missingForActivation(ctx: AppContext, v: Volunteer): MissingItem[] {
  const doc = ctx.store.get(complianceKind);
  const mine = <T extends { volunteerId: string }>(list: readonly T[]) => list.filter((r) => r.volunteerId === v.id);
  return activationMissing(v.roles, { dbsChecks: mine(doc.dbsChecks), training: mine(doc.training), supervision: [] }, settingsOf(ctx), todayIso(ctx.now()));
}

/**
 * Called before a status change. Returns what was missing when the coordinator went ahead
 * with a reason (to be recorded once the change is saved), or nothing to record.
 */
export function checkActivation(ctx: AppContext, before: Volunteer, status: string, overrideReason: string | undefined): MissingItem[] {
  if (status !== 'active' || before.status === 'active') return [];
  const missing = missingForActivation(ctx, before);
  if (missing.length > 0 && !overrideReason) {
    throw new ApiError('CONFLICT', `${displayName(before)} cannot be made active yet. Their roles need: ${missing.map((m) => m.text).join('; ')}. Add these records, or give a reason for going ahead without them.`, {
      overrideReason: 'Enter the reason for making them active without these',
    });
  }
  return missing;
}

/** Stages the record of an override in the status change's own commit. */
export function stageOverride(tx: Transaction, ctx: AppContext, volunteerId: string, date: string, reason: string, missing: readonly MissingItem[]): void {
  tx.put(activationOverrideRecords, { id: randomUUID(), volunteerId, date, reason, missing: missing.map((m) => m.text), recordedAt: ctx.now().toISOString(), by: ctx.actor() });
}
