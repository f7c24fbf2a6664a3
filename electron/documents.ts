import { z } from 'zod';
import { auditEntrySchema } from '../shared/domain/audit';
import { DEFAULT_SETTINGS, settingsSchema } from '../shared/domain/settings';
import { groupRecordSchema } from '../shared/domain/groups';
import { grantRecordSchema } from '../shared/domain/grants';
import { memberRecordSchema } from '../shared/domain/members';
import { issueRecordSchema } from '../shared/domain/newsletters';
import { referralRecordSchema } from '../shared/domain/referrals';
import { sentLogoSchema } from '../shared/domain/report-settings';
import { sessionRecordSchema } from '../shared/domain/sessions';
import { venueRecordSchema } from '../shared/domain/venues';
import { volunteerRecordSchema } from '../shared/domain/volunteers';
import { complianceDocShape, emptyComplianceRecords } from '../shared/domain/compliance-records';
import { programmeRecordSchema, programmeSessionRecordSchema } from '../shared/domain/programmes';
import { travelTripRecordSchema } from '../shared/domain/travel-trips';
import { completionPartition, completionRecordSchema } from '../shared/domain/outcome-completions';
import { auditV0ToV1 } from './store/migrations/audit-v0-to-v1';
import { complianceV0ToV1 } from './store/migrations/compliance-v0-to-v1';
import { grantsV0ToV1 } from './store/migrations/grants-v0-to-v1';
import { grantsV1ToV2 } from './store/migrations/grants-v1-to-v2';
import { groupsV0ToV1 } from './store/migrations/groups-v0-to-v1';
import { membersV0ToV1 } from './store/migrations/members-v0-to-v1';
import { outcomeCompletionsV0ToV1 } from './store/migrations/outcome-completions-v0-to-v1';
import { newslettersV0ToV1 } from './store/migrations/newsletters-v0-to-v1';
import { programmeSessionsV0ToV1 } from './store/migrations/programme-sessions-v0-to-v1';
import { programmesV0ToV1 } from './store/migrations/programmes-v0-to-v1';
import { referralsV0ToV1 } from './store/migrations/referrals-v0-to-v1';
import { sessionsV0ToV1 } from './store/migrations/sessions-v0-to-v1';
import { settingsV0ToV1 } from './store/migrations/settings-v0-to-v1';
import { travelTripsV0ToV1 } from './store/migrations/travel-trips-v0-to-v1';
import { breachesV0ToV1 } from './store/migrations/breaches-v0-to-v1';
import { breachRecordSchema } from '../shared/domain/breaches';
import { subjectAccessV0ToV1 } from './store/migrations/subject-access-v0-to-v1';
import { subjectAccessRecordSchema } from '../shared/domain/subject-access';
import { volunteersV0ToV1 } from './store/migrations/volunteers-v0-to-v1';
import { erasuresV0ToV1 } from './store/migrations/erasures-v0-to-v1';
import { erasureRecordSchema } from '../shared/domain/erasures';
import { volunteersV1ToV2 } from './store/migrations/volunteers-v1-to-v2';
import { retentionV0ToV1 } from './store/migrations/retention-v0-to-v1';
import { keepDecisionSchema } from '../shared/domain/retention-keep';
import { defineCollection, defineSingleton, type AnyTarget } from './store/collections';
import type { AnyDocumentKind, DocumentKind } from './store/types';
import { issuePartition } from '../shared/domain/newsletters';

/**
 * The documents in a data folder. Split by how often they change and how big they grow,
 * so a save rewrites only what it touched: settings rarely, people often, sessions and
 * audit entries by calendar year.
 */

/**
 * Home looks at this week and the eight before it, so in January and February last year's
 * sessions are read at start-up too; older years wait until a page asks for them.
 */
function recentYear(key: string | undefined, today: Date): boolean {
  const year = Number(key);
  const thisYear = today.getFullYear();
  return year >= thisYear - (today.getMonth() < 2 ? 1 : 0);
}

const settingsDoc = z.object({ schemaVersion: z.literal(1), settings: settingsSchema });
export type SettingsDoc = z.infer<typeof settingsDoc>;
export const settingsKind: DocumentKind<SettingsDoc> = {
  name: 'settings',
  partitioned: false,
  version: 1,
  schema: settingsDoc,
  migrations: [settingsV0ToV1],
  empty: () => ({ schemaVersion: 1, settings: { ...DEFAULT_SETTINGS } }),
};

