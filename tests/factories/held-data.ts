import type { AuditEntry } from '../../shared/domain/audit';
import { emptyComplianceRecords } from '../../shared/domain/compliance-records';
import type { Grant } from '../../shared/domain/grants';
import type { Group } from '../../shared/domain/groups';
import type { HeldDataSources } from '../../shared/domain/held-data';
import type { NewsletterIssue } from '../../shared/domain/newsletters';
import type { Completion } from '../../shared/domain/outcome-completions';
import type { Programme, ProgrammeSession } from '../../shared/domain/programmes';
import type { Referral } from '../../shared/domain/referrals';
import type { SessionRecord } from '../../shared/domain/sessions';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import type { TravelTrip } from '../../shared/domain/travel-trips';

/**
 * Stored records of every kind the "what do we hold about this person" gatherer reads, each
 * valid with nothing overridden; tests override what they are about.
 */

let counter = 0;
const next = (prefix: string) => `${prefix}-${(counter += 1)}`;
const AT = '2026-01-10T09:00:00.000Z';

export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: next('grp'),
    createdAt: AT,
    updatedAt: AT,
    name: 'Tuesday Walk',
    kind: 'peer-group',
    schedule: { frequency: 'weekly', weekday: 'tue', startTime: '10:00', endTime: '11:30', startDate: '2026-01-06', skipDates: [], skipBankHolidays: true },
    facilitatorIds: [],
    eligibility: {},
    roster: [],
    waitingList: [],
    archived: false,
    ...overrides,
  };
}

export function makeSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return { id: next('ses'), groupId: 'grp-x', date: '2026-02-03', startTime: '10:00', endTime: '11:30', oneOff: false, updatedAt: AT, ...overrides };
}

export function makeReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: next('ref'),
    createdAt: AT,
    updatedAt: AT,
    receivedDate: '2026-01-02',
    source: 'gp',
    referrer: { name: 'Dr Patel' },
    person: { firstName: 'Test', lastName: 'Referred' },
    targetWaitDays: 35,
    outcome: 'open',
    ...overrides,
  };
}

export function makeProgramme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: next('prog'),
    createdAt: AT,
    updatedAt: AT,
    memberId: 'mem-x',
    kindId: 'peer-coaching',
    startDate: '2026-01-12',
    status: 'active',
    statusHistory: [{ status: 'active', date: '2026-01-12', at: AT }],
    matches: [],
    plannedSessions: 6,
    extensions: [],
    goals: [],
    ...overrides,
  };
}

export function makeProgrammeSession(overrides: Partial<ProgrammeSession> = {}): ProgrammeSession {
  return { id: next('psess'), createdAt: AT, updatedAt: AT, programmeId: 'prog-x', date: '2026-01-19', minutes: 60, mode: 'in-person', outcome: 'attended', ...overrides };
}

export function makeTrip(overrides: Partial<TravelTrip> = {}): TravelTrip {
  return { id: next('trip'), createdAt: AT, updatedAt: AT, programmeId: 'prog-x', date: '2026-02-10', time: '09:30', appointmentPlace: 'Sutton Hospital', pickUpAddress: '1 High Street', returnJourney: true, status: 'requested', ...overrides };
}

export function makeCompletion(overrides: Partial<Completion> = {}): Completion {
  return { id: next('comp'), createdAt: AT, updatedAt: AT, memberId: 'mem-x', measureId: 'ucla-3', date: '2026-01-19', given: 'paper', answers: {}, ...overrides };
}

export function makeIssue(overrides: Partial<NewsletterIssue> = {}): NewsletterIssue {
  return { id: next('issue'), createdAt: AT, updatedAt: AT, title: 'Spring news', date: '2026-03-01', status: 'draft', sections: [], ...overrides };
}

export function makeGrant(overrides: Partial<Grant> = {}): Grant {
  return {
    id: next('grant'),
    createdAt: AT,
    updatedAt: AT,
    funder: 'Lottery',
    name: 'Connected Communities',
    amountPence: 1_000_000,
    startDate: '2025-04-01',
    endDate: '2027-03-31',
    frequency: 'yearly',
    groupIds: [],
    referralScope: 'all',
    targets: {},
    outcomes: [],
    ageBands: [],
    caseStudies: [],
    reports: [],
    ...overrides,
  };
}

export function makeAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return { id: next('audit'), at: AT, actor: 'Sam Lead', action: 'update', entity: 'member', summary: 'Changed Email', ...overrides };
}

/** Sources holding nothing; spread in the lists a test needs. */
export function emptySources(overrides: Partial<HeldDataSources> = {}): HeldDataSources {
  return {
    members: [],
    volunteers: [],
    referrals: [],
    groups: [],
    sessions: [],
    programmes: [],
    programmeSessions: [],
    trips: [],
    completions: [],
    compliance: emptyComplianceRecords(),
    newsletters: [],
    grants: [],
    audit: [],
    settings: { programmeKinds: DEFAULT_SETTINGS.programmeKinds, customScales: [], trainingCourses: DEFAULT_SETTINGS.trainingCourses },
    ...overrides,
  };
}
