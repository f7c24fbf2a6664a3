/**
 * Small-number suppression for the tables that break people down by a characteristic (age,
 * sex, ethnicity, disability): a count of 1 to 4 could point to a person, so it is shown as
 * "<5" and its percentage left blank. Zero is shown (it identifies nobody), and so are the
 * headline figures, which count activity rather than describe people.
 *
 * Only the small counts themselves are hidden, as funders ask. Hiding a second, larger count
 * so a lone "<5" cannot be worked out from the total ("secondary suppression") was tried and
 * dropped: a funder reading "Male: *" beside 30 women could not use the table at all. The
 * outcome figures, which say how people's mental health changed, do hide a second count
 * (complementary-suppression.ts); the report's appendix says which tables do which.
 */

export const SMALL_SHOWN = '<5';

export function isSmall(count: number): boolean {
  return count >= 1 && count <= 4;
}

/** The count as a table shows it: "12", "0", or "<5" when suppression is on. */
export function shownCount(count: number, suppress: boolean): string {
  return suppress && isSmall(count) ? SMALL_SHOWN : count.toLocaleString('en-GB');
}
