import { method } from '../contract';
import type { OverdueLoanRow } from '../domain/member-loans';
import { noInput } from './common';
import type { BreachToReport } from './breaches';
import type { GroupSummary } from './groups';
import type { ReferralRow } from './referrals';
import type { SessionListItem } from './sessions';

export interface HomeSummary {
  today: string;
  weekStart: string;
  /** Today's sessions, then the rest of this week (Monday to Sunday). */
  sessionsToday: SessionListItem[];
  sessionsThisWeek: SessionListItem[];
  referralsOverTarget: ReferralRow[];
  /** Groups with a free place and somebody waiting. */
  placesToOffer: GroupSummary[];
  /** Past sessions (last 8 weeks) with no register, not cancelled and not marked as not recorded, newest first. */
  registersDue: SessionListItem[];
  /** Active volunteers whose DBS check, training or supervision needs action in the next 30 days. */
  complianceNeedsAction: number;
  /** Devices lent to members and not back by their due date (due today is not yet overdue), longest overdue first. */
  devicesOverdue: OverdueLoanRow[];
  /** Open one-to-one programmes that need the coordinator: a trip in the next 7 days with no buddy first, then longest neglected. */
  programmesNeedingAction: ProgrammeAttention[];
  /** Members due a questionnaire by their programme kind's or group's plan, by name. */
  questionnairesDue: QuestionnaireDue[];
  /** Data breaches not yet answered for the ICO, the soonest due first: Home counts down their 72 hours. */
  breachesToReport: BreachToReport[];
  /** Subject access requests not yet answered, soonest due first, as lines like a programme's. */
  subjectAccessDue: ProgrammeAttention[];
  /** The first steps of a new Peer Desk and whether each is done; absent once all are. */
  setUp?: SetUpSteps;
}

export interface ProgrammeAttention {
  id: string;
  /** The programme's page. */
  href: string;
  memberName: string;
  kindName: string;
  /** "waiting for a match for 18 days; …" */
  why: string;
}

/** "Amira Haddad (Peer coaching): SWEMWBS due at session 5" on Home, linking to `href`. */
export interface QuestionnaireDue {
  /** Unique among the lines, for React. */
  id: string;
  /** The member's Outcomes tab. */
  href: string;
  memberName: string;
  /** Where it is asked: "Peer coaching, started 01/09/2026" or the group's name (named as in ProgrammeAttention, so both cards share one line). */
  kindName: string;
  /** "SWEMWBS due at session 5", "CORE-10: ending — ask the closing questionnaire". */
  why: string;
}

export interface SetUpSteps {
  yourName: boolean;
  organisation: boolean;
  venue: boolean;
  group: boolean;
  people: boolean;
}

export const homeApi = {
  thisWeek: method(noInput).returns<HomeSummary>(),
};
