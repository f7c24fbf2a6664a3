import { MEMBER_KIND } from '../../../shared/domain/person-kinds';
import { changedMemberFields } from '../../../shared/domain/member-changes';
import type { Member, MemberInput, MemberStatus } from '../../../shared/domain/members';
import { displayName } from '../../../shared/domain/person';
import { ApiError } from '../../../shared/errors';
import { memberRecords, membersKind, volunteerRecords } from '../../documents';
import type { AppContext } from '../core/context';
import { personHandlers, type PersonKind } from '../people/person-handlers';
import { removeMemberCompletions } from '../outcomes/completion-records';
import { removeMemberProgrammes } from '../programmes/programme-people';
import { findMember, newMemberRecord } from './member-records';

/** A refusal that names the field to correct. */
export const invalid = (field: string, message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: message });

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

/** Members for the shared person handlers (../people/person-handlers.ts). */
export const memberKind: PersonKind<Member, MemberInput, MemberStatus> = {
  info: MEMBER_KIND,
  collection: memberRecords,
  all: (ctx) => ctx.store.get(membersKind).members,
  find: findMember,
  newRecord: newMemberRecord,
  changedFields: changedMemberFields,
  checkInput: checkLinks,
  // Everyone joined at some point: clearing the date keeps the one on record.
  normalise: (input, before) => ({ ...input, joinedDate: input.joinedDate ?? before.joinedDate }),
  kept: ({ status, statusHistory, leftDate, leftReason, deviceLoans, consents, equality }) => ({ status, statusHistory, leftDate, leftReason, deviceLoans, consents, equality }),
  // Their programmes, the sessions logged in them and their questionnaire answers go with them.
  removeWith: (tx, ctx, member) => {
    removeMemberProgrammes(tx, ctx, member.id);
    removeMemberCompletions(tx, ctx, member.id);
  },
};

export const memberPeople = personHandlers(memberKind);
