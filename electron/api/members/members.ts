import { randomUUID } from 'node:crypto';
import type { HandlerMap, MemberSaveResult } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { changedMemberFields } from '../../../shared/domain/member-changes';
import { queryMembers } from '../../../shared/domain/member-search';
import { MEMBER_STATUS_LABELS, type Consent, type DeviceLoan, type Member, type MemberInput } from '../../../shared/domain/members';
import { findDuplicatePeople } from '../../../shared/domain/people-changes';
import { applyStatusChange, checkNotFuture, compact, statusAuditSummary } from '../../../shared/domain/people-status';
import { displayName } from '../../../shared/domain/person';
import { ApiError } from '../../../shared/errors';
import { memberRecords, membersKind, volunteerRecords } from '../../documents';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { commitMemberImport, exportMembersCsv, previewMemberImport } from './members-csv';
import { findMember, membersInNameOrder, newMemberRecord, volunteerNames } from './member-records';
import { checkNotStale } from '../people/people-records';

type MemberHandlers = HandlerMap<AppContext>['members'];

const invalid = (field: string, message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: message });

/**
 * The key contact must be a volunteer on record, and a current one when newly chosen (one
 * who has since left may stay until someone is chosen instead). A volunteer record can be
 * linked to one member only: it is the same person.
 */
function checkLinks(ctx: AppContext, input: MemberInput, before?: Member): void {
  if (input.keyContactId) {
    const contact = ctx.store.record(volunteerRecords, input.keyContactId);
    if (!contact) throw invalid('member.keyContactId', 'That volunteer is no longer on record. Choose another key contact.');
    if (contact.status === 'left' && input.keyContactId !== before?.keyContactId) {
      throw invalid('member.keyContactId', `${displayName(contact)} has left. Choose a current volunteer as key contact.`);
    }
  }
  if (input.volunteerId) {
    if (!ctx.store.record(volunteerRecords, input.volunteerId)) throw invalid('member.volunteerId', 'That volunteer record is no longer on file. Choose again.');
    const other = ctx.store.get(membersKind).members.find((m) => m.volunteerId === input.volunteerId && m.id !== before?.id);
    if (other) throw invalid('member.volunteerId', `That volunteer record is already linked to ${displayName(other)}.`);
  }
}

/**
 * Saves a changed member and its audit entry (what kind of change, never the values) as one
 * commit, refused if the member on file is no longer `before`.
 */
async function saveMember(ctx: AppContext, before: Member, after: Member, audit: Omit<AuditInput, 'entity' | 'entityId'>): Promise<Member> {
  await commit(ctx, { ...audit, entity: 'member', entityId: after.id }, (tx) => tx.put(memberRecords, after, { replaces: before }));
  return after;
}

function touched(before: Member, changes: Partial<Member>, now: Date): Member {
  return compact<Member>({ ...before, ...changes, updatedAt: now.toISOString() });
}

function findLoan(member: Member, loanId: string): DeviceLoan {
  const loan = member.deviceLoans.find((l) => l.id === loanId);
  if (!loan) throw new ApiError('NOT_FOUND', 'That device loan is no longer on record.');
  return loan;
}

function findConsent(member: Member, consentId: string): Consent {
  const consent = member.consents.find((c) => c.id === consentId);
  if (!consent) throw new ApiError('NOT_FOUND', 'That consent is no longer on record.');
  return consent;
}

const LOANS = ['Device loans'];
const CONSENTS = ['Consents'];

