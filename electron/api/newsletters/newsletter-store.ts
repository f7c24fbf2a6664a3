import { formatUkDate } from '../../../shared/dates';
import type { NewsletterIssue } from '../../../shared/domain/newsletters';
import { ApiError } from '../../../shared/errors';
import { newsletterRecords, newslettersKind } from '../../documents';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact } from '../core/lookups';

/** Reading and replacing newsletter issues across their year documents. */

export function allIssues(ctx: AppContext): NewsletterIssue[] {
  return ctx.store.keys(newslettersKind).flatMap((key) => ctx.store.get(newslettersKind, key).issues);
}

export function findIssue(ctx: AppContext, id: string): NewsletterIssue {
  for (const key of ctx.store.keys(newslettersKind)) {
    const found = ctx.store.get(newslettersKind, key).issues.find((i) => i.id === id);
    if (found) return found;
  }
  throw new ApiError('NOT_FOUND', 'That newsletter is no longer on record.');
}

export function assertDraft(issue: NewsletterIssue): void {
  if (issue.status === 'sent') {
    throw new ApiError('CONFLICT', `"${issue.title}" was sent${issue.sent ? ` on ${formatUkDate(issue.sent.date)}` : ''}, so it can't be changed. Make a copy to edit instead.`);
  }
}

/** Saves a changed issue with its audit entry, refused if the issue on file is no longer `before`. */
export async function saveIssue(ctx: AppContext, before: NewsletterIssue, next: NewsletterIssue, audit: Omit<AuditInput, 'entity' | 'entityId'>): Promise<NewsletterIssue> {
  const record = compact<NewsletterIssue>(next);
  await commit(ctx, { ...audit, entity: 'newsletter', entityId: record.id }, (tx) => tx.put(newsletterRecords, record, { replaces: before }));
  return record;
}

