import type { CallInput, ContractShape, Output, ParsedInput } from './contract';
import { auditApi } from './contracts/audit';
import { groupsApi } from './contracts/groups';
import { homeApi } from './contracts/home';
import { referralsApi } from './contracts/referrals';
import { sessionsApi } from './contracts/sessions';
import { venuesApi } from './contracts/venues';
import { backupsApi } from './contracts/backups';
import { settingsApi } from './contracts/settings';
import { systemApi } from './contracts/system';
import { volunteersApi } from './contracts/volunteers';
import { membersApi } from './contracts/members';
import { newslettersApi } from './contracts/newsletters';
import { grantsApi } from './contracts/grants';
import { complianceApi } from './contracts/compliance';
import { programmesApi } from './contracts/programmes';
import { outcomesApi } from './contracts/outcomes';
import { breachesApi } from './contracts/breaches';
import { erasuresApi } from './contracts/erasures';
import { subjectAccessApi } from './contracts/subject-access';
import { protectionApi } from './contracts/protection';
import { retentionApi } from './contracts/retention';
import { consentReviewsApi } from './contracts/consents';

export * from './contracts/common';
export * from './contracts/system';
export * from './contracts/volunteers';
export * from './contracts/members';
export * from './contracts/groups';
export * from './contracts/home';
export * from './contracts/referrals';
export * from './contracts/sessions';
export * from './contracts/venues';
export * from './contracts/newsletters';
export * from './contracts/grants';
export * from './contracts/compliance';
export * from './contracts/programmes';
export * from './contracts/travel-trips';
export * from './contracts/outcomes';
export * from './contracts/breaches';
export * from './contracts/erasures';
export * from './contracts/subject-access';
export * from './contracts/protection';
export * from './contracts/retention';

/**
 * The whole API, declared once. Each area declares its methods in shared/contracts/<area>.ts
 * (zod input schema + output type); this object joins them. IPC (electron/ipc.ts), the
 * preload bridge, the browser harness and the renderer client are all built from it:
 * adding a method makes the compiler point at the handler that is missing.
 */
export const contract = {
  system: systemApi,
  settings: settingsApi,
  volunteers: volunteersApi,
  members: membersApi,
  audit: auditApi,
  backups: backupsApi,
  venues: venuesApi,
  groups: groupsApi,
  sessions: sessionsApi,
  referrals: referralsApi,
  home: homeApi,
  newsletters: newslettersApi,
  grants: grantsApi,
  compliance: complianceApi,
  programmes: programmesApi,
  outcomes: outcomesApi,
  breaches: breachesApi,
  subjectAccess: subjectAccessApi,
  erasures: erasuresApi,
  retention: retentionApi,
  consentReviews: consentReviewsApi,
  /** Answered by the protection host (electron/protection/host.ts), even while locked. */
  protection: protectionApi,
} as const satisfies ContractShape;

export type Contract = typeof contract;
export type AreaName = keyof Contract;

/** Methods whose input is all optional can be called with no argument. */
type ClientMethod<M> =
  undefined extends CallInput<M>
    ? (input?: CallInput<M>) => Promise<Output<M>>
    : object extends CallInput<M>
    ? (input?: CallInput<M>) => Promise<Output<M>>
    : (input: CallInput<M>) => Promise<Output<M>>;

export type ApiClient = {
  [A in keyof Contract]: { [M in keyof Contract[A]]: ClientMethod<Contract[A][M]> };
};

/** Handlers get parsed input plus a context chosen by the host (store, clock, actor). */
export type HandlerMap<Ctx> = {
  [A in keyof Contract]: {
    [M in keyof Contract[A]]: (input: ParsedInput<Contract[A][M]>, ctx: Ctx) => Promise<Output<Contract[A][M]>>;
  };
};

/** The areas the protection host answers itself, before the data folder's handlers. */
export type HostAreaName = 'protection';
/** The data folder's handlers: every area but the host's. */
export type AppHandlerMap<Ctx> = Omit<HandlerMap<Ctx>, HostAreaName>;
