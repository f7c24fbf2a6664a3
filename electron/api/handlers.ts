import type { AppHandlerMap } from '../../shared/api';
import { listAudit } from './core/audit-log';
import { backupHandlers } from './system/backups';
import type { AppContext } from './core/context';
import { settingsHandlers } from './system/settings';
import { systemHandlers } from './system/system';
import { volunteerHandlers } from './volunteers/volunteers';
import { memberHandlers } from './members/members';
import { groupHandlers } from './groups/groups';
import { homeHandlers } from './home/home';
import { referralHandlers } from './referrals/referrals';
import { sessionHandlers } from './sessions/sessions';
import { venueHandlers } from './groups/venues';
import { newsletterHandlers } from './newsletters/newsletters';
import { grantHandlers } from './reports/grants';
import { complianceHandlers } from './compliance/compliance';
import { programmeHandlers } from './programmes/programmes';
import { outcomeHandlers } from './outcomes/outcomes';
import { breachHandlers } from './privacy/breaches';
import { subjectAccessHandlers } from './privacy/subject-access';
import { erasureHandlers } from './privacy/erasures';
import { retentionHandlers } from './privacy/retention';
import { consentReviewHandlers } from './privacy/consent-reviews';

/**
 * Every API method's handler but the protection host's (electron/protection/host.ts answers
 * those, locked or not). The AppHandlerMap type makes a missing one a compile error.
 */
export const handlers: AppHandlerMap<AppContext> = {
  system: systemHandlers,
  settings: settingsHandlers,
  volunteers: volunteerHandlers,
  members: memberHandlers,
  audit: {
    list: async (query, ctx) => Promise.resolve(listAudit(ctx, query)),
  },
  backups: backupHandlers,
  venues: venueHandlers,
  groups: groupHandlers,
  sessions: sessionHandlers,
  referrals: referralHandlers,
  home: homeHandlers,
  newsletters: newsletterHandlers,
  grants: grantHandlers,
  compliance: complianceHandlers,
  programmes: programmeHandlers,
  outcomes: outcomeHandlers,
  breaches: breachHandlers,
  erasures: erasureHandlers,
  retention: retentionHandlers,
  consentReviews: consentReviewHandlers,
  subjectAccess: subjectAccessHandlers,
};
