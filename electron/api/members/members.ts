import { randomUUID } from 'node:crypto';
import type { HandlerMap, MemberSaveResult } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { queryMembers } from '../../../shared/domain/member-search';
import { type Consent, type DeviceLoan, type Member } from '../../../shared/domain/members';
import { checkNotFuture, compact } from '../../../shared/domain/people-status';
import { ApiError } from '../../../shared/errors';
import type { AppContext } from '../core/context';
import { commitMemberImport, exportMembersCsv, previewMemberImport } from './members-csv';
import { findMember, membersInNameOrder, volunteerNames } from './member-records';
import { invalid, memberPeople } from './member-kind';
import type { PersonSaveResult } from '../people/person-handlers';

type MemberHandlers = HandlerMap<AppContext>['members'];

const asMemberResult = (r: PersonSaveResult<Member>): MemberSaveResult => (r.status === 'saved' ? { status: 'saved', member: r.record } : r);


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
    return asMemberResult(await memberPeople.create(ctx, member, status, allowDuplicate));
  },

  async update({ id, member, allowDuplicate, expectedUpdatedAt }, ctx): Promise<MemberSaveResult> {
    return asMemberResult(await memberPeople.update(ctx, id, member, allowDuplicate, expectedUpdatedAt));
  },

  async changeStatus({ id, status, date, note, reason }, ctx) {
    return memberPeople.changeStatus(ctx, id, { status, date, note, reason });
  },

  async delete({ id }, ctx) {
    await memberPeople.remove(ctx, id);
    return { deleted: true as const };
  },

  async saveEquality({ id, equality }, ctx) {
    const before = findMember(ctx, id);
    if (JSON.stringify(before.equality) === JSON.stringify(equality)) return before;
    // Which section, not which answers: even the name of a changed question can say too much.
    return memberPeople.save(ctx, before, touched(before, { equality }, ctx.now()), {
      action: 'update',
      summary: 'Changed equality monitoring answers',
      fields: ['Equality monitoring'],
    });
  },

  async addDeviceLoan({ id, loan }, ctx) {
    const before = findMember(ctx, id);
    if (loan.returned) checkNotFuture(loan.returned, ctx.now(), 'loan.returned');
    const record: DeviceLoan = compact({ ...loan, id: randomUUID() });
    return memberPeople.save(ctx, before, touched(before, { deviceLoans: [...before.deviceLoans, record] }, ctx.now()), {
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
    return memberPeople.save(ctx, before, touched(before, { deviceLoans: before.deviceLoans.map((l) => (l.id === loanId ? next : l)) }, ctx.now()), {
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
    return memberPeople.save(ctx, before, touched(before, { deviceLoans: before.deviceLoans.map((l) => (l.id === loanId ? next : l)) }, ctx.now()), {
      action: 'update',
      summary: 'Marked a device loan as returned',
      fields: LOANS,
    });
  },

  async addConsent({ id, consent }, ctx) {
    const before = findMember(ctx, id);
    checkNotFuture(consent.date, ctx.now(), 'consent.date');
    const record: Consent = { ...consent, id: randomUUID() };
    return memberPeople.save(ctx, before, touched(before, { consents: [...before.consents, record] }, ctx.now()), {
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
    return memberPeople.save(ctx, before, touched(before, { consents: before.consents.map((c) => (c.id === consentId ? next : c)) }, ctx.now()), {
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

