/**
 * How many menu items, from the start, fit on one line of `available` pixels. When they do
 * not all fit, the rest go under a "More" button of `moreWidth`, so it must fit too. Items are
 * separated by `gap`. Widths come from the browser; this is kept apart so it can be tested.
 */
export function itemsThatFit(itemWidths: readonly number[], moreWidth: number, available: number, gap: number): number {
  const all = itemWidths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, itemWidths.length - 1);
  if (all <= available) return itemWidths.length;
  let used = moreWidth;
  let count = 0;
  for (const width of itemWidths) {
    if (used + gap + width > available) break;
    used += gap + width;
    count += 1;
  }
  return count;
}
