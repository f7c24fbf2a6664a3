import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import { formatUkDate, timeOfDay, todayIso } from '../../../shared/dates';
import { awaitsIcoDecision, BREACH_RISK_LABELS, breachDateProblems, changedBreachFields, type Breach, type BreachInput } from '../../../shared/domain/breaches';
import { ApiError } from '../../../shared/errors';
import type { BreachToReport } from '../../../shared/contracts/breaches';
import { breachesKind, breachRecords } from '../../documents';
import { breachDocument } from '../../pdf/breach';
import { pdfDownload } from '../../pdf/render';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, settingsOf } from '../core/lookups';

/**
 * The breach log. Audit entries name a breach by the day it was found and its risk, never by
 * what happened: the log outlives corrections, and the account of a breach can itself hold
 * personal details.
 */

function findBreach(ctx: AppContext, id: string): Breach {
  const b = ctx.store.record(breachRecords, id);
  if (!b) throw new ApiError('NOT_FOUND', 'That breach is no longer on record.');
  return b;
}

/** "the breach found 07/12/2026 (could harm)" */
function named(b: Pick<Breach, 'foundDate' | 'risk'>): string {
  return `the breach found ${formatUkDate(b.foundDate)} (${BREACH_RISK_LABELS[b.risk].toLowerCase()})`;
}

function checkDates(ctx: AppContext, input: BreachInput): void {
  const now = ctx.now();
  const problems = breachDateProblems(input, todayIso(now), timeOfDay(now));
  if (Object.keys(problems).length > 0) {
    throw new ApiError(
      'VALIDATION',
      'Check the highlighted dates.',
      Object.fromEntries(Object.entries(problems).map(([field, message]) => [`breach.${field}`, message])),
    );
  }
}

/** The most recently found first: the breach being dealt with now is at the top. */
const newestFound = (a: Breach, b: Breach) => `${b.foundDate} ${b.foundTime}`.localeCompare(`${a.foundDate} ${a.foundTime}`);

/** Breaches whose ICO question is still open, the soonest due (earliest found) first. */
export function breachesToReport(ctx: AppContext): BreachToReport[] {
  return ctx.store
    .get(breachesKind)
    .breaches.filter(awaitsIcoDecision)
    .sort((a, b) => newestFound(b, a))
    .map(({ id, foundDate, foundTime, risk }) => ({ id, foundDate, foundTime, risk }));
}

export const breachHandlers: HandlerMap<AppContext>['breaches'] = {
  async list(_input, ctx) {
    return Promise.resolve([...ctx.store.get(breachesKind).breaches].sort(newestFound));
  },

  async get({ id }, ctx) {
    return Promise.resolve(findBreach(ctx, id));
  },

  async create({ breach }, ctx) {
    checkDates(ctx, breach);
    const at = ctx.now().toISOString();
    const record = compact<Breach>({ ...breach, id: randomUUID(), createdAt: at, updatedAt: at });
    const summary = `Recorded a data breach found ${formatUkDate(record.foundDate)}, risk: ${BREACH_RISK_LABELS[record.risk].toLowerCase()}`;
    await commit(ctx, { action: 'create', entity: 'breach', entityId: record.id, summary }, (tx) => tx.put(breachRecords, record, { replaces: null }));
    return record;
  },

  async update({ id, breach }, ctx) {
    const before = findBreach(ctx, id);
    checkDates(ctx, breach);
    // Built from the input alone, so an answer cleared in the form goes rather than the old one staying.
    const after = compact<Breach>({ ...breach, id, createdAt: before.createdAt, updatedAt: ctx.now().toISOString() });
    const fields = changedBreachFields(before, after);
    await commit(ctx, { action: 'update', entity: 'breach', entityId: id, summary: `Changed ${named(before)}`, ...(fields.length > 0 ? { fields } : {}) }, (tx) =>
      tx.put(breachRecords, after, { replaces: before }),
    );
    return after;
  },

  async print({ id }, ctx) {
    const breach = findBreach(ctx, id);
    const now = ctx.now();
    const doc = breachDocument({ organisationName: settingsOf(ctx).organisationName || 'Peer Desk', printedOn: todayIso(now), now: now.getTime(), breach });
    return pdfDownload(`data-breach-${breach.foundDate}.pdf`, doc);
  },
};
