import type { ProgrammeDetail, ProgrammeList, ProgrammeRow, Suggestions } from '../../../../../shared/contracts/programmes';
import { DEFAULT_PROGRAMME_KINDS, type ProgrammeSession } from '../../../../../shared/domain/programmes';

/** What the programmes API answers in these tests, as the contract types it. */

export const COACHING = DEFAULT_PROGRAMME_KINDS[0]!;

export function row(overrides: Partial<ProgrammeRow> & Pick<ProgrammeRow, 'id'>): ProgrammeRow {
  return {
    member: { id: `m-${overrides.id}`, name: 'Amira Haddad' },
    kind: { id: COACHING.id, name: COACHING.name },
    status: 'active',
    startDate: '2026-09-01',
    counter: '6 of 10',
    attended: 6,
    plannedSessions: 10,
    lastContact: '2026-11-20',
    daysSinceContact: 17,
    atPlanned: false,
    ...overrides,
  };
}

export function list(rows: ProgrammeRow[]): ProgrammeList {
  return { rows, counts: { open: 5, waiting: 3, noContact: 2 }, noContactDays: 21 };
}

export const ROWS = [
  row({ id: 'p-1', volunteer: { id: 'v-1', name: 'Chidi Okafor' } }),
  row({ id: 'p-2', member: { id: 'm-2', name: 'Bronwen Price' }, status: 'waiting', counter: '0 of 10', attended: 0, lastContact: undefined, daysSinceContact: 12, daysWaiting: 12 }),
];

export function session(id: string, date: string, overrides: Partial<ProgrammeSession> = {}): ProgrammeSession {
  return { id, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, programmeId: 'p-1', volunteerId: 'v-1', date, minutes: 60, mode: 'in-person', outcome: 'attended', ...overrides };
}

export function detail(overrides: Partial<ProgrammeDetail> = {}): ProgrammeDetail {
  const sessions = overrides.sessions ?? [session('s-2', '2026-11-20', { mode: 'phone' }), session('s-1', '2026-11-13')];
  return {
    programme: {
      id: 'p-1',
      createdAt: '2026-09-01T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      memberId: 'm-1',
      kindId: COACHING.id,
      startDate: '2026-09-01',
      status: 'active',
      statusHistory: [],
      matches: [{ volunteerId: 'v-1', from: '2026-09-03' }],
      plannedSessions: 10,
      extensions: [],
      goals: [],
    },
    kind: COACHING,
    member: { id: 'm-1', name: 'Amira Haddad', age: 34 },
    volunteer: { id: 'v-1', name: 'Chidi Okafor' },
    matches: [{ volunteerId: 'v-1', from: '2026-09-03', volunteerName: 'Chidi Okafor' }],
    sessions,
    goals: [],
    counter: '2 of 10',
    attended: 2,
    atPlanned: false,
    warnings: [],
    ...overrides,
  };
}

export const SUGGESTIONS: Suggestions = {
  suggested: [
    { volunteer: { id: 'v-2', name: 'Dorota Nowak' }, score: 9, reasons: ['Shares: gardening, football', 'Speaks: Polish', 'Supporting 1 of 2'], caseload: 1, caseloadLimit: 2 },
    { volunteer: { id: 'v-3', name: 'Ed Jones' }, score: 4, reasons: ['Both free: Monday morning', 'Supporting 0 of 2'], caseload: 0, caseloadLimit: 2 },
  ],
  leftOut: [{ volunteer: { id: 'v-4', name: 'Fay Lamb' }, why: 'DBS overdue since 03/10/2026' }],
};