/** Volunteers; v2 gave each a consent log (see volunteers-v1-to-v2). */
const volunteersDoc = z.object({ schemaVersion: z.literal(2), volunteers: z.array(volunteerRecordSchema) });
export type VolunteersDoc = z.infer<typeof volunteersDoc>;
export const volunteersKind: DocumentKind<VolunteersDoc> = {
  name: 'volunteers',
  partitioned: false,
  version: 2,
  schema: volunteersDoc,
  migrations: [volunteersV0ToV1, volunteersV1ToV2],
  empty: () => ({ schemaVersion: 2, volunteers: [] }),
  count: (doc) => ({ volunteers: doc.volunteers.length }),
};

/** Audit entries, one document per calendar year ("audit-2026.json"). */
const auditDoc = z.object({ schemaVersion: z.literal(1), entries: z.array(auditEntrySchema) });
export type AuditDoc = z.infer<typeof auditDoc>;
export const auditKind: DocumentKind<AuditDoc> = {
  name: 'audit',
  partitioned: true,
  version: 1,
  schema: auditDoc,
  migrations: [auditV0ToV1],
  empty: () => ({ schemaVersion: 1, entries: [] }),
  count: (doc) => ({ 'audit entries': doc.entries.length }),
  loadOnOpen: (key, today) => recentYear(key, today),
};

const membersDoc = z.object({ schemaVersion: z.literal(1), members: z.array(memberRecordSchema) });
export type MembersDoc = z.infer<typeof membersDoc>;
export const membersKind: DocumentKind<MembersDoc> = {
  name: 'members',
  partitioned: false,
  version: 1,
  schema: membersDoc,
  migrations: [membersV0ToV1],
  empty: () => ({ schemaVersion: 1, members: [] }),
  count: (doc) => ({ members: doc.members.length }),
};

const referralsDoc = z.object({ schemaVersion: z.literal(1), referrals: z.array(referralRecordSchema) });
export type ReferralsDoc = z.infer<typeof referralsDoc>;
export const referralsKind: DocumentKind<ReferralsDoc> = {
  name: 'referrals',
  partitioned: false,
  version: 1,
  schema: referralsDoc,
  migrations: [referralsV0ToV1],
  empty: () => ({ schemaVersion: 1, referrals: [] }),
  count: (doc) => ({ referrals: doc.referrals.length }),
};

/** Venues and groups change together (a group names its venue) and are small. */
const groupsDoc = z.object({ schemaVersion: z.literal(1), venues: z.array(venueRecordSchema), groups: z.array(groupRecordSchema) });
export type GroupsDoc = z.infer<typeof groupsDoc>;
export const groupsKind: DocumentKind<GroupsDoc> = {
  name: 'groups',
  partitioned: false,
  version: 1,
  schema: groupsDoc,
  migrations: [groupsV0ToV1],
  empty: () => ({ schemaVersion: 1, venues: [], groups: [] }),
  count: (doc) => ({ groups: doc.groups.length, venues: doc.venues.length }),
};

/** Sessions that have a register, a cancellation or are one-offs, one document per year ("sessions-2026.json"). */
const sessionsDoc = z.object({ schemaVersion: z.literal(1), sessions: z.array(sessionRecordSchema) });
export type SessionsDoc = z.infer<typeof sessionsDoc>;
export const sessionsKind: DocumentKind<SessionsDoc> = {
  name: 'sessions',
  partitioned: true,
  version: 1,
  schema: sessionsDoc,
  migrations: [sessionsV0ToV1],
  empty: () => ({ schemaVersion: 1, sessions: [] }),
  count: (doc) => ({ sessions: doc.sessions.length }),
  loadOnOpen: (key, today) => recentYear(key, today),
};

/**
 * Grants, with their case studies and the reports made for them: small, changed now and then.
 * Beside them, the logos reports were sent with (see grants-v1-to-v2), few and shared.
 */
const grantsDoc = z.object({ schemaVersion: z.literal(2), grants: z.array(grantRecordSchema), sentLogos: z.array(sentLogoSchema) });
export type GrantsDoc = z.infer<typeof grantsDoc>;
export const grantsKind: DocumentKind<GrantsDoc> = {
  name: 'grants',
  partitioned: false,
  version: 2,
  schema: grantsDoc,
  migrations: [grantsV0ToV1, grantsV1ToV2],
  empty: () => ({ schemaVersion: 2, grants: [], sentLogos: [] }),
  count: (doc) => ({ grants: doc.grants.length }),
};

