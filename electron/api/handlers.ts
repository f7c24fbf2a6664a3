import type { HandlerMap } from '../../shared/api';
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

/** Every API method's handler. The HandlerMap type makes a missing one a compile error. */
export const handlers: HandlerMap<AppContext> = {
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
};
