import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import type { ProgrammeAttention, SubjectAccessRow, SubjectAccessView } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { HELD_KIND_INFO, resolveIdentity, identityName, type HeldItem } from '../../../shared/domain/held-data';
import { gatherHeldData } from '../../../shared/domain/held-data-gather';
import {
  byDueDate,
  dueDate,
  dueText,
  isAwaitingAnswer,
  REQUEST_METHOD_LABELS,
  requestStatus,
  type SubjectAccessInput,
  type SubjectAccessRequest,
  type SubjectType,
} from '../../../shared/domain/subject-access';
import { ApiError } from '../../../shared/errors';
import { membersKind, referralsKind, subjectAccessKind, subjectAccessRecords, volunteersKind } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact } from '../core/lookups';
import { heldDataSources } from './held-data-sources';
import { subjectAccessZip } from './subject-access-pack';

/**
 * Subject access requests. Audit entries say what was done to "a subject access request", never
 * whose or why: the request's own log keeps the reasons (what was withheld and why), and the
 * person's name is read from their record whenever a list shows it.
 */

const GONE = 'A record no longer on file';
const PATHS: Record<SubjectType, string> = { member: '/members', volunteer: '/volunteers', referral: '/referrals' };

function findRequest(ctx: AppContext, id: string): SubjectAccessRequest {
  const r = ctx.store.record(subjectAccessRecords, id);
  if (!r) throw new ApiError('NOT_FOUND', 'That subject access request is no longer on record.');
  return r;
}

/** The person's name now, and where their record is, from whichever record the request is about. */
function subjectOf(ctx: AppContext, type: SubjectType, id: string): { name: string; href?: string } | undefined {
  const sources = { members: ctx.store.get(membersKind).members, volunteers: ctx.store.get(volunteersKind).volunteers, referrals: ctx.store.get(referralsKind).referrals };
  const exists = type === 'member' ? sources.members.some((m) => m.id === id) : type === 'volunteer' ? sources.volunteers.some((v) => v.id === id) : sources.referrals.some((r) => r.id === id);
  if (!exists) return undefined;
  const name = identityName(resolveIdentity({ type, id }, sources));
  return { name: name ?? GONE, href: `${PATHS[type]}/${id}` };
}

function rowOf(ctx: AppContext, r: SubjectAccessRequest, today: string): SubjectAccessRow {
  const subject = subjectOf(ctx, r.subjectType, r.subjectId);
  return compact<SubjectAccessRow>({
    id: r.id,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    name: subject?.name ?? GONE,
    subjectHref: subject?.href,
    receivedDate: r.receivedDate,
    dueDate: dueDate(r),
    status: requestStatus(r, today),
    dueText: dueText(r, today),
    answeredDate: r.answeredDate,
  });
}

function viewOf(ctx: AppContext, r: SubjectAccessRequest): SubjectAccessView {
  return { ...rowOf(ctx, r, todayIso(ctx.now())), request: r };
}

/** To answer first, soonest due first; then those answered, the latest answered first. */
function listOrder(a: SubjectAccessRequest, b: SubjectAccessRequest): number {
  const open = Number(isAwaitingAnswer(b)) - Number(isAwaitingAnswer(a));
  if (open !== 0) return open;
  return isAwaitingAnswer(a) ? byDueDate(a, b) : (b.answeredDate ?? '').localeCompare(a.answeredDate ?? '');
}

function logLine(ctx: AppContext, text: string) {
  return { at: ctx.now().toISOString(), by: ctx.actor(), text };
}

function checkReceived(ctx: AppContext, input: SubjectAccessInput): void {
  if (input.receivedDate > todayIso(ctx.now())) {
    throw new ApiError('VALIDATION', 'Check the highlighted date.', { 'request.receivedDate': 'The date it was received can’t be in the future' });
  }
}

function receivedText(input: SubjectAccessInput): string {
  const who = input.requester === 'the-person' ? 'from the person themselves' : `on their behalf by ${input.requesterDetails ?? 'someone with their authority'}`;
  return `Received ${formatUkDate(input.receivedDate)}, ${REQUEST_METHOD_LABELS[input.method].toLowerCase()}, ${who}`;
}

