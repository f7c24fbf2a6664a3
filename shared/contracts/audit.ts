import { method } from '../contract';
import { auditQuerySchema, type AuditPage } from '../domain/audit';

export const auditApi = {
  list: method(auditQuerySchema).returns<AuditPage>(),
};
