import { describe, expect, it } from 'vitest';
import { dueFor, dueLabel, type DueCompletion, type DueSituation } from '../../../../shared/domain/outcome-due';
import type { MeasurePlan } from '../../../../shared/domain/outcome-plans';
import { measurePlanInputSchema, measurePlansInputSchema } from '../../../../shared/domain/outcome-plans';

const TODAY = '2026-11-23'; // a Monday

const plan = (extra: Partial<MeasurePlan> = {}): MeasurePlan => ({ measureId: 'swemwbs', atStart: true, atEnd: true, ...extra });
/** `n` attended sessions, weekly from Tue 01/09/2026. */
const weekly = (n: number): string[] => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2026, 8, 1 + 7 * i)).toISOString().slice(0, 10));
const programme = (attended: number, extra: Partial<DueSituation> = {}): DueSituation => ({ startDate: '2026-09-01', attendedDates: weekly(attended), planned: 10, ended: false, ...extra });
const done = (date: string, stage?: DueCompletion['stage']): DueCompletion => ({ date, createdAt: `${date}T12:00:00.000Z`, ...(stage ? { stage } : {}) });

describe('due at the start', () => {
  it('is due until anything is asked in the programme, and only when the plan asks at the start', () => {
    expect(dueFor(plan(), programme(0), [], TODAY)).toEqual({ reason: 'start' });
    expect(dueFor(plan(), programme(3), [], TODAY)).toEqual({ reason: 'start' });
    expect(dueFor(plan(), programme(3), [done('2026-09-01')], TODAY)).toBeNull();
    expect(dueFor(plan({ atStart: false }), programme(3), [], TODAY)).toBeNull();
  });
});

describe('every N sessions', () => {
  const every5 = plan({ every: { count: 5, unit: 'sessions' } });
  const start = [done('2026-09-01', 'start')];

  it('is due from the session before the 5th (so the form goes to it) until answers dated after the 4th', () => {
    expect(dueFor(every5, programme(3), start, TODAY)).toBeNull();
    expect(dueFor(every5, programme(4), start, TODAY)).toEqual({ reason: 'review', at: 5, unit: 'sessions' });
    expect(dueFor(every5, programme(6), start, TODAY)).toEqual({ reason: 'review', at: 5, unit: 'sessions' });
    // The 4th session was on 22/09: answers that day belong to it, the day after count.
    expect(dueFor(every5, programme(6), [...start, done('2026-09-22')], TODAY)).toEqual({ reason: 'review', at: 5, unit: 'sessions' });
    expect(dueFor(every5, programme(6), [...start, done('2026-09-29')], TODAY)).toBeNull();
  });

  it('leaves the planned last session to the closing questionnaire, and goes on for open-ended programmes', () => {
    const fives = [...start, done('2026-09-29')];
    // 9 of 10 attended: the 10th is the last, so it is "ending", not "session 10".
    expect(dueFor(every5, programme(9), fives, TODAY)).toEqual({ reason: 'end' });
    expect(dueFor(plan({ atEnd: false, every: { count: 5, unit: 'sessions' } }), programme(9), fives, TODAY)).toBeNull();
    expect(dueFor(every5, programme(9, { planned: null }), fives, TODAY)).toEqual({ reason: 'review', at: 10, unit: 'sessions' });
  });
});

