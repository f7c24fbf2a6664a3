import { describe, expect, it } from 'vitest';
import { registerWanted, sessionStatus, sessionsForGroup, type GroupSession } from '../../../../shared/domain/group-sessions';
import type { Group, Schedule } from '../../../../shared/domain/groups';
import { scheduledSessionId, type Register, type SessionRecord } from '../../../../shared/domain/sessions';

function group(schedule: Partial<Schedule> = {}, id = 'grp-1'): Group {
  return {
    id,
    createdAt: '2024-12-01T09:00:00.000Z',
    updatedAt: '2024-12-01T09:00:00.000Z',
    name: 'Tuesday Peer Group',
    kind: 'peer-group',
    schedule: {
      frequency: 'weekly',
      weekday: 'tue',
      startTime: '10:30',
      endTime: '12:00',
      startDate: '2025-01-07',
      skipDates: [],
      skipBankHolidays: true,
      ...schedule,
    },
    facilitatorIds: [],
    eligibility: {},
    roster: [],
    waitingList: [],
    archived: false,
  };
}

const register: Register = {
  takenAt: '2025-01-14T13:00:00.000Z',
  marks: { 'mem-1': 'present', 'mem-2': 'apologies' },
  walkIns: [],
  anonymousCount: 1,
  facilitatorsPresent: ['vol-1'],
};

function record(date: string, overrides: Partial<SessionRecord> = {}, groupId = 'grp-1'): SessionRecord {
  return {
    id: scheduledSessionId(groupId, date),
    groupId,
    date,
    startTime: '10:30',
    endTime: '12:00',
    oneOff: false,
    updatedAt: '2025-01-14T13:00:00.000Z',
    ...overrides,
  };
}

const dates = (sessions: GroupSession[]): string[] => sessions.map((s) => s.date);

