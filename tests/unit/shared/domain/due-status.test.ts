import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../../shared/dates';
import { dueStatus, dueText, worstState } from '../../../../shared/domain/due-status';

const TODAY = '2026-11-23';
const dueIn = (days: number) => dueStatus(addDaysIso(TODAY, days), TODAY);

describe('dueStatus: warnings at 60, 30 and 7 days, the due day, and overdue', () => {
  it('is OK until 61 days before and due soon from exactly 60', () => {
    expect(dueIn(61)).toMatchObject({ state: 'ok', daysLeft: 61 });
    expect(dueIn(60)).toMatchObject({ state: 'due-soon', warning: 60, daysLeft: 60 });
  });

  it('moves to the 30-day warning at exactly 30 and the 7-day one at exactly 7', () => {
    expect(dueIn(31)).toMatchObject({ state: 'due-soon', warning: 60 });
    expect(dueIn(30)).toMatchObject({ state: 'due-soon', warning: 30 });
    expect(dueIn(8)).toMatchObject({ state: 'due-soon', warning: 30 });
    expect(dueIn(7)).toMatchObject({ state: 'due-soon', warning: 7 });
  });

  it('is still due (not overdue) on the due day itself, and overdue the day after', () => {
    expect(dueIn(0)).toMatchObject({ state: 'due-soon', warning: 7, daysLeft: 0 });
    expect(dueIn(-1)).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('is missing without a date', () => {
    expect(dueStatus(undefined, TODAY)).toEqual({ state: 'missing' });
  });

  it('takes other warning windows (supervision warns in its last week only)', () => {
    expect(dueStatus(addDaysIso(TODAY, 8), TODAY, [7]).state).toBe('ok');
    expect(dueStatus(addDaysIso(TODAY, 7), TODAY, [7]).state).toBe('due-soon');
  });

  it('says it in words with UK dates', () => {
    expect(dueText(dueIn(50))).toBe('Due soon: 12/01/2027 (in 50 days)');
    expect(dueText(dueIn(0))).toBe('Due soon: 23/11/2026 (today)');
    expect(dueText(dueIn(-22))).toBe('Overdue: was due 01/11/2026 (22 days ago)');
    expect(dueText(dueIn(100))).toBe('OK until 03/03/2027');
  });

  it('ranks overdue over missing over due soon over OK', () => {
    expect(worstState(['ok', 'due-soon', 'missing'])).toBe('missing');
    expect(worstState(['missing', 'overdue'])).toBe('overdue');
    expect(worstState([])).toBe('ok');
  });
});
