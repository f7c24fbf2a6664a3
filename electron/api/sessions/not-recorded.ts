import type { SessionListItem } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import type { SessionRecord } from '../../../shared/domain/sessions';
import { ApiError } from '../../../shared/errors';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact } from '../core/lookups';
import { resolveSession, sessionListItem, stageSession, toRecord } from './session-access';

/**
 * "Not recorded": a past meeting that will never have a register on Peer Desk (a group moved
 * onto it part way through, a register lost). Stored on the session like a cancellation, so
 * it leaves Home and the report's checks, and is counted apart from cancellations; taken
 * off again with undoNotRecorded, or by taking the register after all.
 */

type Mark = NonNullable<SessionRecord['notRecorded']>;

export async function markNotRecorded(ctx: AppContext, sessionId: string, reason: string | undefined): Promise<SessionListItem> {
  const resolved = resolveSession(ctx, sessionId);
  const { group, session } = resolved;
  if (session.register) throw new ApiError('CONFLICT', 'This session has a register, so it is recorded already.');
  if (session.cancelled) throw new ApiError('CONFLICT', 'This session was cancelled, so it is not counted already. Reinstate it first if it did meet.');
  if (session.date > todayIso(ctx.now())) {
    throw new ApiError('CONFLICT', `This session is on ${formatUkDate(session.date)}: only a session that has already met can be marked as not recorded.`);
  }
  // Marked already (a second click): nothing to change, and nothing for the audit log.
  if (session.notRecorded?.why === 'marked') return sessionListItem(ctx, group, session);
  const notRecorded = compact<Mark>({ at: ctx.now().toISOString(), reason });
  const record = toRecord(session, { notRecorded }, ctx.now());
  await commit(ctx, { action: 'update', entity: 'session', entityId: sessionId, summary: `Marked the session on ${formatUkDate(session.date)} as not recorded` }, (tx) =>
    stageSession(tx, resolved.onFile, record),
  );
  return sessionListItem(ctx, group, { ...session, notRecorded: { why: 'marked', ...notRecorded }, stored: true });
}

export async function undoNotRecorded(ctx: AppContext, sessionId: string): Promise<SessionListItem> {
  const resolved = resolveSession(ctx, sessionId);
  const { group, session } = resolved;
  if (session.notRecorded?.why === 'before-registers') {
    throw new ApiError(
      'CONFLICT',
      `This session is before ${formatUkDate(session.notRecorded.registersFrom)}, when registers start on Peer Desk for this group. Take its register to count it, or change “Registers start from” on the group.`,
    );
  }
  if (session.notRecorded === undefined) return sessionListItem(ctx, group, session);
  const { notRecorded: _mark, ...rest } = toRecord(session, {}, ctx.now());
  // A scheduled meeting with nothing else recorded needs no stored record at all.
  const keep = rest.oneOff || rest.register !== undefined || rest.cancelled !== undefined;
  await commit(ctx, { action: 'update', entity: 'session', entityId: sessionId, summary: `Took “not recorded” off the session on ${formatUkDate(session.date)}` }, (tx) =>
    stageSession(tx, resolved.onFile, keep ? rest : null),
  );
  // Read again: without the mark it is as the schedule and the group's dates now make it.
  return sessionListItem(ctx, group, resolveSession(ctx, sessionId).session);
}
