import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import type { NewsletterSummary } from '../../../shared/contracts/newsletters';
import { whatsOnFor, monthInWords, monthRange } from '../../../shared/domain/newsletter-whats-on';
import { MAX_SECTIONS, SECTION_KIND_LABELS, type NewsletterIssue, type NewsletterSection, type SectionInput } from '../../../shared/domain/newsletters';
import { ApiError } from '../../../shared/errors';
import { groupsKind, newsletterRecords } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, storedSessions } from '../core/lookups';
import { exportEmailList, markSent, newsletterDetail, newsletterRecipients, printLabels, printNewsletter } from './newsletter-outputs';
import { allIssues, assertDraft, findIssue, saveIssue } from './newsletter-store';

/**
 * Newsletter issues and their sections. Issues live in one document per year of creation;
 * every change replaces the issue record and is written to the audit log (titles of issues
 * are not personal, but section text can be, so the log names the change, never the words).
 */

type NewsletterHandlers = HandlerMap<AppContext>['newsletters'];

/** Applies a change to a draft's sections and saves it, with one audit line. */
async function changeSections(ctx: AppContext, id: string, change: (sections: NewsletterSection[]) => NewsletterSection[], summary: string): Promise<NewsletterIssue> {
  const issue = findIssue(ctx, id);
  assertDraft(issue);
  return saveIssue(ctx, issue, { ...issue, sections: change(issue.sections), updatedAt: ctx.now().toISOString() }, { action: 'update', summary });
}

function findSection(issue: NewsletterIssue, sectionId: string): NewsletterSection {
  const s = issue.sections.find((x) => x.id === sectionId);
  if (!s) throw new ApiError('NOT_FOUND', 'That section is no longer in this newsletter.');
  return s;
}

function sectionRecord(id: string, input: SectionInput, previous?: NewsletterSection): NewsletterSection {
  const article = input.kind === 'article';
  return compact<NewsletterSection>({
    id,
    kind: input.kind,
    heading: input.heading,
    body: input.body,
    author: article ? input.author : undefined,
    publishAgreed: article ? input.publishAgreed : undefined,
    image: input.image,
    filledFor: input.kind === 'whats-on' ? previous?.filledFor : undefined,
  });
}

function summary(issue: NewsletterIssue): NewsletterSummary {
  return compact<NewsletterSummary>({
    id: issue.id,
    title: issue.title,
    date: issue.date,
    status: issue.status,
    sectionCount: issue.sections.length,
    sentDate: issue.sent?.date,
    sentCount: issue.sent?.recipients.length,
  });
}

