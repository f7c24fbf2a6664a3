import { describe, expect, it } from 'vitest';
import { programmeVolunteerTime, type OneToOneSession } from '../../../../shared/domain/report-hours';
import { summariseHours } from '../../../../shared/domain/volunteer-hours';

/** Volunteer time from the one-to-one session log: attended sessions only, for the volunteer who met the member. */

const kinds = new Map([
  ['p-coach', { id: 'peer-coaching', countsForHours: true }],
  ['p-buddy', { id: 'travel-buddy', countsForHours: true }],
  ['p-chat', { id: 'friendly-chat', countsForHours: false }],
]);

const s = (programmeId: string, date: string, extra: Partial<OneToOneSession> = {}): OneToOneSession => ({ programmeId, volunteerId: 'v-ana', date, minutes: 60, outcome: 'attended', ...extra });

describe('programmeVolunteerTime', () => {
  it('counts attended sessions only: cancelled and did-not-attend give no hours', () => {
    const time = programmeVolunteerTime(
      [
        s('p-coach', '2026-09-07'),
        s('p-coach', '2026-09-14', { outcome: 'did-not-attend' }),
        s('p-coach', '2026-09-21', { outcome: 'cancelled-by-member' }),
        s('p-coach', '2026-09-28', { outcome: 'cancelled-by-volunteer' }),
        s('p-coach', '2026-10-05', { minutes: 45 }),
      ],
      kinds,
      0,
    );
    expect(time).toEqual([
      { volunteerId: 'v-ana', date: '2026-09-07', minutes: 60, kind: 'one-to-one', programmeKindId: 'peer-coaching' },
      { volunteerId: 'v-ana', date: '2026-10-05', minutes: 45, kind: 'one-to-one', programmeKindId: 'peer-coaching' },
    ]);
  });

  it('adds the travel time to each attended session, as its own kind, and none when it is 0', () => {
    const sessions = [s('p-buddy', '2026-09-07', { minutes: 120 }), s('p-buddy', '2026-09-14', { outcome: 'did-not-attend' }), s('p-coach', '2026-09-15')];
    const time = programmeVolunteerTime(sessions, kinds, 20);
    expect(time.map((e) => [e.date, e.kind, e.minutes, e.programmeKindId])).toEqual([
      ['2026-09-07', 'one-to-one', 120, 'travel-buddy'],
      ['2026-09-07', 'one-to-one-travel', 20, 'travel-buddy'],
      ['2026-09-15', 'one-to-one', 60, 'peer-coaching'],
      ['2026-09-15', 'one-to-one-travel', 20, 'peer-coaching'],
    ]);
    expect(programmeVolunteerTime(sessions, kinds, 0).some((e) => e.kind === 'one-to-one-travel')).toBe(false);
  });

  it('gives nothing for a kind that does not count for hours, a programme it cannot find, or a session with no volunteer', () => {
    const time = programmeVolunteerTime([s('p-chat', '2026-09-07'), s('p-gone', '2026-09-07'), s('p-coach', '2026-09-07', { volunteerId: undefined })], kinds, 30);
    expect(time).toEqual([]);
  });

  it('gives each volunteer their own sessions when the volunteer changed mid-programme', () => {
    const sessions = [
      s('p-coach', '2026-09-07'),
      s('p-coach', '2026-09-14'),
      // Ana stepped back; Ben took over from the third session.
      s('p-coach', '2026-09-21', { volunteerId: 'v-ben' }),
      s('p-coach', '2026-09-28', { volunteerId: 'v-ben', minutes: 90 }),
      s('p-coach', '2026-10-05', { volunteerId: 'v-ben', outcome: 'did-not-attend' }),
    ];
    const time = programmeVolunteerTime(sessions, kinds, 15);
    const minutesOf = (volunteerId: string) => time.filter((e) => e.volunteerId === volunteerId).reduce((sum, e) => sum + e.minutes, 0);
    expect(minutesOf('v-ana')).toBe(2 * (60 + 15));
    expect(minutesOf('v-ben')).toBe(60 + 15 + 90 + 15);
  });

  it('totals with the other kinds of time by month and year on the Hours tab', () => {
    const time = programmeVolunteerTime([s('p-coach', '2025-12-01'), s('p-coach', '2026-01-05')], kinds, 30);
    const summary = summariseHours([...time, { volunteerId: 'v-ana', date: '2026-01-10', minutes: 120, kind: 'manual' }], [], 'rate');
    expect(summary.byKind).toEqual({ 'one-to-one': 120, 'one-to-one-travel': 60, manual: 120 });
    expect(summary.byYear.map((y) => [y.period, y.minutes, y.byKind])).toEqual([
      ['2026', 210, { 'one-to-one': 60, 'one-to-one-travel': 30, manual: 120 }],
      ['2025', 90, { 'one-to-one': 60, 'one-to-one-travel': 30 }],
    ]);
    expect(summary.byMonth.map((m) => [m.period, m.minutes])).toEqual([
      ['2026-01', 210],
      ['2025-12', 90],
    ]);
  });
});
