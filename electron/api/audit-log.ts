import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry, AuditPage, AuditQuery } from '../../shared/domain/audit';
import { auditKind } from '../documents';
import type { AppContext } from './context';

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId?: string;
  /** Plain words without personal details: "Changed Email, Phone". */
  summary: string;
  fields?: string[];
}

/** Appends to this year's audit document, so a save never rewrites earlier years. */
export async function recordAudit(ctx: AppContext, input: AuditInput): Promise<void> {
  const at = ctx.now();
  const entry: AuditEntry = { id: randomUUID(), at: at.toISOString(), actor: ctx.actor(), ...input };
  await ctx.store.update(auditKind, String(at.getFullYear()), (doc) => {
    doc.entries.push(entry);
  });
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