export const memberHandlers: MemberHandlers = {
  async list(q, ctx) {
    return Promise.resolve(queryMembers(membersInNameOrder(ctx), q, volunteerNames(ctx), todayIso(ctx.now()), { inNameOrder: true }));
  },

  async get({ id }, ctx) {
    return Promise.resolve(findMember(ctx, id));
  },

  async create({ member, status, allowDuplicate }, ctx): Promise<MemberSaveResult> {
    const all = ctx.store.get(membersKind).members;
    if (!allowDuplicate) {
      const matches = findDuplicatePeople(all, member);
      if (matches.length > 0) return { status: 'possible-duplicates', matches };
    }
    checkLinks(ctx, member);
    const record = newMemberRecord(member, status, ctx.now());
    await commit(ctx, { action: 'create', entity: 'member', entityId: record.id, summary: 'Added a member record' }, (tx) => tx.put(memberRecords, record, { replaces: null }));
    return { status: 'saved', member: record };
  },

  async update({ id, member, allowDuplicate, expectedUpdatedAt }, ctx): Promise<MemberSaveResult> {
    const before = findMember(ctx, id);
    checkNotStale(before, expectedUpdatedAt);
    if (!allowDuplicate) {
      const matches = findDuplicatePeople(ctx.store.get(membersKind).members, member, id);
      if (matches.length > 0) return { status: 'possible-duplicates', matches };
    }
    checkLinks(ctx, member, before);
    // Everyone joined at some point: clearing the date keeps the one on record.
    const input: MemberInput = { ...member, joinedDate: member.joinedDate ?? before.joinedDate };
    const fields = changedMemberFields(before, input);
    if (fields.length === 0) return { status: 'saved', member: before };
    const { createdAt, status, statusHistory, leftDate, leftReason, deviceLoans, consents, equality } = before;
    const after = compact<Member>({
      ...input,
      id,
      createdAt,
      updatedAt: ctx.now().toISOString(),
      status,
      statusHistory,
      leftDate,
      leftReason,
      deviceLoans,
      consents,
      equality,
    });
    await saveMember(ctx, before, after, { action: 'update', summary: `Changed ${fields.join(', ')}`, fields });
    return { status: 'saved', member: after };
  },

  async changeStatus({ id, status, date, note, reason }, ctx) {
    const before = findMember(ctx, id);
    const after = applyStatusChange(before, { status, date, note, reason }, ctx.now(), MEMBER_STATUS_LABELS);
    return saveMember(ctx, before, after, { action: 'status', summary: statusAuditSummary(MEMBER_STATUS_LABELS[status], date), fields: ['Status'] });
  },

  async delete({ id }, ctx) {
    const member = findMember(ctx, id);
    // Who and when, not what: the deleted person's details must not live on in the log.
    await commit(ctx, { action: 'delete', entity: 'member', entityId: id, summary: 'Deleted a member record' }, (tx) => tx.remove(memberRecords, member));
    return { deleted: true as const };
  },

  async saveEquality({ id, equality }, ctx) {
    const before = findMember(ctx, id);
    if (JSON.stringify(before.equality) === JSON.stringify(equality)) return before;
    // Which section, not which answers: even the name of a changed question can say too much.
    return saveMember(ctx, before, touched(before, { equality }, ctx.now()), {
      action: 'update',
      summary: 'Changed equality monitoring answers',
      fields: ['Equality monitoring'],
    });
  },

  async addDeviceLoan({ id, loan }, ctx) {
    const before = findMember(ctx, id);
    if (loan.returned) checkNotFuture(loan.returned, ctx.now(), 'loan.returned');
    const record: DeviceLoan = compact({ ...loan, id: randomUUID() });
    return saveMember(ctx, before, touched(before, { deviceLoans: [...before.deviceLoans, record] }, ctx.now()), {
      action: 'update',
      summary: 'Recorded a device loan',
      fields: LOANS,
    });
  },

  async updateDeviceLoan({ id, loanId, loan }, ctx) {
    const before = findMember(ctx, id);
    findLoan(before, loanId);
    if (loan.returned) checkNotFuture(loan.returned, ctx.now(), 'loan.returned');
    const next: DeviceLoan = compact({ ...loan, id: loanId });
    return saveMember(ctx, before, touched(before, { deviceLoans: before.deviceLoans.map((l) => (l.id === loanId ? next : l)) }, ctx.now()), {
      action: 'update',
      summary: 'Changed a device loan',
      fields: LOANS,
    });
  },

  async returnDeviceLoan({ id, loanId, date }, ctx) {
    const before = findMember(ctx, id);
    const loan = findLoan(before, loanId);
    checkNotFuture(date, ctx.now(), 'date');
    if (date < loan.out) throw invalid('date', `Enter a date on or after ${formatUkDate(loan.out)}, when it was lent`);
    const next: DeviceLoan = { ...loan, returned: date };
    return saveMember(ctx, before, touched(before, { deviceLoans: before.deviceLoans.map((l) => (l.id === loanId ? next : l)) }, ctx.now()), {
      action: 'update',
      summary: 'Marked a device loan as returned',
      fields: LOANS,
    });
  },

  async addConsent({ id, consent }, ctx) {
    const before = findMember(ctx, id);
    checkNotFuture(consent.date, ctx.now(), 'consent.date');
    const record: Consent = { ...consent, id: randomUUID() };
    return saveMember(ctx, before, touched(before, { consents: [...before.consents, record] }, ctx.now()), {
      action: 'update',
      summary: 'Recorded consent',
      fields: CONSENTS,
    });
  },

  async withdrawConsent({ id, consentId, date }, ctx) {
    const before = findMember(ctx, id);
    const consent = findConsent(before, consentId);
    if (consent.withdrawn) throw new ApiError('CONFLICT', `That consent was already withdrawn on ${formatUkDate(consent.withdrawn)}.`);
    checkNotFuture(date, ctx.now(), 'date');
    if (date < consent.date) throw invalid('date', `Enter a date on or after ${formatUkDate(consent.date)}, when consent was given`);
    // The consent stays on record with its withdrawal date: proof of both is what matters.
    const next: Consent = { ...consent, withdrawn: date };
    return saveMember(ctx, before, touched(before, { consents: before.consents.map((c) => (c.id === consentId ? next : c)) }, ctx.now()), {
      action: 'update',
      summary: 'Recorded that consent was withdrawn',
      fields: CONSENTS,
    });
  },

  async exportCsv(input, ctx) {
    return Promise.resolve(exportMembersCsv(ctx, input));
  },

  async importPreview({ file, mapping }, ctx) {
    return (await previewMemberImport(ctx, file, mapping)).preview;
  },

  async importCommit({ file, mapping, allowDuplicates }, ctx) {
    return commitMemberImport(ctx, file, mapping, allowDuplicates);
  },
};

