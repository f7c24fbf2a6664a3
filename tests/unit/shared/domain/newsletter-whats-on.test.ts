import { describe, expect, it } from 'vitest';
import type { Group, Schedule } from '../../../../shared/domain/groups';
import { parseMarkup, plainText } from '../../../../shared/domain/newsletter-markup';
import { datesInWords, escapeMarkup, monthInWords, monthRange, whatsOnFor } from '../../../../shared/domain/newsletter-whats-on';
import { scheduledSessionId, type SessionRecord } from '../../../../shared/domain/sessions';
import type { Venue } from '../../../../shared/domain/venues';

function group(id: string, name: string, schedule: Partial<Schedule> = {}, overrides: Partial<Group> = {}): Group {
  return {
    id,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    name,
    kind: 'peer-group',
    venueId: 'ven-soar',
    schedule: { frequency: 'weekly', weekday: 'tue', startTime: '10:30', endTime: '12:00', startDate: '2026-01-06', skipDates: [], skipBankHolidays: true, ...schedule },
    facilitatorIds: [],
    eligibility: {},
    roster: [],
    waitingList: [],
    archived: false,
    ...overrides,
  };
}

const soar: Venue = {
  id: 'ven-soar',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  name: 'Canolfan Soar',
  address: { line1: 'Pontmorlais West', town: 'Merthyr Tudful', postcode: 'CF47 8UB' },
  access: { stepFree: 'yes', hearingLoop: 'yes', accessibleToilet: 'yes', parking: 'no' },
  contact: {},
};

function session(groupId: string, date: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return { id: scheduledSessionId(groupId, date), groupId, date, startTime: '10:30', endTime: '12:00', oneOff: false, updatedAt: '2026-11-01T09:00:00.000Z', ...overrides };
}

describe('months and dates in words', () => {
  it('knows the first and last day of a month, leap years too', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthInWords('2026-12')).toBe('December 2026');
  });

  it('says the dates the way a person would', () => {
    expect(datesInWords(['2026-12-01', '2026-12-08', '2026-12-15'])).toBe('Tuesdays 1, 8 and 15 December');
    expect(datesInWords(['2026-12-08'])).toBe('Tuesday 8 December');
    expect(datesInWords(['2026-12-07', '2026-12-10'])).toBe('Monday 7 and Thursday 10 December');
    expect(datesInWords([])).toBe('');
  });

  it('keeps names with stars and brackets from turning into formatting', () => {
    const name = 'Men*s Shed [Cwm] - 2';
    expect(escapeMarkup(name)).toBe('Men\\*s Shed \\[Cwm\\] - 2');
    expect(plainText(escapeMarkup(name))).toBe(name);
    expect(plainText(escapeMarkup('- Not a bullet'))).toBe('- Not a bullet');
  });
});

describe("what's on in December 2026", () => {
  const tuesday = group('grp-tue', 'Tuesday Talk Merthyr');
  const monthly = group('grp-month', 'Helping One Another', { frequency: 'monthly', weekOfMonth: 'second', weekday: 'tue', startTime: '13:30', endTime: '15:30' });
  const online = group('grp-online', 'Wednesday Online Check-in', { weekday: 'wed', startTime: '19:00', endTime: '20:30' }, { kind: 'online', venueId: undefined, onlineDetails: 'Zoom link sent the day before' });
  const christmasFriday = group('grp-fri', 'Friday Craft Club', { weekday: 'fri', startTime: '14:00', endTime: '16:00' }, { kind: 'social' });
  const archived = group('grp-old', 'Old Monday Group', { weekday: 'mon' }, { archived: true });
  const notYet = group('grp-new', 'New Year Walking Group', { weekday: 'sat', startDate: '2027-01-02' });
  const ended = group('grp-ended', 'Autumn Course', { weekday: 'thu', endDate: '2026-11-26' }, { kind: 'course' });
  const stored = [
    session('grp-tue', '2026-12-22', { cancelled: { reason: 'Venue closed', at: '2026-11-20T10:00:00.000Z' } }),
    session('grp-tue', '2026-12-15', { startTime: '11:00', endTime: '12:30' }),
  ];
  const result = whatsOnFor('2026-12', [archived, online, christmasFriday, monthly, tuesday, notYet, ended], [soar], stored);

  it('heads the section with the month', () => {
    expect(result.heading).toBe("What's on in December 2026");
  });

  it('lists only the groups meeting that month, in the order they first meet', () => {
    expect(result.entries.map((e) => e.name)).toEqual(['Tuesday Talk Merthyr', 'Wednesday Online Check-in', 'Friday Craft Club', 'Helping One Another']);
  });

  it('gives each group its kind, when it meets in words, the dates and where', () => {
    const text = plainText(result.body);
    expect(text).toContain(
      [
        'Helping One Another (Peer group)',
        'Every 2nd Tuesday of the month, 13:30–15:30',
        'Tuesday 8 December',
        'Canolfan Soar, Pontmorlais West, Merthyr Tudful, CF47 8UB',
      ].join('\n'),
    );
    expect(text).toContain(['Wednesday Online Check-in (Online group)', 'Every Wednesday, 19:00–20:30, not on bank holidays', 'Wednesdays 2, 9, 16, 23 and 30 December', 'Online'].join('\n'));
  });

  it('says when a group does not meet: cancelled sessions and bank holidays, with the holiday named', () => {
    const tue = result.entries.find((e) => e.groupId === 'grp-tue')!;
    expect(tue.dates).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-29']);
    expect(plainText(result.body)).toContain('No meeting on Tuesday 22 December');
    const fri = result.entries.find((e) => e.groupId === 'grp-fri')!;
    expect(fri.dates).toEqual(['2026-12-04', '2026-12-11', '2026-12-18']);
    expect(plainText(result.body)).toContain('No meeting on Friday 25 December (Christmas Day)');
  });

  it('points out a meeting at a different time from usual', () => {
    expect(plainText(result.body)).toContain('Note the time: 11:00–12:30 on Tuesday 15 December');
  });

  it('makes each group a paragraph with its name in bold, ready to edit', () => {
    const blocks = parseMarkup(result.body);
    expect(blocks).toHaveLength(4);
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
    const first = blocks[0]!.type === 'paragraph' ? blocks[0]!.children : [];
    expect(first.slice(0, 3)).toEqual([{ type: 'strong', children: [{ type: 'text', text: 'Tuesday Talk Merthyr' }] }, { type: 'text', text: ' (Peer group)' }, { type: 'break' }]);
  });

  it('says so when nothing meets', () => {
    const empty = whatsOnFor('2026-12', [archived, notYet], [soar], []);
    expect(empty.entries).toEqual([]);
    expect(empty.body).toBe('No groups meet in December 2026.');
  });

  it('says the venue is to be confirmed when a group has none', () => {
    const noVenue = whatsOnFor('2026-12', [group('grp-x', 'Pop-up Café', {}, { venueId: undefined })], [], []);
    expect(plainText(noVenue.body)).toContain('Venue to be confirmed');
  });
});