export const newsletterHandlers: NewsletterHandlers = {
  async list(_input, ctx) {
    const issues = allIssues(ctx).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    return Promise.resolve(issues.map(summary));
  },

  async get({ id }, ctx) {
    return Promise.resolve(newsletterDetail(ctx, findIssue(ctx, id)));
  },

  async create({ issue }, ctx) {
    const at = ctx.now().toISOString();
    const record: NewsletterIssue = { id: randomUUID(), createdAt: at, updatedAt: at, title: issue.title, date: issue.date, status: 'draft', sections: [] };
    await commit(ctx, { action: 'create', entity: 'newsletter', entityId: record.id, summary: 'Started a newsletter issue' }, (tx) => tx.put(newsletterRecords, record, { replaces: null }));
    return record;
  },

  async update({ id, issue }, ctx) {
    const before = findIssue(ctx, id);
    assertDraft(before);
    return saveIssue(ctx, before, { ...before, title: issue.title, date: issue.date, updatedAt: ctx.now().toISOString() }, {
      action: 'update',
      summary: 'Changed the title or date of a newsletter',
      fields: ['Title', 'Date'],
    });
  },

  async delete({ id }, ctx) {
    const issue = findIssue(ctx, id);
    if (issue.status === 'sent') throw new ApiError('CONFLICT', 'A sent newsletter is the record of who it went to, so it is kept.');
    await commit(ctx, { action: 'delete', entity: 'newsletter', entityId: id, summary: 'Deleted a draft newsletter' }, (tx) => tx.remove(newsletterRecords, issue));
    return { deleted: true as const };
  },

  async copy({ id }, ctx) {
    const from = findIssue(ctx, id);
    const at = ctx.now().toISOString();
    const record = compact<NewsletterIssue>({
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      title: `${from.title} (copy)`.slice(0, 150),
      date: from.date,
      status: 'draft',
      sections: from.sections.map((s) => ({ ...s, id: randomUUID() })),
      copiedFrom: from.id,
    });
    await commit(ctx, { action: 'create', entity: 'newsletter', entityId: record.id, summary: 'Copied a newsletter to edit' }, (tx) => tx.put(newsletterRecords, record, { replaces: null }));
    return record;
  },

  async saveSection({ id, sectionId, section }, ctx) {
    const issue = findIssue(ctx, id);
    if (sectionId === undefined) {
      if (issue.sections.length >= MAX_SECTIONS) throw new ApiError('CONFLICT', `A newsletter can have at most ${MAX_SECTIONS} sections.`);
      const record = sectionRecord(randomUUID(), section);
      return changeSections(ctx, id, (sections) => [...sections, record], `Added a section (${SECTION_KIND_LABELS[section.kind]})`);
    }
    const before = findSection(issue, sectionId);
    const record = sectionRecord(sectionId, section, before);
    return changeSections(ctx, id, (sections) => sections.map((s) => (s.id === sectionId ? record : s)), `Changed a section (${SECTION_KIND_LABELS[section.kind]})`);
  },

  async deleteSection({ id, sectionId }, ctx) {
    const before = findSection(findIssue(ctx, id), sectionId);
    return changeSections(ctx, id, (sections) => sections.filter((s) => s.id !== sectionId), `Deleted a section (${SECTION_KIND_LABELS[before.kind]})`);
  },

  async moveSection({ id, sectionId, direction }, ctx) {
    findSection(findIssue(ctx, id), sectionId);
    return changeSections(
      ctx,
      id,
      (sections) => {
        const from = sections.findIndex((s) => s.id === sectionId);
        const to = direction === 'up' ? from - 1 : from + 1;
        if (to < 0 || to >= sections.length) return sections;
        const next = [...sections];
        [next[from], next[to]] = [next[to]!, next[from]!];
        return next;
      },
      'Changed the order of the sections',
    );
  },

  async fillWhatsOn({ id, month, sectionId, replace }, ctx) {
    const issue = findIssue(ctx, id);
    assertDraft(issue);
    const target = sectionId !== undefined ? findSection(issue, sectionId) : issue.sections.find((s) => s.kind === 'whats-on');
    if (target && target.kind !== 'whats-on') throw new ApiError('CONFLICT', `"${target.heading}" is not a what's on section.`);
    if (target && target.body.trim() !== '' && !replace) {
      throw new ApiError('CONFLICT', `"${target.heading}" already has text. Replace it with the groups meeting in ${monthInWords(month)}?`);
    }
    if (!target && issue.sections.length >= MAX_SECTIONS) throw new ApiError('CONFLICT', `A newsletter can have at most ${MAX_SECTIONS} sections.`);
    const { from, to } = monthRange(month);
    const { groups, venues } = ctx.store.get(groupsKind);
    const filled = whatsOnFor(month, groups, venues, storedSessions(ctx, from, to));
    // A heading the coordinator wrote stays; one written by an earlier fill follows the month.
    const keepHeading = target && !/^what'?s on/i.test(target.heading) ? target.heading : filled.heading;
    const record = compact<NewsletterSection>({ ...(target ?? { id: randomUUID(), kind: 'whats-on' as const }), heading: keepHeading, body: filled.body, filledFor: month });
    const change = target ? (sections: NewsletterSection[]) => sections.map((s) => (s.id === record.id ? record : s)) : (sections: NewsletterSection[]) => [...sections, record];
    return changeSections(ctx, id, change, `Filled what's on for ${monthInWords(month)}`);
  },

  async recipients(_input, ctx) {
    return Promise.resolve(newsletterRecipients(ctx));
  },

  async printPdf({ id, size }, ctx) {
    return printNewsletter(ctx, findIssue(ctx, id), size);
  },

  async printLabels({ id, sheet, startAt, markLargePrint }, ctx) {
    return printLabels(ctx, findIssue(ctx, id), sheet, startAt, markLargePrint);
  },

  async exportEmails({ id }, ctx) {
    return exportEmailList(ctx, findIssue(ctx, id));
  },

  async markSent({ id, date }, ctx) {
    const issue = findIssue(ctx, id);
    assertDraft(issue);
    return markSent(ctx, issue, date);
  },
};