/**
 * Newsletter issues, one document per year the issue was created ("newsletters-2026.json"):
 * pictures are kept inside the issues, so a save rewrites only that year's issues.
 */
const newslettersDoc = z.object({ schemaVersion: z.literal(1), issues: z.array(issueRecordSchema) });
export type NewslettersDoc = z.infer<typeof newslettersDoc>;
export const newslettersKind: DocumentKind<NewslettersDoc> = {
  name: 'newsletters',
  partitioned: true,
  version: 1,
  schema: newslettersDoc,
  migrations: [newslettersV0ToV1],
  empty: () => ({ schemaVersion: 1, issues: [] }),
  count: (doc) => ({ 'newsletter issues': doc.issues.length }),
  // Pictures live inside issues: read them when the newsletters are opened, not at start-up.
  loadOnOpen: () => false,
};

/**
 * Volunteer compliance and support: DBS checks, training, supervision, hours logged by hand
 * and expenses, each list keyed by volunteer id ("compliance.json").
 */
const complianceDoc = z.object({ schemaVersion: z.literal(1), ...complianceDocShape });
export type ComplianceDoc = z.infer<typeof complianceDoc>;
export const complianceKind: DocumentKind<ComplianceDoc> = {
  name: 'compliance',
  partitioned: false,
  version: 1,
  schema: complianceDoc,
  migrations: [complianceV0ToV1],
  empty: () => ({ schemaVersion: 1, ...emptyComplianceRecords() }),
  // Only what is there: a folder from before compliance existed should not list "0 DBS checks".
  count: (doc) =>
    Object.fromEntries(
      Object.entries({ 'DBS checks': doc.dbsChecks.length, 'training records': doc.training.length, supervisions: doc.supervision.length, expenses: doc.expenses.length }).filter(([, n]) => n > 0),
    ),
};

/** One-to-one programmes with their matches and goals ("programmes.json"); their sessions are apart. */
const programmesDoc = z.object({ schemaVersion: z.literal(1), programmes: z.array(programmeRecordSchema) });
export type ProgrammesDoc = z.infer<typeof programmesDoc>;
export const programmesKind: DocumentKind<ProgrammesDoc> = {
  name: 'programmes',
  partitioned: false,
  version: 1,
  schema: programmesDoc,
  migrations: [programmesV0ToV1],
  empty: () => ({ schemaVersion: 1, programmes: [] }),
  // Only what is there: a folder from before programmes should not list "0 programmes".
  count: (doc): Record<string, number> => (doc.programmes.length > 0 ? { programmes: doc.programmes.length } : {}),
};

/**
 * One-to-one sessions, one document per year of the session's date ("programme-sessions-2026.json").
 * Only recent years are read on open, as for group sessions: a programme's sessions are never
 * dated before it started, so Home and the open programmes need only the years since the
 * oldest open one started (programme-records.ts, sessionSummaries), and older years wait until
 * a page asks for them (every programme, a report).
 */
const programmeSessionsDoc = z.object({ schemaVersion: z.literal(1), sessions: z.array(programmeSessionRecordSchema) });
export type ProgrammeSessionsDoc = z.infer<typeof programmeSessionsDoc>;
export const programmeSessionsKind: DocumentKind<ProgrammeSessionsDoc> = {
  name: 'programme-sessions',
  partitioned: true,
  version: 1,
  schema: programmeSessionsDoc,
  migrations: [programmeSessionsV0ToV1],
  empty: () => ({ schemaVersion: 1, sessions: [] }),
  count: (doc): Record<string, number> => (doc.sessions.length > 0 ? { 'one-to-one sessions': doc.sessions.length } : {}),
  loadOnOpen: (key, today) => recentYear(key, today),
};

/**
 * Travel buddy trips ("travel-trips.json"): small (a few a week), read on open for Home's
 * "no buddy in the next 7 days". A trip marked done is also an attended programme session.
 */
const travelTripsDoc = z.object({ schemaVersion: z.literal(1), trips: z.array(travelTripRecordSchema) });
export type TravelTripsDoc = z.infer<typeof travelTripsDoc>;
export const travelTripsKind: DocumentKind<TravelTripsDoc> = {
  name: 'travel-trips',
  partitioned: false,
  version: 1,
  schema: travelTripsDoc,
  migrations: [travelTripsV0ToV1],
  empty: () => ({ schemaVersion: 1, trips: [] }),
  count: (doc): Record<string, number> => (doc.trips.length > 0 ? { 'travel buddy trips': doc.trips.length } : {}),
};