/** Home's lines: "Amira Haddad (Subject access): due Fri 8 Jan, 32 days left". */
export function subjectAccessDue(ctx: AppContext, today: string): ProgrammeAttention[] {
  return ctx.store
    .get(subjectAccessKind)
    .requests.filter(isAwaitingAnswer)
    .sort(byDueDate)
    .map((r) => ({ id: r.id, href: `/privacy/subject-access/${r.id}`, memberName: subjectOf(ctx, r.subjectType, r.subjectId)?.name ?? GONE, kindName: 'Subject access', why: dueText(r, today) }));
}

function gather(ctx: AppContext, r: SubjectAccessRequest): HeldItem[] {
  return gatherHeldData({ type: r.subjectType, id: r.subjectId }, heldDataSources(ctx));
}

function findItem(ctx: AppContext, r: SubjectAccessRequest, itemId: string): HeldItem {
  const item = gather(ctx, r).find((i) => i.id === itemId);
  if (!item) throw new ApiError('NOT_FOUND', 'That item is no longer on record. Prepare the pack again to see what is held now.');
  return item;
}

const itemLabel = (item: HeldItem) => `${HELD_KIND_INFO[item.kind].heading}: ${item.title}`;

async function save(ctx: AppContext, before: SubjectAccessRequest, after: SubjectAccessRequest, summary: string, fields?: string[]): Promise<SubjectAccessView> {
  await commit(ctx, { action: 'update', entity: 'subject-access', entityId: after.id, summary, ...(fields && fields.length > 0 ? { fields } : {}) }, (tx) =>
    tx.put(subjectAccessRecords, after, { replaces: before }),
  );
  return viewOf(ctx, after);
}

