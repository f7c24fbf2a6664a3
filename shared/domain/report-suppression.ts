/**
 * Small-number suppression for tables that break people down by a characteristic (age,
 * sex, ethnicity, disability). A count of 1 to 4 could point to a person, so it is shown as
 * "<5". Because each table adds up to the number of people supported, which the report
 * states, one hidden cell could be worked out by subtraction; so when a set of cells has
 * exactly one small count, the next smallest non-zero count in the same set is withheld too
 * (shown as "*"). Sub-rows (the 19 ethnic groups under their 5 headings) are a set of their
 * own, since they add up to their heading.
 */

export type Suppressed = 'small' | 'withheld';

export const SMALL_SHOWN = '<5';
export const WITHHELD_SHOWN = '*';

export function isSmall(count: number): boolean {
  return count >= 1 && count <= 4;
}

/** For each count: how it is hidden, or undefined when it is shown as it is. */
export function suppressSet(counts: readonly number[]): (Suppressed | undefined)[] {
  const out: (Suppressed | undefined)[] = counts.map((c) => (isSmall(c) ? 'small' : undefined));
  const small = out.filter((s) => s === 'small').length;
  if (small !== 1) return out;
  let pick = -1;
  counts.forEach((c, i) => {
    if (out[i] === undefined && c > 0 && (pick === -1 || c < counts[pick]!)) pick = i;
  });
  if (pick !== -1) out[pick] = 'withheld';
  return out;
}

export function shownCount(count: number, suppressed: Suppressed | undefined): string {
  if (suppressed === 'small') return SMALL_SHOWN;
  if (suppressed === 'withheld') return WITHHELD_SHOWN;
  return count.toLocaleString('en-GB');
}