/**
 * Filled-in questionnaires (outcome measures), one document per year of the date they were
 * answered ("outcome-completions-2026.json"). Only recent years are read on open, as for
 * sessions; a member's Outcomes tab and the reports read older years when they ask.
 * Scores are never stored: they are worked out from the answers.
 */
const outcomeCompletionsDoc = z.object({ schemaVersion: z.literal(1), completions: z.array(completionRecordSchema) });
export type OutcomeCompletionsDoc = z.infer<typeof outcomeCompletionsDoc>;
export const outcomeCompletionsKind: DocumentKind<OutcomeCompletionsDoc> = {
  name: 'outcome-completions',
  partitioned: true,
  version: 1,
  schema: outcomeCompletionsDoc,
  migrations: [outcomeCompletionsV0ToV1],
  empty: () => ({ schemaVersion: 1, completions: [] }),
  count: (doc): Record<string, number> => (doc.completions.length > 0 ? { questionnaires: doc.completions.length } : {}),
  loadOnOpen: (key, today) => recentYear(key, today),
};

/**
 * The breach log ("breaches.json"): a few records in a charity's lifetime, read on open so
 * Home can count down the ICO's 72 hours for any breach not yet answered.
 */
const breachesDoc = z.object({ schemaVersion: z.literal(1), breaches: z.array(breachRecordSchema) });
export type BreachesDoc = z.infer<typeof breachesDoc>;
export const breachesKind: DocumentKind<BreachesDoc> = {
  name: 'breaches',
  partitioned: false,
  version: 1,
  schema: breachesDoc,
  migrations: [breachesV0ToV1],
  empty: () => ({ schemaVersion: 1, breaches: [] }),
  count: (doc): Record<string, number> => (doc.breaches.length > 0 ? { 'data breaches': doc.breaches.length } : {}),
};

/**
 * Subject access requests ("subject-access.json"): a few a year, read on open so Home can list
 * those still to answer. Each keeps its own log of what was withheld and why.
 */
const subjectAccessDoc = z.object({ schemaVersion: z.literal(1), requests: z.array(subjectAccessRecordSchema) });
export type SubjectAccessDoc = z.infer<typeof subjectAccessDoc>;
export const subjectAccessKind: DocumentKind<SubjectAccessDoc> = {
  name: 'subject-access',
  partitioned: false,
  version: 1,
  schema: subjectAccessDoc,
  migrations: [subjectAccessV0ToV1],
  empty: () => ({ schemaVersion: 1, requests: [] }),
  count: (doc): Record<string, number> => (doc.requests.length > 0 ? { 'subject access requests': doc.requests.length } : {}),
};

/**
 * The erasure log ("erasures.json"): when a person was erased, why, and their placeholder's id —
 * nothing that identifies them. Small; read on open for the Privacy page's count.
 */
const erasuresDoc = z.object({ schemaVersion: z.literal(1), erasures: z.array(erasureRecordSchema) });
export type ErasuresDoc = z.infer<typeof erasuresDoc>;
export const erasuresKind: DocumentKind<ErasuresDoc> = {
  name: 'erasures',
  partitioned: false,
  version: 1,
  schema: erasuresDoc,
  migrations: [erasuresV0ToV1],
  empty: () => ({ schemaVersion: 1, erasures: [] }),
  count: (doc): Record<string, number> => (doc.erasures.length > 0 ? { erasures: doc.erasures.length } : {}),
};

/**
 * "Keep" decisions from the retention list ("retention.json"): a few, read on open for the
 * Privacy page. Apart from the records, so keeping something never changes a record's schema.
 */
const retentionDoc = z.object({ schemaVersion: z.literal(1), kept: z.array(keepDecisionSchema) });
export type RetentionDoc = z.infer<typeof retentionDoc>;
export const retentionKind: DocumentKind<RetentionDoc> = {
  name: 'retention',
  partitioned: false,
  version: 1,
  schema: retentionDoc,
  migrations: [retentionV0ToV1],
  empty: () => ({ schemaVersion: 1, kept: [] }),
  count: (doc): Record<string, number> => (doc.kept.length > 0 ? { 'retention decisions': doc.kept.length } : {}),
};

/**
 * Data versions in the last release whose commits carry no version stamp (before the store's
 * `sv`, Dec 2026). Frozen: a journal it left behind after a crash is read at these versions when
 * the folder's manifest cannot say. Never edit; a kind added since then is never unstamped.
 */
