import { describe, expect, it } from 'vitest';
import { BLANK_ROW, readRow, readsAs, shownDate, withSpareRow, type PaperRow } from '../../../../../renderer/pages/programmes/paper-rows';

const today = '2026-11-23';
const row = (over: Partial<PaperRow>): PaperRow => ({ ...BLANK_ROW, ...over });

describe('a row of a keyed-in paper sheet', () => {
  it('needs only the date and how: a blank length is the usual one and a blank outcome is attended', () => {
    expect(readRow(row({ date: '12/11', how: 'p' }), 60, today)).toEqual({ session: { date: '2026-11-12', minutes: 60, mode: 'phone', outcome: 'attended' } });
    expect(readRow(row({ date: '12/11/2026', how: 'H', minutes: ' 90 ', outcome: 'dna', note: ' Not in ' }), 60, today)).toEqual({
      session: { date: '2026-11-12', minutes: 90, mode: 'home-visit', outcome: 'did-not-attend', note: 'Not in' },
    });
  });

  it('says what is wrong with each field, in words', () => {
    expect(readRow(row({ note: 'only a note' }), 60, today).errors).toEqual({ date: 'Enter the date', how: 'Enter how you met: I, P, V, H, W or O' });
    expect(readRow(row({ date: '31/02/2026', how: 'Q', minutes: 'an hour', outcome: 'P' }), 60, today).errors).toEqual({
      date: 'Enter the date as dd/mm/yyyy or dd/mm, like 12/11',
      how: 'Use I, P, V, H, W or O',
      minutes: 'Enter the length in minutes, like 60',
      outcome: 'Use A, DNA, CM or CV',
    });
    expect(readRow(row({ date: '24/11/2026', how: 'p', minutes: '721' }), 60, today).errors).toEqual({
      date: "The date can't be in the future",
      minutes: 'Between 1 minute and 12 hours (720 minutes)',
    });
  });

  it('reads back in words, and a short date shows its year once typed', () => {
    expect(readsAs({ date: '2026-11-12', minutes: 45, mode: 'phone', outcome: 'attended' })).toBe('Thu 12 Nov 2026 · Phone · 45 min · Attended');
    expect(shownDate('12/11', today)).toBe('12/11/2026');
    expect(shownDate('24/11', today)).toBe('24/11/2025');
    expect(shownDate('12/11/2026', today)).toBe('12/11/2026');
    expect(shownDate('soon', today)).toBe('soon');
  });
});

describe('the rows of the grid', () => {
  it('open as five, and always keep a blank one after the last filled, up to forty', () => {
    expect(withSpareRow([])).toHaveLength(5);
    const filled = (n: number) => Array.from({ length: n }, () => row({ date: '12/11' }));
    expect(withSpareRow([...filled(5)])).toHaveLength(6);
    expect(withSpareRow([...filled(5), BLANK_ROW]).at(-1)).toEqual(BLANK_ROW);
    expect(withSpareRow(filled(45))).toHaveLength(40);
    // Emptying a row never takes rows away under the cursor.
    expect(withSpareRow([...filled(2), BLANK_ROW, BLANK_ROW, BLANK_ROW, BLANK_ROW, BLANK_ROW])).toHaveLength(7);
  });
});
