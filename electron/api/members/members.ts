import { randomUUID } from 'node:crypto';
import type { HandlerMap, MemberSaveResult } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { queryMembers } from '../../../shared/domain/member-search';
import { type DeviceLoan, type Member } from '../../../shared/domain/members';
import { checkNotFuture, compact } from '../../../shared/domain/people-status';
import { ApiError } from '../../../shared/errors';
import type { AppContext } from '../core/context';
import { commitMemberImport, exportMembersCsv, previewMemberImport } from './members-csv';
import { findMember, membersInNameOrder, volunteerNames } from './member-records';
import { invalid, memberPeople } from './member-kind';
import { consentHandlers } from '../people/consent-handlers';
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

const LOANS = ['Device loans'];

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

  ...consentHandlers(memberPeople, findMember),

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