export const VERSIONS_BEFORE_STAMPS: Readonly<Record<string, number>> = Object.freeze({
  settings: 1,
  volunteers: 1,
  audit: 1,
  members: 1,
  referrals: 1,
  groups: 1,
  sessions: 1,
  grants: 2,
  newsletters: 1,
  compliance: 1,
  programmes: 1,
  'programme-sessions': 1,
  'travel-trips': 1,
  'outcome-completions': 1,
  tombstones: 1,
});

export const APP_KINDS: readonly AnyDocumentKind[] = [
  settingsKind,
  volunteersKind,
  membersKind,
  referralsKind,
  groupsKind,
  sessionsKind,
  auditKind,
  newslettersKind,
  grantsKind,
  complianceKind,
  programmesKind,
  programmeSessionsKind,
  travelTripsKind,
  outcomeCompletionsKind,
  breachesKind,
  subjectAccessKind,
  erasuresKind,
  retentionKind,
];

/**
 * The lists handlers write, record by record, through store.transaction(). Names label
 * records in the journal, tombstones and the change feed: never rename one once released.
 */
export const settingsValue = defineSingleton(settingsKind, 'settings');
export const volunteerRecords = defineCollection(volunteersKind, 'volunteers');
export const memberRecords = defineCollection(membersKind, 'members');
export const referralRecords = defineCollection(referralsKind, 'referrals');
export const venueRecords = defineCollection(groupsKind, 'venues');
export const groupRecords = defineCollection(groupsKind, 'groups');
export const sessionRecords = defineCollection(sessionsKind, 'sessions', { partitionOf: (s) => s.date.slice(0, 4) });
/** Audit entries go in the local calendar year they were made, as the coordinator reads it. */
export const auditRecords = defineCollection(auditKind, 'entries', { name: 'audit', partitionOf: (e) => String(new Date(e.at).getFullYear()) });
export const newsletterRecords = defineCollection(newslettersKind, 'issues', { name: 'newsletters', partitionOf: issuePartition });
export const grantRecords = defineCollection(grantsKind, 'grants');
export const sentLogoRecords = defineCollection(grantsKind, 'sentLogos');
export const dbsCheckRecords = defineCollection(complianceKind, 'dbsChecks');
export const trainingRecords = defineCollection(complianceKind, 'training');
export const supervisionRecords = defineCollection(complianceKind, 'supervision');
export const manualHoursRecords = defineCollection(complianceKind, 'hours');
export const expenseRecords = defineCollection(complianceKind, 'expenses');
export const activationOverrideRecords = defineCollection(complianceKind, 'activationOverrides');
export const programmeRecords = defineCollection(programmesKind, 'programmes');
export const programmeSessionRecords = defineCollection(programmeSessionsKind, 'sessions', { name: 'programme-sessions', partitionOf: (s) => s.date.slice(0, 4) });
export const travelTripRecords = defineCollection(travelTripsKind, 'trips', { name: 'travel-trips' });
export const completionRecords = defineCollection(outcomeCompletionsKind, 'completions', { name: 'outcome-completions', partitionOf: completionPartition });
export const breachRecords = defineCollection(breachesKind, 'breaches');
export const erasureRecords = defineCollection(erasuresKind, 'erasures');
export const subjectAccessRecords = defineCollection(subjectAccessKind, 'requests', { name: 'subject-access' });
export const keepDecisionRecords = defineCollection(retentionKind, 'kept', { name: 'retention-kept' });

/** What is kept about a volunteer beside their record: it goes when they are deleted. */
export const VOLUNTEER_RECORD_LISTS = [dbsCheckRecords, trainingRecords, supervisionRecords, manualHoursRecords, expenseRecords, activationOverrideRecords] as const;

export const APP_COLLECTIONS: readonly AnyTarget[] = [
  settingsValue,
  volunteerRecords,
  memberRecords,
  referralRecords,
  venueRecords,
  groupRecords,
  sessionRecords,
  auditRecords,
  newsletterRecords,
  grantRecords,
  sentLogoRecords,
  dbsCheckRecords,
  trainingRecords,
  supervisionRecords,
  manualHoursRecords,
  expenseRecords,
  activationOverrideRecords,
  programmeRecords,
  programmeSessionRecords,
  travelTripRecords,
  completionRecords,
  breachRecords,
  subjectAccessRecords,
  erasureRecords,
  keepDecisionRecords,
];