describe('sessions for a group', () => {
  it('lists the scheduled meetings when nothing is stored', () => {
    const sessions = sessionsForGroup(group(), [], '2025-01-01', '2025-01-31');
    expect(dates(sessions)).toEqual(['2025-01-07', '2025-01-14', '2025-01-21', '2025-01-28']);
    expect(sessions[0]).toEqual({
      id: 'grp-1--2025-01-07',
      groupId: 'grp-1',
      date: '2025-01-07',
      startTime: '10:30',
      endTime: '12:00',
      oneOff: false,
      scheduled: true,
      stored: false,
    });
  });

  it('uses what is stored for a scheduled meeting: register, cancellation, changed times', () => {
    const stored = [
      record('2025-01-14', { register }),
      record('2025-01-21', { cancelled: { reason: 'Venue closed', at: '2025-01-20T09:00:00.000Z' } }),
      record('2025-01-28', { startTime: '11:00', endTime: '12:30' }),
    ];
    const sessions = sessionsForGroup(group(), stored, '2025-01-01', '2025-01-31');
    expect(sessions).toHaveLength(4);
    const [first, second, third, fourth] = sessions;
    expect(first?.stored).toBe(false);
    expect(second).toMatchObject({ date: '2025-01-14', scheduled: true, stored: true, register });
    expect(third).toMatchObject({ date: '2025-01-21', scheduled: true, stored: true, cancelled: { reason: 'Venue closed' } });
    expect(fourth).toMatchObject({ date: '2025-01-28', startTime: '11:00', endTime: '12:30', scheduled: true, stored: true });
  });

  it('adds one-offs in range, in date and time order', () => {
    const stored = [
      record('', { id: 'one-a', date: '2025-01-14', oneOff: true, startTime: '18:00', endTime: '20:00' }),
      record('', { id: 'one-b', date: '2025-01-16', oneOff: true }),
      record('', { id: 'one-c', date: '2025-02-16', oneOff: true }),
      record('', { id: 'one-d', date: '2025-01-14', oneOff: true, startTime: '09:00', endTime: '10:00' }),
    ];
    const sessions = sessionsForGroup(group(), stored, '2025-01-07', '2025-01-21');
    expect(sessions.map((s) => [s.date, s.startTime, s.id, s.oneOff, s.scheduled])).toEqual([
      ['2025-01-07', '10:30', 'grp-1--2025-01-07', false, true],
      ['2025-01-14', '09:00', 'one-d', true, false],
      ['2025-01-14', '10:30', 'grp-1--2025-01-14', false, true],
      ['2025-01-14', '18:00', 'one-a', true, false],
      ['2025-01-16', '10:30', 'one-b', true, false],
      ['2025-01-21', '10:30', 'grp-1--2025-01-21', false, true],
    ]);
  });

  it('keeps registered meetings from before the schedule changed, and drops stale cancellations', () => {
    const stored = [
      record('2025-01-07', { register }),
      record('2025-01-14', { register }),
      record('2025-01-21', { cancelled: { reason: 'Snow', at: '2025-01-20T08:00:00.000Z' } }),
      record('2025-01-28'),
    ];
    // From 2025-01-20 the group meets on Thursdays; its start date moved with it.
    const moved = group({ weekday: 'thu', startDate: '2025-01-20' });
    const sessions = sessionsForGroup(moved, stored, '2025-01-01', '2025-02-07');
    expect(sessions.map((s) => [s.date, s.scheduled, s.stored])).toEqual([
      ['2025-01-07', false, true],
      ['2025-01-14', false, true],
      ['2025-01-23', true, false],
      ['2025-01-30', true, false],
      ['2025-02-06', true, false],
    ]);
    expect(sessions[0]?.register).toEqual(register);
  });

  it('keeps a registered meeting held on a day the group now skips', () => {
    const g = group({ weekday: 'mon', startDate: '2025-01-06', skipDates: ['2025-03-10'] });
    const stored = [record('2025-03-10', { register }), record('2025-03-17', { register })];
    const sessions = sessionsForGroup(g, stored, '2025-03-01', '2025-03-31');
    expect(sessions.map((s) => [s.date, s.scheduled, s.stored])).toEqual([
      ['2025-03-03', true, false],
      ['2025-03-10', false, true],
      ['2025-03-17', true, true],
      ['2025-03-24', true, false],
      ['2025-03-31', true, false],
    ]);
  });

  it('leaves out bank holidays unless a one-off is added for one', () => {
    const mondays = group({ weekday: 'mon', startDate: '2025-01-06' });
    expect(dates(sessionsForGroup(mondays, [], '2025-04-14', '2025-05-12'))).toEqual(['2025-04-14', '2025-04-28', '2025-05-12']);
    const stored = [record('', { id: 'easter-social', date: '2025-04-21', oneOff: true, startTime: '12:00', endTime: '15:00' })];
    const sessions = sessionsForGroup(mondays, stored, '2025-04-14', '2025-05-12');
    expect(sessions.map((s) => [s.date, s.oneOff])).toEqual([
      ['2025-04-14', false],
      ['2025-04-21', true],
      ['2025-04-28', false],
      ['2025-05-12', false],
    ]);
  });

  it('stops at the end date but keeps registers after it', () => {
    const ended = group({ endDate: '2025-01-21' });
    const stored = [record('2025-01-28', { register }), record('2025-02-04', { cancelled: { reason: 'Group ended', at: '2025-01-22T10:00:00.000Z' } })];
    const sessions = sessionsForGroup(ended, stored, '2025-01-01', '2025-02-28');
    expect(sessions.map((s) => [s.date, s.scheduled])).toEqual([
      ['2025-01-07', true],
      ['2025-01-14', true],
      ['2025-01-21', true],
      ['2025-01-28', false],
    ]);
  });

  it('shows a scheduled meeting moved to another day once, on its new day', () => {
    const stored = [record('2025-01-14', { date: '2025-01-15' })];
    const sessions = sessionsForGroup(group(), stored, '2025-01-01', '2025-01-31');
    expect(sessions.map((s) => [s.id, s.date, s.scheduled, s.stored])).toEqual([
      ['grp-1--2025-01-07', '2025-01-07', true, false],
      ['grp-1--2025-01-14', '2025-01-15', true, true],
      ['grp-1--2025-01-21', '2025-01-21', true, false],
      ['grp-1--2025-01-28', '2025-01-28', true, false],
    ]);
    // Moved out of the range: its slot is not shown either.
    const later = [record('2025-01-28', { date: '2025-02-03' })];
    expect(dates(sessionsForGroup(group(), later, '2025-01-01', '2025-01-31'))).toEqual(['2025-01-07', '2025-01-14', '2025-01-21']);
    expect(dates(sessionsForGroup(group(), later, '2025-02-01', '2025-02-05'))).toEqual(['2025-02-03', '2025-02-04']);
  });

  it('ignores other groups’ sessions', () => {
    const stored = [record('2025-01-14', { register }, 'grp-2'), record('', { id: 'x', date: '2025-01-15', oneOff: true, groupId: 'grp-2' })];
    const sessions = sessionsForGroup(group(), stored, '2025-01-01', '2025-01-31');
    expect(sessions.every((s) => s.groupId === 'grp-1' && !s.stored)).toBe(true);
    expect(sessions).toHaveLength(4);
  });

  it('works across a month end, a leap day and the clocks changing', () => {
    const lastThursday = group({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'thu', startDate: '2024-01-01' });
    expect(dates(sessionsForGroup(lastThursday, [], '2024-01-01', '2024-04-30'))).toEqual(['2024-01-25', '2024-02-29', '2024-03-28', '2024-04-25']);
    const sundays = group({ weekday: 'sun', startDate: '2025-01-05' });
    const stored = [record('2025-03-30', { register }), record('2025-10-26', { register })];
    const sessions = sessionsForGroup(sundays, stored, '2025-03-23', '2025-11-02');
    expect(sessions.filter((s) => s.stored).map((s) => [s.date, s.scheduled])).toEqual([
      ['2025-03-30', true],
      ['2025-10-26', true],
    ]);
    expect(sessions).toHaveLength(33);
  });

  it('gives nothing for a backwards range', () => {
    expect(sessionsForGroup(group(), [record('', { id: 'o', date: '2025-01-10', oneOff: true })], '2025-02-01', '2025-01-01')).toEqual([]);
  });

  it('copes with a year of stored sessions for 100 groups quickly', () => {
    const groups = Array.from({ length: 100 }, (_, i) => group({ weekday: (['mon', 'tue', 'wed', 'thu', 'fri'] as const)[i % 5] }, `grp-${i}`));
    const stored = groups.flatMap((g) =>
      sessionsForGroup(g, [], '2025-01-01', '2025-12-31').map((s) => record(s.date, { register }, g.id)),
    );
    const started = performance.now();
    const total = groups.reduce((n, g) => n + sessionsForGroup(g, stored, '2025-01-01', '2025-12-31').length, 0);
    expect(total).toBe(stored.length);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('meetings not recorded', () => {
  const cancelled = { reason: 'Venue closed', at: '2025-01-20T09:00:00.000Z' };

  it('marks every meeting before "Registers start from" as not recorded, and none from that date on', () => {
    const moved = { ...group(), registersFrom: '2025-01-21' };
    const sessions = sessionsForGroup(moved, [], '2025-01-01', '2025-01-31');
    expect(sessions.map((s) => [s.date, s.notRecorded?.why, sessionStatus(s, '2025-01-31')])).toEqual([
      ['2025-01-07', 'before-registers', 'not-recorded'],
      ['2025-01-14', 'before-registers', 'not-recorded'],
      ['2025-01-21', undefined, 'register-due'],
      ['2025-01-28', undefined, 'register-due'],
    ]);
    expect(sessions[0]?.notRecorded).toEqual({ why: 'before-registers', registersFrom: '2025-01-21' });
    expect(sessions[0]?.stored).toBe(false);
  });

  it('lets a register or a cancellation before that date say more: it counts, or it did not meet', () => {
    const moved = { ...group(), registersFrom: '2025-01-21' };
    const stored = [record('2025-01-07', { register }), record('2025-01-14', { cancelled })];
    const [registered, off] = sessionsForGroup(moved, stored, '2025-01-01', '2025-01-15');
    expect(registered?.notRecorded).toBeUndefined();
    expect(sessionStatus(registered!, '2025-01-31')).toBe('register-taken');
    expect(off?.notRecorded).toBeUndefined();
    expect(sessionStatus(off!, '2025-01-31')).toBe('cancelled');
  });

  it('reads a session marked as not recorded from its stored record, with its reason', () => {
    const marked = record('2025-01-14', { notRecorded: { at: '2025-01-20T09:00:00.000Z', reason: 'Register lost' } });
    const [, second, third] = sessionsForGroup(group(), [marked], '2025-01-01', '2025-01-21');
    expect(second?.notRecorded).toEqual({ why: 'marked', at: '2025-01-20T09:00:00.000Z', reason: 'Register lost' });
    expect(sessionStatus(second!, '2025-01-21')).toBe('not-recorded');
    expect(third?.notRecorded).toBeUndefined();
  });

  it('a mark on a date the schedule no longer gives goes with the date, as a cancellation does', () => {
    const marked = record('2025-01-15', { notRecorded: { at: '2025-01-20T09:00:00.000Z' } });
    expect(sessionsForGroup(group(), [marked], '2025-01-01', '2025-01-31').some((s) => s.date === '2025-01-15')).toBe(false);
  });

  it('wants a register only when none is taken, it is not cancelled and not recorded', () => {
    const base = { id: 'grp-1--2025-01-14', groupId: 'grp-1', date: '2025-01-14', startTime: '10:30', endTime: '12:00', oneOff: false, scheduled: true, stored: false };
    expect(registerWanted(base)).toBe(true);
    expect(registerWanted({ ...base, register })).toBe(false);
    expect(registerWanted({ ...base, cancelled })).toBe(false);
    expect(registerWanted({ ...base, notRecorded: { why: 'marked', at: '2025-01-20T09:00:00.000Z' } })).toBe(false);
    expect(registerWanted({ ...base, notRecorded: { why: 'before-registers', registersFrom: '2025-02-01' } })).toBe(false);
  });
});

describe('session status', () => {
  const base: GroupSession = {
    id: 'grp-1--2025-01-14',
    groupId: 'grp-1',
    date: '2025-01-14',
    startTime: '10:30',
    endTime: '12:00',
    oneOff: false,
    scheduled: true,
    stored: false,
  };

  it('is upcoming before the day and register due from the day itself', () => {
    expect(sessionStatus(base, '2025-01-13')).toBe('upcoming');
    expect(sessionStatus(base, '2025-01-14')).toBe('register-due');
    expect(sessionStatus(base, '2025-03-01')).toBe('register-due');
  });

  it('is register taken once there is one, and cancelled above all', () => {
    expect(sessionStatus({ ...base, stored: true, register }, '2025-01-14')).toBe('register-taken');
    const cancelled = { ...base, stored: true, cancelled: { reason: 'Facilitator ill', at: '2025-01-13T18:00:00.000Z' } };
    expect(sessionStatus(cancelled, '2025-01-13')).toBe('cancelled');
    expect(sessionStatus(cancelled, '2025-02-01')).toBe('cancelled');
  });

  it('is not recorded once past, when marked so, and a register taken after all wins', () => {
    const notRecorded = { ...base, notRecorded: { why: 'marked' as const, at: '2025-01-14T18:00:00.000Z' } };
    expect(sessionStatus(notRecorded, '2025-01-14')).toBe('not-recorded');
    expect(sessionStatus(notRecorded, '2025-01-13')).toBe('upcoming');
    expect(sessionStatus({ ...notRecorded, register }, '2025-01-20')).toBe('register-taken');
  });
});
