import { isSmall } from './report-suppression';

/**
 * Complementary ("secondary") suppression for the outcome figures. Improved, no reliable change
 * and worse add up to the n printed beside them, so a lone "<5" among them could be worked out
 * by subtraction: n = 8 with 6 improved and 0 worse gives the hidden 2 away. These counts say
 * how people's mental health went, so when exactly one count of such a group is hidden, the
 * smallest other count is hidden too (a shown 0 gives the answer away as surely as a 6).
 *
 * The demographic tables do not do this (report-suppression.ts says why): there a funder
 * needs the big counts, and the hidden one says only how many people share a characteristic.
 */

/** The words for a count hidden only so that a "<5" beside it cannot be worked out. */
export const NOT_SHOWN = 'Not shown';

/** How one count of a group is written: in full, as "<5", or as "Not shown". */
export type CountShown = 'shown' | 'small' | 'withheld';

export interface GroupCount {
  count: number;
  /**
   * False for a count the report does not print but that follows from the total and the
   * others, such as the people who did not clinically improve: if it is 1 to 4 it needs the
   * same protection as a printed "<5".
   */
  printed?: boolean;
}

/**
 * How each count of a group adding up to a total is written. With suppression on, counts of 1
 * to 4 are "small"; if that leaves exactly one count out of sight and it is small, the smallest
 * printed count left (the first, on a tie) is withheld as well, so that at least two are
 * unknown. An unprinted count's own entry only matters to the printed ones.
 */
export function groupCountsShown(counts: readonly GroupCount[], suppress: boolean): CountShown[] {
  const shown: CountShown[] = counts.map((c) => (suppress && isSmall(c.count) ? 'small' : 'shown'));
  if (!suppress) return shown;
  const unseen = counts.map((c, i) => i).filter((i) => shown[i] === 'small' || counts[i]!.printed === false);
  if (unseen.length !== 1 || !isSmall(counts[unseen[0]!]!.count)) return shown;
  let second: number | undefined;
  counts.forEach((c, i) => {
    if (shown[i] !== 'shown' || c.printed === false) return;
    if (second === undefined || c.count < counts[second]!.count) second = i;
  });
  if (second !== undefined) shown[second] = 'withheld';
  return shown;
}
