import { describe, expect, it } from 'vitest';
import { dueDate, dueText, extendedDueDate, firstDueDate, requestStatus, subjectAccessInputSchema } from '../../../../shared/domain/subject-access';

describe('the one-month due date (ICO: same day next month, else that month’s last day)', () => {
  it('is the same day next month', () => {
    expect(firstDueDate('2026-01-04')).toBe('2026-02-04');
    expect(firstDueDate('2026-12-08')).toBe('2027-01-08');
  });

  it('is the last day of a shorter month: 31 January gives 28 February, or 29th in a leap year', () => {
    expect(firstDueDate('2026-01-31')).toBe('2026-02-28');
    expect(firstDueDate('2028-01-31')).toBe('2028-02-29');
    expect(firstDueDate('2026-03-31')).toBe('2026-04-30');
    expect(firstDueDate('2028-02-29')).toBe('2028-03-29');
  });

  it('extends by one or two more months counted from the day received', () => {
    expect(extendedDueDate('2026-01-31', 2)).toBe('2026-04-30');
    expect(extendedDueDate('2026-01-31', 1)).toBe('2026-03-31');
    expect(extendedDueDate('2027-12-31', 2)).toBe('2028-03-31');
    expect(dueDate({ receivedDate: '2026-01-04', extension: { months: 2, reason: 'Many records', on: '2026-01-20' } })).toBe('2026-04-04');
  });
});

describe('status and the words Home shows', () => {
  const request = { receivedDate: '2026-12-08' };

  it('is open until due, overdue after, extended while extended, answered once answered', () => {
    expect(requestStatus(request, '2027-01-08')).toBe('open');
    expect(requestStatus(request, '2027-01-09')).toBe('overdue');
    expect(requestStatus({ ...request, extension: { months: 1, reason: 'x', on: '2026-12-20' } }, '2027-01-09')).toBe('extended');
    expect(requestStatus({ ...request, answeredDate: '2027-01-20' }, '2027-01-20')).toBe('answered');
  });

  it('counts the days left or overdue, naming the day', () => {
    expect(dueText(request, '2026-12-07')).toBe('due Fri 8 Jan 2027, 32 days left');
    expect(dueText(request, '2027-01-07')).toBe('due Fri 8 Jan, 1 day left');
    expect(dueText(request, '2027-01-08')).toBe('due today');
    expect(dueText(request, '2027-01-11')).toBe('overdue by 3 days (it was due Fri 8 Jan)');
    expect(dueText({ ...request, answeredDate: '2027-01-05' }, '2027-01-11')).toBe('answered on 05/01/2027');
  });
});

describe('the request as typed', () => {
  it('needs who asked and their authority when it is not the person themselves, and drops it when it is', () => {
    const base = { receivedDate: '2026-12-08', method: 'email', notes: '' } as const;
    const missing = subjectAccessInputSchema.safeParse({ ...base, requester: 'on-their-behalf' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['requesterDetails']);
    expect(subjectAccessInputSchema.parse({ ...base, requester: 'the-person', requesterDetails: 'Jo' })).toEqual({ receivedDate: '2026-12-08', method: 'email', requester: 'the-person' });
  });
});
