import { describe, expect, it } from 'vitest';
import { itemsThatFit } from '../../../../renderer/components/nav-fit';

describe('itemsThatFit', () => {
  it('keeps every item when they all fit, without room for "More"', () => {
    // 3 × 100 + 2 gaps of 4 = 308: fits 308 exactly, even though "More" would not also fit.
    expect(itemsThatFit([100, 100, 100], 80, 308, 4)).toBe(3);
  });

  it('leaves room for "More" once anything has to go under it', () => {
    // 100 + 4 + 100 + 4 + 80 (More) = 288 ≤ 300; a third item would need 392.
    expect(itemsThatFit([100, 100, 100, 100], 80, 300, 4)).toBe(2);
  });

  it('keeps the order: a short late item does not jump ahead of a long one', () => {
    expect(itemsThatFit([100, 250, 20], 80, 300, 4)).toBe(1);
  });

  it('puts everything under "More" when not even one item fits beside it', () => {
    expect(itemsThatFit([200, 100], 80, 250, 4)).toBe(0);
    expect(itemsThatFit([], 80, 250, 4)).toBe(0);
  });
});
