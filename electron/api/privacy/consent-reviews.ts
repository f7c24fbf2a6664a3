import type { HandlerMap } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import { consentReviewsDue, type ConsentHolder } from '../../../shared/domain/consent-reviews';
import { membersKind, volunteersKind } from '../../documents';
import type { AppContext } from '../core/context';

/** Everyone with a consent log, as the review list reads them. */
function holders(ctx: AppContext): ConsentHolder[] {
  return [
    ...ctx.store.get(membersKind).members.map((m): ConsentHolder => ({ ...m, kind: 'member' })),
    ...ctx.store.get(volunteersKind).volunteers.map((v): ConsentHolder => ({ ...v, kind: 'volunteer' })),
  ];
}

export const consentReviewHandlers: HandlerMap<AppContext>['consentReviews'] = {
  due: (_input, ctx) => Promise.resolve(consentReviewsDue(holders(ctx), todayIso(ctx.now()))),
};
