import type { StartSuggestions } from '../../../shared/api';
import type { ProgrammeKind } from '../../../shared/domain/programmes';
import { ApiError } from '../../../shared/errors';
import { memberRecords, referralRecords } from '../../documents';
import type { AppContext } from '../core/context';
import { findMember, settingsOf } from '../core/lookups';
import { suggestForMember } from './suggest';

/**
 * "Start a programme" chooses the volunteer before the programme exists (kind → volunteer →
 * first session), so its suggestions are for a member and a kind. A referral's person who is
 * not a member yet has none of what matching reads (languages, interests, when they are free,
 * whom they would like), so they get "match later" and the reason, rather than a list that
 * could put forward a man to someone who asked for a woman.
 */

/** A kind in Settings that new programmes may start as. */
export function startableKind(ctx: AppContext, kindId: string): ProgrammeKind {
  const invalid = (message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { kindId: message });
  const kind = settingsOf(ctx).programmeKinds.find((k) => k.id === kindId);
  if (!kind) throw invalid('That kind of programme is no longer in Settings. Choose another.');
  if (kind.archived) throw invalid(`${kind.name} is archived: no new programmes can start. Choose another kind.`);
  return kind;
}

export function suggestForStart(ctx: AppContext, input: { memberId?: string | undefined; referralId?: string | undefined; kindId: string }): StartSuggestions {
  const kind = startableKind(ctx, input.kindId);
  if (input.memberId) return { canSuggest: true, suggestions: suggestForMember(ctx, findMember(ctx, input.memberId), kind) };
  const referral = ctx.store.record(referralRecords, input.referralId ?? '');
  if (!referral) throw new ApiError('NOT_FOUND', 'That referral is no longer on record.');
  const member = referral.memberId ? ctx.store.record(memberRecords, referral.memberId) : undefined;
  if (member) return { canSuggest: true, suggestions: suggestForMember(ctx, member, kind) };
  const name = `${referral.person.firstName} ${referral.person.lastName}`.trim();
  return {
    canSuggest: false,
    why: `${name} is not a member yet, so there is nothing to match on: no languages, interests, times they are free or wishes about their volunteer. Start the programme waiting for a match, add those to their member record, then use Suggest volunteers on the programme.`,
  };
}
