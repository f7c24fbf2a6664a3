import type { HandlerMap } from '../../shared/api';
import { listAudit } from './audit-log';
import { backupHandlers } from './backups';
import type { AppContext } from './context';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { volunteerHandlers } from './volunteers';
import { memberHandlers } from './members';
import { groupHandlers } from './groups';
import { homeHandlers } from './home';
import { referralHandlers } from './referrals';
import { sessionHandlers } from './sessions';
import { venueHandlers } from './venues';
import { newsletterHandlers } from './newsletters';
import { grantHandlers } from './grants';
import { complianceHandlers } from './compliance';

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
};
