import { isErased } from '../../../shared/domain/erasure';
import { slugify } from '../../../shared/text';
import type { EmailListDownload, LabelsDownload, NewsletterDetail, NewsletterRecipients, PrintSize } from '../../../shared/contracts/newsletters';
import { toCsv } from '../../../shared/csv/export';
import { formatUkDate, todayIso } from '../../../shared/dates';
import type { FileDownload } from '../../../shared/files';
import { SHEETS, type LabelSheetCode } from '../../../shared/domain/labels';
import { channelCounts, emailList, newsletterRecipients as recipientsFrom, volunteersWithoutEmailConsent, type ExclusionReason, type RecipientList } from '../../../shared/domain/newsletter-recipients';
import { articlesAwaitingAgreement, type NewsletterIssue } from '../../../shared/domain/newsletters';
import { displayName } from '../../../shared/domain/person';
import { ApiError } from '../../../shared/errors';
import { membersKind, volunteersKind } from '../../documents';
import { labelsDocument } from '../../pdf/labels';
import { newsletterDocument, sectionForPrint, type NewsletterPrintData } from '../../pdf/newsletter';
import { renderPdf } from '../../pdf/render';
import { recordAudit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { membersById, settingsOf, volunteersById } from '../core/lookups';
import { saveIssue } from './newsletter-store';

/** What a newsletter turns into: the PDFs, address labels, the email list and the record of sending. */


/** Erased placeholders have no contact details left, and are not counted as people left off either. */
const livingMembers = (ctx: AppContext) => ctx.store.get(membersKind).members.filter((m) => !isErased(m));
const livingVolunteers = (ctx: AppContext) => ctx.store.get(volunteersKind).volunteers.filter((v) => !isErased(v));

function currentRecipients(ctx: AppContext): RecipientList {
  return recipientsFrom(livingMembers(ctx), livingVolunteers(ctx));
}

export function newsletterRecipients(ctx: AppContext): NewsletterRecipients {
  const list = currentRecipients(ctx);
  const excludedCounts: Partial<Record<ExclusionReason, number>> = {};
  for (const e of list.excluded) excludedCounts[e.reason] = (excludedCounts[e.reason] ?? 0) + 1;
  return {
    counts: channelCounts(list.recipients),
    total: list.recipients.length,
    recipients: list.recipients,
    excluded: list.excluded,
    excludedCounts,
    emailListCount: emailList(list).length,
    volunteersWithoutEmailConsent: volunteersWithoutEmailConsent(livingVolunteers(ctx)),
  };
}

export function newsletterDetail(ctx: AppContext, issue: NewsletterIssue): NewsletterDetail {
  if (!issue.sent) return { issue };
  const members = membersById(ctx);
  const volunteers = volunteersById(ctx);
  const sentTo = issue.sent.recipients.map((r) => {
    const person = r.personType === 'member' ? members.get(r.personId) : volunteers.get(r.personId);
    return { ...r, name: person ? displayName(person) : '(no longer on record)' };
  });
  return { issue, sentTo };
}

export function printData(ctx: AppContext, issue: NewsletterIssue): NewsletterPrintData {
  return {
    organisationName: settingsOf(ctx).organisationName || 'Peer Desk',
    title: issue.title,
    date: issue.date,
    sections: issue.sections.map(sectionForPrint),
  };
}

export async function printNewsletter(ctx: AppContext, issue: NewsletterIssue, size: PrintSize): Promise<FileDownload> {
  let bytes: Buffer;
  try {
    bytes = await renderPdf(newsletterDocument(printData(ctx, issue), size));
  } catch (e) {
    // The only content pdfmake can choke on is a picture whose file is damaged inside.
    if (issue.sections.some((s) => s.image)) throw new ApiError('BAD_FILE', 'A picture in this newsletter could not be printed. Choose the picture again, or remove it.');
    throw e;
  }
  const name = `newsletter-${slugify(issue.title, 'newsletter')}-${size === 'large' ? 'large-print' : 'standard-print'}.pdf`;
  return { filename: name, mimeType: 'application/pdf', base64: bytes.toString('base64') };
}

export async function printLabels(ctx: AppContext, issue: NewsletterIssue, code: LabelSheetCode, startAt: number, markLargePrint: boolean): Promise<LabelsDownload> {
  const sheet = SHEETS[code];
  const per = sheet.columns * sheet.rows;
  if (startAt > per) throw new ApiError('VALIDATION', `An ${code} sheet has ${per} labels: choose a label from 1 to ${per}.`, { startAt: `Choose a label from 1 to ${per}` });
  // Post first, then large print: the large-print envelopes are stuffed from their own pile.
  const postal = currentRecipients(ctx).recipients.filter((r) => r.channel !== 'email' && r.addressLines);
  postal.sort((a, b) => (a.channel === b.channel ? 0 : a.channel === 'post' ? -1 : 1));
  if (postal.length === 0) throw new ApiError('CONFLICT', 'Nobody gets this newsletter by post, so there are no labels to print.');
  const layout = labelsDocument({
    sheet,
    startAt,
    labels: postal.map((r) => ({ lines: [r.name, ...(r.addressLines ?? [])], largePrint: markLargePrint && r.channel === 'large-print' })),
  });
  const bytes = await renderPdf(layout.doc);
  await recordAudit(ctx, { action: 'update', entity: 'newsletter', entityId: issue.id, summary: `Printed ${layout.printed} address labels for a newsletter` });
  return {
    filename: `labels-${code}-${slugify(issue.title, 'newsletter')}.pdf`,
    mimeType: 'application/pdf',
    base64: bytes.toString('base64'),
    labelCount: layout.printed,
    sheets: layout.sheets,
    notPrinted: layout.notFitted.map((i) => postal[i]!.name),
  };
}

export async function exportEmailList(ctx: AppContext, issue: NewsletterIssue): Promise<EmailListDownload> {
  const rows = emailList(currentRecipients(ctx));
  const text = toCsv<{ name: string; email: string }>(
    [
      { header: 'Name', value: (r) => r.name },
      { header: 'Email', value: (r) => r.email },
    ],
    rows,
  );
  await recordAudit(ctx, { action: 'update', entity: 'newsletter', entityId: issue.id, summary: `Exported the newsletter email list (${rows.length} addresses)` });
  return { filename: `newsletter-email-list-${slugify(issue.title, 'newsletter')}.csv`, mimeType: 'text/csv;charset=utf-8', text, count: rows.length };
}

export async function markSent(ctx: AppContext, issue: NewsletterIssue, date: string): Promise<NewsletterDetail> {
  const waiting = articlesAwaitingAgreement(issue);
  if (waiting.length > 0) {
    const names = waiting.map((s) => `"${s.heading}"`).join(', ');
    throw new ApiError('CONFLICT', `${waiting.length === 1 ? 'The article' : 'The articles'} ${names} ${waiting.length === 1 ? 'has' : 'have'} no record that the author agreed to publish. Tick "Member agreed to publish" once they have, then mark it as sent.`);
  }
  if (issue.sections.length === 0) throw new ApiError('CONFLICT', 'This newsletter has no sections yet.');
  if (date > todayIso(ctx.now())) throw new ApiError('VALIDATION', "The date it was sent can't be in the future.", { date: "The date it was sent can't be in the future" });
  const list = currentRecipients(ctx);
  const counts = channelCounts(list.recipients);
  const audit = {
    action: 'status' as const,
    summary: `Marked as sent on ${formatUkDate(date)} to ${list.recipients.length} people (${counts.email} by email, ${counts.post} by post, ${counts['large-print']} in large print)`,
  };
  const sent: NewsletterIssue = {
    ...issue,
    status: 'sent',
    updatedAt: ctx.now().toISOString(),
    sent: {
      date,
      recordedAt: ctx.now().toISOString(),
      recordedBy: ctx.actor(),
      recipients: list.recipients.map((r) => ({ personId: r.personId, personType: r.personType, channel: r.channel })),
    },
  };
  const saved = await saveIssue(ctx, issue, sent, audit);
  return newsletterDetail(ctx, saved);
}

