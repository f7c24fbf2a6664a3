import { describe, expect, it } from 'vitest';
import { ageOn, formatUkDate, formatUkDateLong, parseUkDate } from '../../../shared/dates';

describe('UK dates', () => {
  it('parses what people type', () => {
    expect(parseUkDate('23/11/2026')).toBe('2026-11-23');
    expect(parseUkDate(' 1/2/1990 ')).toBe('1990-02-01');
    expect(parseUkDate('01-02-1990')).toBe('1990-02-01');
    expect(parseUkDate('1990-02-01')).toBe('1990-02-01');
    expect(parseUkDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses impossible, ambiguous and American-looking dates', () => {
    for (const bad of ['29/02/2023', '31/04/2026', '12/13/2026', '01/02/03', '2026-02-30', 'tomorrow', '', '1/1/1700']) {
      expect(parseUkDate(bad), bad).toBeNull();
    }
  });

  it('formats for screen and paper', () => {
    expect(formatUkDate('2026-11-23')).toBe('23/11/2026');
    expect(formatUkDateLong('2026-11-23')).toBe('Mon 23 Nov 2026');
    expect(formatUkDate(undefined)).toBe('');
  });

  it('counts age in whole years', () => {
    expect(ageOn('2010-11-23', '2026-11-23')).toBe(16);
    expect(ageOn('2010-11-24', '2026-11-23')).toBe(15);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });
});
