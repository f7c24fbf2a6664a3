import { describe, expect, it } from 'vitest';
import { HOW_CODES, howKey, OUTCOME_CODES, outcomeKey, readHow, readOutcome, readPaperDate } from '../../../../shared/domain/programme-paper';
import { SESSION_MODES, SESSION_OUTCOMES } from '../../../../shared/domain/programmes';

describe('the codes on the paper session sheet', () => {
  it('give every way of meeting and every outcome its own code, never one code for two things', () => {
    const codes = [...Object.values(HOW_CODES), ...Object.values(OUTCOME_CODES)];
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(HOW_CODES).sort()).toEqual([...SESSION_MODES].sort());
    expect(Object.keys(OUTCOME_CODES).sort()).toEqual([...SESSION_OUTCOMES].sort());
  });

  it('are read back whatever the case, as the code, the word on screen or what people write', () => {
    expect(readHow('p')).toBe('phone');
    expect(readHow(' P ')).toBe('phone');
    expect(readHow('Phone')).toBe('phone');
    expect(readHow('home visit')).toBe('home-visit');
    expect(readHow('telephone')).toBe('phone');
    expect(readHow('I')).toBe('in-person');
    expect(readHow('x')).toBeUndefined();
    expect(readHow('')).toBeUndefined();
    expect(readOutcome('a')).toBe('attended');
    expect(readOutcome('DNA')).toBe('did-not-attend');
    expect(readOutcome('d.n.a.')).toBe('did-not-attend');
    expect(readOutcome('cm')).toBe('cancelled-by-member');
    expect(readOutcome('CV')).toBe('cancelled-by-volunteer');
    expect(readOutcome('Cancelled by the volunteer')).toBe('cancelled-by-volunteer');
    // A how code is not an outcome: "P" in the wrong column is a mistake to point out.
    expect(readOutcome('P')).toBeUndefined();
  });

  it('are explained in one line each, as the sheet and the grid print them', () => {
    expect(howKey()).toBe('I in person \u00b7 P phone \u00b7 V video \u00b7 H home visit \u00b7 W ward visit \u00b7 O out and about');
    expect(outcomeKey()).toBe('A attended \u00b7 DNA did not attend \u00b7 CM cancelled by member \u00b7 CV cancelled by volunteer');
  });
});

describe('a date written on the sheet', () => {
  const today = '2027-01-08';
  it('is read in full as dd/mm/yyyy', () => {
    expect(readPaperDate('12/11/2026', today)).toBe('2026-11-12');
    expect(readPaperDate('3.1.2027', today)).toBe('2027-01-03');
  });

  it('without a year is the latest such day not after today, so December keyed in January is last year', () => {
    expect(readPaperDate('5/1', today)).toBe('2027-01-05');
    expect(readPaperDate('08/01', today)).toBe('2027-01-08');
    expect(readPaperDate('12/12', today)).toBe('2026-12-12');
    expect(readPaperDate('29/02', '2029-03-01')).toBe('2028-02-29');
  });

  it('is refused when it is no date at all', () => {
    expect(readPaperDate('31/02', today)).toBeNull();
    expect(readPaperDate('12/11/26', today)).toBeNull();
    expect(readPaperDate('Tuesday', today)).toBeNull();
    expect(readPaperDate('', today)).toBeNull();
  });
});
