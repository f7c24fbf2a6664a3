import { describe, expect, it } from 'vitest';
import { breachDateProblems, breachInputSchema, changedBreachFields, icoAnswerText, peopleToldText, type BreachInput } from '../../../../shared/domain/breaches';

const input = (extra: Record<string, unknown> = {}) => ({
  foundDate: '2026-12-07',
  foundTime: '9:15',
  whatHappened: 'A register was left on the bus',
  dataInvolved: 'Names and phone numbers',
  peopleAffected: 12,
  risk: 'could-harm',
  ...extra,
});

const messages = (value: unknown) => Object.fromEntries((breachInputSchema.safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('recording a breach', () => {
  it('takes what is known on the day; the ICO and people-told questions start as "not yet"', () => {
    expect(breachInputSchema.parse(input())).toEqual({ ...input(), foundTime: '09:15', ico: 'not-yet', peopleTold: 'not-yet' });
  });

  it('asks for each missing answer in plain English', () => {
    expect(messages({ foundDate: '2026-12-07', foundTime: '', whatHappened: ' ', dataInvolved: '', peopleAffected: 0 })).toEqual({
      foundTime: 'Enter the time it was found, like 09:30',
      whatHappened: 'Enter what happened',
      dataInvolved: 'Enter what data was involved',
      peopleAffected: 'Enter how many people’s data was involved: 1 or more',
      risk: 'Choose how likely it is to harm people',
    });
    expect(messages(input({ foundTime: '25:00', peopleAffected: 2.5 }))).toEqual({
      foundTime: 'Enter the time as hh:mm (24-hour), like 09:30 or 14:15',
      peopleAffected: 'Enter a whole number of people',
    });
  });

  it('needs the date when reported, the reason when not, and the date people were told', () => {
    expect(messages(input({ ico: 'reported', peopleTold: 'yes' }))).toEqual({
      icoReportedOn: 'Enter the date you reported it to the ICO',
      peopleToldOn: 'Enter the date you told them',
    });
    expect(messages(input({ ico: 'not-reporting', icoReason: '' }))).toEqual({ icoReason: 'Say why you decided not to report it: the ICO expects the reason to be kept' });
  });

  it('keeps only the detail that goes with the answer given', () => {
    const parsed = breachInputSchema.parse(input({ ico: 'not-reporting', icoReportedOn: '2026-12-08', icoReason: 'Found within the hour, unread', peopleTold: 'no', peopleToldOn: '2026-12-08' }));
    expect(parsed).toMatchObject({ ico: 'not-reporting', icoReason: 'Found within the hour, unread', peopleTold: 'no' });
    expect(parsed).not.toHaveProperty('icoReportedOn');
    expect(parsed).not.toHaveProperty('peopleToldOn');
  });
});

describe('dates against today', () => {
  const base = breachInputSchema.parse(input());

  it('refuses a breach found in the future, or later today than now', () => {
    expect(breachDateProblems({ ...base, foundDate: '2026-12-08' }, '2026-12-07', '10:00')).toEqual({ foundDate: 'The date it was found can’t be in the future' });
    expect(breachDateProblems({ ...base, foundTime: '10:01' }, '2026-12-07', '10:00')).toEqual({ foundTime: 'That time has not come yet today' });
    expect(breachDateProblems({ ...base, foundTime: '10:00' }, '2026-12-07', '10:00')).toEqual({});
  });

  it('refuses reporting or telling before it was found, or after today', () => {
    expect(breachDateProblems({ ...base, icoReportedOn: '2026-12-06', peopleToldOn: '2026-12-09' }, '2026-12-08', '10:00')).toEqual({
      icoReportedOn: 'Enter a date on or after 07/12/2026, when the breach was found',
      peopleToldOn: 'The date can’t be in the future',
    });
  });
});

describe('describing a breach', () => {
  it('names the fields that changed, never their values', () => {
    expect(changedBreachFields({ ...input(), ico: 'not-yet' } as BreachInput, { ...input(), ico: 'reported', icoReportedOn: '2026-12-08', lessons: 'Registers stay in the office' } as BreachInput)).toEqual([
      'Reported to the ICO',
      'Date reported to the ICO',
      'Lessons learned',
    ]);
  });

  it('says what was decided', () => {
    expect(icoAnswerText({ ico: 'reported', icoReportedOn: '2026-12-08' })).toBe('Reported on 08/12/2026');
    expect(icoAnswerText({ ico: 'not-reporting' })).toBe('Decided not to report');
    expect(icoAnswerText({ ico: 'not-yet' })).toBe('Not yet');
    expect(peopleToldText({ peopleTold: 'yes', peopleToldOn: '2026-12-09' })).toBe('Told on 09/12/2026');
    expect(peopleToldText({ peopleTold: 'no' })).toBe('Decided not to tell them');
  });
});
