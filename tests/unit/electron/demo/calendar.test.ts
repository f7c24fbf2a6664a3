import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../../shared/dates';
import { ageInYears, dayFromIso, isoFromDay, partsFromDay, timestampOn } from '../../../../electron/demo/calendar';

const MS_PER_DAY = 86_400_000;

describe('demo calendar arithmetic', () => {
  it('agrees with Date.UTC for every day from 1925 to 2045', () => {
    const wrong: string[] = [];
    for (let day = Date.UTC(1925, 0, 1) / MS_PER_DAY; day <= Date.UTC(2045, 11, 31) / MS_PER_DAY; day++) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      if (isoFromDay(day) !== iso || dayFromIso(iso) !== day) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses dates that are not real or not ISO', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '23/11/2026', '2026-1-1', '']) {
      expect(dayFromIso(bad)).toBeNull();
    }
    expect(dayFromIso('2024-02-29')).not.toBeNull();
  });

  it('writes timestamps the way the app stores them', () => {
    const day = dayFromIso('2026-11-23') ?? 0;
    expect(timestampOn(day, 9 * 60 + 5, 7)).toBe('2026-11-23T09:05:07.000Z');
    expect(new Date(timestampOn(day, 17 * 60)).toISOString()).toBe('2026-11-23T17:00:00.000Z');
  });

  it('counts ages like shared/dates, birthday included', () => {
    const cases: [string, string][] = [
      ['1960-11-23', '2026-11-23'],
      ['1960-11-24', '2026-11-23'],
      ['1960-12-31', '2026-01-01'],
      ['2008-03-01', '2026-02-28'],
    ];
    for (const [birth, on] of cases) {
      expect(ageInYears(partsFromDay(dayFromIso(birth) ?? 0), partsFromDay(dayFromIso(on) ?? 0))).toBe(ageOn(birth, on));
    }
  });
});
