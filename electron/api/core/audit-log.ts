import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry, AuditPage, AuditQuery } from '../../../shared/domain/audit';
import type { Settings } from '../../../shared/domain/settings';
import { auditKind, auditRecords, settingsValue } from '../../documents';
import type { Transaction } from '../../store';
import type { AppContext } from './context';

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId?: string;
  /** Plain words without personal details: "Changed Email, Phone". */
  summary: string;
  fields?: string[];
}

export function auditEntry(ctx: AppContext, input: AuditInput, settings?: Settings): AuditEntry {
  return { id: randomUUID(), at: ctx.now().toISOString(), actor: ctx.actor(settings), ...input };
}

/**
 * One user action is one commit: `build` stages every record it writes, and the action's
 * audit entries go into the same commit, so the change and its trace are saved together or
 * not at all. `build` runs against the newest saved state; pass `replaces` to a put to refuse
 * an edit made on a record that has changed since the handler read it.
 */
export function commit<R>(ctx: AppContext, audit: AuditInput | readonly AuditInput[], build: (tx: Transaction) => R): Promise<R> {
  const entries = (Array.isArray(audit) ? audit : [audit]) as readonly AuditInput[];
  return ctx.store.transaction((tx) => {
    const result = build(tx);
    // Under the name the commit leaves in Settings: the save that sets "your name" is theirs.
    const settings = tx.value(settingsValue);
    for (const input of entries) tx.put(auditRecords, auditEntry(ctx, input, settings));
    return result;
  });
}

/** An action that changes no records but belongs in the log (a backup taken, a restore). */
export async function recordAudit(ctx: AppContext, input: AuditInput): Promise<void> {
  await commit(ctx, input, () => undefined);
}

/** Newest first across all years. */
export function listAudit(ctx: AppContext, query: Required<Pick<AuditQuery, 'offset' | 'limit'>> & AuditQuery): AuditPage {
  const years = ctx.store.keys(auditKind).sort().reverse();
  const matching: AuditEntry[] = [];
  for (const year of years) {
    const entries = ctx.store.get(auditKind, year).entries;
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (!query.entityId || e.entityId === query.entityId) matching.push(e);
    }
  }
  return { total: matching.length, entries: matching.slice(query.offset, query.offset + query.limit) };
}
