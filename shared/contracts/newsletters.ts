import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import { LABEL_SHEETS } from '../domain/labels';
import type { Exclusion, ExclusionReason, Recipient } from '../domain/newsletter-recipients';
import { issueInputSchema, monthSchema, sectionInputSchema, type Channel, type IssueStatus, type NewsletterIssue } from '../domain/newsletters';
import { requiredIsoDate } from '../fields';
import { id, noInput } from './common';

export interface NewsletterSummary {
  id: string;
  title: string;
  date: string;
  status: IssueStatus;
  sectionCount: number;
  sentDate?: string;
  /** How many it went to, once sent. */
  sentCount?: number;
}

export interface NewsletterRecipients {
  counts: Record<Channel, number>;
  total: number;
  recipients: Recipient[];
  excluded: Exclusion[];
  excludedCounts: Partial<Record<ExclusionReason, number>>;
  /** Distinct addresses in the email list (two records can share one). */
  emailListCount: number;
  /** Current volunteers with no consent to email on record (see volunteersWithoutEmailConsent). */
  volunteersWithoutEmailConsent: { total: number; choseEmail: number };
}

/** Who a sent issue went to, as recorded, with names as they are now. */
export interface SentRecipientRow {
  personId: string;
  personType: 'member' | 'volunteer';
  channel: Channel;
  /** "(no longer on record)" when the person has since been deleted. */
  name: string;
}

export interface NewsletterDetail {
  issue: NewsletterIssue;
  sentTo?: SentRecipientRow[];
}

export interface LabelsDownload extends FileDownload {
  labelCount: number;
  sheets: number;
  /** Addresses too long for a label even at the smallest size: written by hand instead. */
  notPrinted: string[];
}

export interface EmailListDownload extends FileDownload {
  count: number;
}

export const printSizeSchema = z.enum(['standard', 'large'], { error: 'Choose standard or large print' });
export type PrintSize = z.infer<typeof printSizeSchema>;

const sectionId = z.string().min(1).max(100);

export const newslettersApi = {
  list: method(noInput).returns<NewsletterSummary[]>(),
  get: method(z.object({ id })).returns<NewsletterDetail>(),
  create: method(z.object({ issue: issueInputSchema })).returns<NewsletterIssue>(),
  /** Title and date. */
  update: method(z.object({ id, issue: issueInputSchema })).returns<NewsletterIssue>(),
  /** Drafts only: a sent issue is the record of what went out. */
  delete: method(z.object({ id })).returns<{ deleted: true }>(),
  /** A new draft with the same sections, to edit after sending. */
  copy: method(z.object({ id })).returns<NewsletterIssue>(),
  /** Adds a section at the end, or replaces the one with `sectionId`. */
  saveSection: method(z.object({ id, sectionId: sectionId.optional(), section: sectionInputSchema })).returns<NewsletterIssue>(),
  deleteSection: method(z.object({ id, sectionId })).returns<NewsletterIssue>(),
  moveSection: method(z.object({ id, sectionId, direction: z.enum(['up', 'down']) })).returns<NewsletterIssue>(),
  /**
   * Fills a what's-on section from the groups' schedules for `month`: the one named, else the
   * first what's-on section, else a new one. Refuses to overwrite text unless `replace`.
   */
  fillWhatsOn: method(z.object({ id, month: monthSchema, sectionId: sectionId.optional(), replace: z.boolean().default(false) })).returns<NewsletterIssue>(),
  recipients: method(noInput).returns<NewsletterRecipients>(),
  printPdf: method(z.object({ id, size: printSizeSchema })).returns<FileDownload>(),
  printLabels: method(
    z.object({
      id,
      sheet: z.enum(LABEL_SHEETS, { error: 'Choose the label sheet' }),
      startAt: z.number().int().min(1, 'Start at label 1 or later').max(21, 'There are at most 21 labels on a sheet'),
      markLargePrint: z.boolean().default(true),
    }),
  ).returns<LabelsDownload>(),
  exportEmails: method(z.object({ id })).returns<EmailListDownload>(),
  markSent: method(z.object({ id, date: requiredIsoDate })).returns<NewsletterDetail>(),
};
