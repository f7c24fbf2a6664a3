import { z } from 'zod';

/**
 * The audit log records who did what and when, with the names of the fields changed —
 * never the values, so a deleted or corrected record does not live on in the log.
 */
export const AUDIT_ACTIONS = ['create', 'update', 'status', 'delete', 'import', 'restore', 'settings', 'recovery', 'backup'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string(),
  entityId: z.string().optional(),
  summary: z.string(),
  fields: z.array(z.string()).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  entityId: z.string().max(100).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export interface AuditPage {
  total: number;
  entries: AuditEntry[];
}