export const subjectAccessHandlers: HandlerMap<AppContext>['subjectAccess'] = {
  async list(_input, ctx) {
    const today = todayIso(ctx.now());
    return Promise.resolve([...ctx.store.get(subjectAccessKind).requests].sort(listOrder).map((r) => rowOf(ctx, r, today)));
  },

  async get({ id }, ctx) {
    return Promise.resolve(viewOf(ctx, findRequest(ctx, id)));
  },

  async forSubject({ subjectType, subjectId }, ctx) {
    const today = todayIso(ctx.now());
    const theirs = ctx.store.get(subjectAccessKind).requests.filter((r) => r.subjectType === subjectType && r.subjectId === subjectId);
    return Promise.resolve(theirs.sort(listOrder).map((r) => rowOf(ctx, r, today)));
  },

  async create({ subjectType, subjectId, request }, ctx) {
    if (!subjectOf(ctx, subjectType, subjectId)) throw new ApiError('NOT_FOUND', 'That record is no longer on file, so a request cannot be recorded against it.');
    checkReceived(ctx, request);
    const at = ctx.now().toISOString();
    const record = compact<SubjectAccessRequest>({
      ...request,
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      subjectType,
      subjectId,
      withheld: [],
      log: [logLine(ctx, `${receivedText(request)}; due ${formatUkDate(dueDate(request))}`)],
    });
    await commit(ctx, { action: 'create', entity: 'subject-access', entityId: record.id, summary: `Recorded a subject access request received ${formatUkDate(record.receivedDate)}` }, (tx) =>
      tx.put(subjectAccessRecords, record, { replaces: null }),
    );
    return viewOf(ctx, record);
  },

  async update({ id, request }, ctx) {
    const before = findRequest(ctx, id);
    checkReceived(ctx, request);
    const { requesterDetails: _old, notes: _oldNotes, ...kept } = before;
    const after = compact<SubjectAccessRequest>({ ...kept, ...request, updatedAt: ctx.now().toISOString(), log: [...before.log, logLine(ctx, `Details corrected: ${receivedText(request)}`)] });
    const labels: Record<keyof SubjectAccessInput, string> = { receivedDate: 'Date received', method: 'How it came in', requester: 'Who asked', requesterDetails: 'Who asked and their authority', notes: 'Notes' };
    const fields = (Object.keys(labels) as (keyof SubjectAccessInput)[]).filter((k) => before[k] !== after[k]).map((k) => labels[k]);
    return save(ctx, before, after, 'Changed a subject access request', fields);
  },

  async extend({ id, extension }, ctx) {
    const before = findRequest(ctx, id);
    if (before.answeredDate) throw new ApiError('CONFLICT', 'This request has been answered, so there is nothing to extend.');
    if (before.extension) throw new ApiError('CONFLICT', 'The time has already been extended once. The ICO allows one extension, of two months at most.');
    const on = todayIso(ctx.now());
    const withExtension = { ...before, extension: { months: extension.months, reason: extension.reason, on } };
    const after: SubjectAccessRequest = {
      ...withExtension,
      updatedAt: ctx.now().toISOString(),
      log: [...before.log, logLine(ctx, `Extended by ${extension.months === 1 ? 'one month' : 'two months'}, now due ${formatUkDate(dueDate(withExtension))}: ${extension.reason}`)],
    };
    return save(ctx, before, after, `Extended a subject access request by ${extension.months === 1 ? 'one month' : 'two months'}`);
  },

  async preparePack({ id }, ctx) {
    const r = findRequest(ctx, id);
    return Promise.resolve({ items: gather(ctx, r), withheld: Object.fromEntries(r.withheld.map((w) => [w.itemId, w.reason])) });
  },

  async withhold({ id, itemId, reason }, ctx) {
    const before = findRequest(ctx, id);
    const item = findItem(ctx, before, itemId);
    const at = ctx.now().toISOString();
    const after: SubjectAccessRequest = {
      ...before,
      updatedAt: at,
      withheld: [...before.withheld.filter((w) => w.itemId !== itemId), { itemId, label: itemLabel(item), reason, at }],
      log: [...before.log, logLine(ctx, `Withheld “${itemLabel(item)}”: ${reason}`)],
    };
    return save(ctx, before, after, 'Withheld an item from a subject access pack');
  },

  async include({ id, itemId }, ctx) {
    const before = findRequest(ctx, id);
    const was = before.withheld.find((w) => w.itemId === itemId);
    if (!was) return viewOf(ctx, before);
    const after: SubjectAccessRequest = {
      ...before,
      updatedAt: ctx.now().toISOString(),
      withheld: before.withheld.filter((w) => w.itemId !== itemId),
      log: [...before.log, logLine(ctx, `Put back in the pack: “${was.label}”`)],
    };
    return save(ctx, before, after, 'Put an item back in a subject access pack');
  },

  async savePack({ id, sentOn }, ctx) {
    const before = findRequest(ctx, id);
    const today = todayIso(ctx.now());
    if (sentOn > today) throw new ApiError('VALIDATION', 'Check the highlighted date.', { sentOn: 'The date sent can’t be in the future' });
    if (sentOn < before.receivedDate) throw new ApiError('VALIDATION', 'Check the highlighted date.', { sentOn: `Enter a date on or after ${formatUkDate(before.receivedDate)}, when the request was received` });
    const items = gather(ctx, before);
    const name = subjectOf(ctx, before.subjectType, before.subjectId)?.name ?? GONE;
    const { file, released, withheld } = await subjectAccessZip(ctx, { request: before, name, items, madeOn: today });
    const counts = `${released} ${released === 1 ? 'item' : 'items'}${withheld > 0 ? `, ${withheld} withheld` : ''}`;
    const first = !before.answeredDate;
    const after: SubjectAccessRequest = {
      ...before,
      updatedAt: ctx.now().toISOString(),
      ...(first ? { answeredDate: sentOn } : {}),
      log: [...before.log, logLine(ctx, first ? `Pack saved (${counts}); answered, sent on ${formatUkDate(sentOn)}` : `Pack made again (${counts})`)],
    };
    await save(ctx, before, after, first ? 'Answered a subject access request' : 'Made a subject access pack again');
    return file;
  },
};