describe('every N weeks', () => {
  const every6 = plan({ atEnd: false, every: { count: 6, unit: 'weeks' } });
  const group = (joined: string, extra: Partial<DueSituation> = {}): DueSituation => ({ startDate: joined, attendedDates: [], planned: null, ended: false, ...extra });

  it('is due from a week before the 6th week falls, until answered in that window', () => {
    // Joined 12/10: week 6 falls on 23/11 (today).
    expect(dueFor(every6, group('2026-10-12'), [done('2026-10-12')], TODAY)).toEqual({ reason: 'review', at: 6, unit: 'weeks' });
    // Joined 19/10: week 6 falls on 30/11, a week today (the group's next meeting).
    expect(dueFor(every6, group('2026-10-19'), [done('2026-10-19')], TODAY)).toEqual({ reason: 'review', at: 6, unit: 'weeks' });
    // Joined 20/10: week 6 falls on 01/12, eight days away.
    expect(dueFor(every6, group('2026-10-20'), [done('2026-10-20')], TODAY)).toBeNull();
    // Answered on 16/11, the first day of the window before 23/11.
    expect(dueFor(every6, group('2026-10-12'), [done('2026-10-12'), done('2026-11-16')], TODAY)).toBeNull();
    expect(dueFor(every6, group('2026-10-12'), [done('2026-10-12'), done('2026-11-15')], TODAY)).toEqual({ reason: 'review', at: 6, unit: 'weeks' });
  });

  it('asks a course’s closing questionnaire in its last week instead', () => {
    const course = group('2026-10-12', { endDate: '2026-11-30' });
    expect(dueFor(plan({ every: { count: 6, unit: 'weeks' } }), course, [done('2026-10-12')], TODAY)).toEqual({ reason: 'end' });
    expect(dueFor(plan({ every: { count: 6, unit: 'weeks' } }), course, [done('2026-10-12'), done('2026-11-17')], TODAY)).toBeNull();
  });
});

describe('the closing questionnaire', () => {
  it('is satisfied by answers marked "end", or by any after the baseline from the last session on', () => {
    const ending = programme(9);
    expect(dueFor(plan(), ending, [done('2026-09-01')], TODAY)).toEqual({ reason: 'end' });
    // The 9th session was on 27/10: answers on 28/10 or later are the closing ones.
    expect(dueFor(plan(), ending, [done('2026-09-01'), done('2026-10-27')], TODAY)).toEqual({ reason: 'end' });
    expect(dueFor(plan(), ending, [done('2026-09-01'), done('2026-10-28')], TODAY)).toBeNull();
    expect(dueFor(plan(), ending, [done('2026-09-01'), done('2026-10-01', 'end')], TODAY)).toBeNull();
  });

  it('does not take the baseline as the closing answers, unless the plan asks nothing at the start', () => {
    const endedEarly = programme(1, { ended: true, endDate: '2026-11-20' });
    expect(dueFor(plan(), endedEarly, [done('2026-11-10')], TODAY)).toEqual({ reason: 'end' });
    expect(dueFor(plan({ atStart: false }), endedEarly, [done('2026-11-10')], TODAY)).toBeNull();
  });

  it('stops asking eight weeks after a programme ended, and never asks an ended one for its start answers', () => {
    const ended = (endDate: string) => programme(4, { ended: true, endDate });
    expect(dueFor(plan(), ended('2026-09-28'), [], TODAY)).toEqual({ reason: 'end' });
    expect(dueFor(plan(), ended('2026-09-27'), [], TODAY)).toBeNull();
    expect(dueFor(plan({ atEnd: false }), ended('2026-11-20'), [], TODAY)).toBeNull();
  });
});

describe('labels and plans', () => {
  it('say what is due in plain words', () => {
    expect(dueLabel({ reason: 'start' })).toBe('Due at the start');
    expect(dueLabel({ reason: 'review', at: 5, unit: 'sessions' })).toBe('Due at session 5');
    expect(dueLabel({ reason: 'review', at: 6, unit: 'weeks' })).toBe('Due at week 6');
    expect(dueLabel({ reason: 'end' })).toBe('Ending — ask the closing questionnaire');
  });

  it('refuse a plan that never asks, an interval of 0, and the same questionnaire twice', () => {
    expect(measurePlanInputSchema.safeParse({ measureId: 'swemwbs', atStart: false, atEnd: false }).error?.issues[0]?.message).toBe('Ask it at the start, at the end or every so often');
    expect(measurePlanInputSchema.safeParse({ measureId: 'swemwbs', atStart: true, atEnd: false, every: { count: 0, unit: 'weeks' } }).error?.issues[0]?.message).toBe('Enter at least 1');
    const twice = measurePlansInputSchema.safeParse([plan(), plan({ atStart: false })]);
    expect(twice.error?.issues[0]).toMatchObject({ path: [1, 'measureId'], message: 'This questionnaire is already in the list' });
  });
});
