import { describe, expect, it } from 'vitest';
import type { AreaStatus, ComplianceRow } from '../../../../shared/domain/compliance';
import { suggestVolunteers, type MatchCandidate } from '../../../../shared/domain/programme-matching';
import { dayPartOf, kindHasTrips, tripDoneInputSchema, tripExpenseDescription, tripInputSchema, tripSlot } from '../../../../shared/domain/travel-trips';

const OK: AreaStatus = { state: 'ok', text: 'OK' };
const inOrder: ComplianceRow = { volunteerId: 'x', name: 'x', sortName: 'x', roles: [], dbs: OK, training: OK, supervision: OK, actionNow: false };

function candidate(id: string, over: Partial<MatchCandidate> = {}): MatchCandidate {
  const [first, last] = id.split(' ');
  return { id, name: id, sortName: `${last} ${first}`, interests: [], languages: [], availability: [], caseload: 0, compliance: inOrder, ...over };
}

describe('the time of the week a trip needs', () => {
  it('is the weekday and part of day of the pick-up: morning before 12:00, afternoon to 16:59, evening from 17:00', () => {
    expect([dayPartOf('00:00'), dayPartOf('11:59'), dayPartOf('12:00'), dayPartOf('16:59'), dayPartOf('17:00'), dayPartOf('23:59')]).toEqual(['morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
    // Tuesday 24 November 2026; Sunday 29 November 2026.
    expect(tripSlot('2026-11-24', '09:30')).toBe('tue-morning');
    expect(tripSlot('2026-11-29', '18:15')).toBe('sun-evening');
    expect(tripSlot('2026-02-30', '09:30')).toBeUndefined();
  });
});

describe('Find a buddy (suggestVolunteers with a time the work needs)', () => {
  const member = { interests: ['chess'], availability: ['mon-morning'] };
  const fixture = [
    candidate('Ann Able', { availability: ['tue-morning'], interests: ['chess'] }),
    candidate('Bob Bell', { availability: ['tue-afternoon', 'mon-morning'], interests: ['chess'] }),
    candidate('Cat Cole', { availability: ['tue-morning'], caseload: 2, caseloadLimit: 2, supportsMember: true }),
    candidate('Dan Dale', { availability: ['tue-morning'], caseload: 2 }),
    candidate('Eve Eyre', { availability: ['tue-morning'] }),
  ];

  it("leaves out whoever is not free then, with why; the member's own volunteer has room and comes first", () => {
    const result = suggestVolunteers(member, fixture, { slot: 'tue-morning' });
    expect(result.suggested.map((s) => [s.volunteer.name, s.score, s.reasons])).toEqual([
      ['Cat Cole', 0, ['Their volunteer now', 'Free on Tuesday mornings', 'Supporting 2 of 2']],
      ['Ann Able', 3, ['Free on Tuesday mornings', 'Shares: chess', 'Supporting 0 of 2']],
      ['Eve Eyre', 0, ['Free on Tuesday mornings', 'Supporting 0 of 2']],
    ]);
    expect(result.leftOut.map((l) => [l.volunteer.name, l.why])).toEqual([
      ['Bob Bell', 'Not free on Tuesday mornings'],
      ['Dan Dale', 'Full: 2 of 2'],
    ]);
  });

  it('without a time asks nothing about it, as "Suggest volunteers" always has', () => {
    const result = suggestVolunteers(member, fixture);
    expect(result.suggested.map((s) => s.volunteer.name)).toEqual(['Cat Cole', 'Bob Bell', 'Ann Able', 'Eve Eyre']);
    expect(result.suggested[1]!.reasons).toEqual(['Shares: chess', 'Both free: Monday morning', 'Supporting 0 of 2']);
  });
});

describe('trip input', () => {
  const base = { date: '2026-11-24', time: '09:30', appointmentPlace: 'Sutton Hospital', pickUpAddress: '1 High St', returnJourney: false };

  it('takes 24-hour hh:mm (9:30 becomes 09:30) and says how to type anything else', () => {
    expect(tripInputSchema.parse({ ...base, time: '9:30' }).time).toBe('09:30');
    expect(tripInputSchema.parse({ ...base, time: ' 23:59 ' }).time).toBe('23:59');
    for (const bad of ['9.30', '24:00', '12:60', '0930', '9am']) expect(tripInputSchema.safeParse({ ...base, time: bad }).error?.issues[0]?.message).toBe('Enter the time as hh:mm (24-hour), like 09:30 or 14:15');
  });

  it('keeps text as typed (Welsh, emoji), drops blank access notes, and needs a place and an address', () => {
    const parsed = tripInputSchema.parse({ ...base, appointmentPlace: '  Ysbyty Gwynedd 🏥 ', accessNotes: '  ' });
    expect(parsed.appointmentPlace).toBe('Ysbyty Gwynedd 🏥');
    expect(parsed.accessNotes).toBeUndefined();
    const missing = tripInputSchema.safeParse({ ...base, appointmentPlace: '', pickUpAddress: '' }).error?.issues.map((i) => i.message);
    expect(missing).toEqual(['Enter where the appointment is', 'Enter the pick-up address']);
  });

  it('marks done with whole minutes from 1 to 720 and miles, if any, from 0.1 to 5,000', () => {
    expect(tripDoneInputSchema.parse({ minutes: 90 })).toEqual({ minutes: 90 });
    expect(tripDoneInputSchema.safeParse({ minutes: 90.5 }).error?.issues[0]?.message).toBe('Enter whole minutes');
    expect(tripDoneInputSchema.safeParse({ minutes: 60, miles: 0 }).error?.issues[0]?.message).toBe('Enter the miles driven, or leave it blank');
  });
});

describe('trip rules', () => {
  it('the seeded Travel buddy kind has trips unless told otherwise; other kinds when ticked', () => {
    expect(kindHasTrips({ id: 'travel-buddy' })).toBe(true);
    expect(kindHasTrips({ id: 'travel-buddy', trips: false })).toBe(false);
    expect(kindHasTrips({ id: 'hospital-escort' })).toBe(false);
    expect(kindHasTrips({ id: 'hospital-escort', trips: true })).toBe(true);
  });

  it("names the mileage line for the place, kept to the expense's 200 characters", () => {
    expect(tripExpenseDescription('St Helier Hospital')).toBe('Travel buddy trip to St Helier Hospital');
    expect(tripExpenseDescription('x'.repeat(200))).toHaveLength(200);
  });
});
