import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, quotaList, quotas, weightedPicker, weightedSampler } from '../../../../electron/demo/random';

const draws = (seed: number, n: number): number[] => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('seeded random source', () => {
  it('repeats exactly for a seed and differs between seeds', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('stays in [0, 1) and spreads evenly enough for sample data', () => {
    const values = draws(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]! += 1;
    for (const b of buckets) expect(b).toBeGreaterThan(1_700);
  });

  it('gives integers within both bounds', () => {
    const r = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(r.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples distinct items without changing the input', () => {
    const r = createRandom(5);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let i = 0; i < 100; i++) {
      const picked = r.sample(items, 4);
      expect(new Set(picked).size).toBe(4);
      for (const p of picked) expect(items).toContain(p);
    }
    expect(r.sample(items, 10)).toHaveLength(6);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('makes version-4 UUIDs that do not repeat', () => {
    const r = createRandom(9);
    const ids = Array.from({ length: 5_000 }, () => r.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('derives different, stable seeds for different parts of a dataset', () => {
    expect(deriveSeed(1, 'volunteers')).toBe(deriveSeed(1, 'volunteers'));
    expect(deriveSeed(1, 'volunteers')).not.toBe(deriveSeed(1, 'members'));
    expect(deriveSeed(1, 'volunteers')).not.toBe(deriveSeed(2, 'volunteers'));
  });
});

describe('weighted choices', () => {
  it('picks in proportion to the weights and never picks a zero weight', () => {
    const pick = weightedPicker([
      ['common', 9],
      ['rare', 1],
      ['never', 0],
    ] as const);
    const r = createRandom(3);
    const counts = { common: 0, rare: 0, never: 0 };
    for (let i = 0; i < 10_000; i++) counts[pick(r)]++;
    expect(counts.never).toBe(0);
    expect(counts.rare).toBeGreaterThan(800);
    expect(counts.rare).toBeLessThan(1_200);
  });

  it('samples distinct values by weight', () => {
    const sample = weightedSampler([
      ['a', 5],
      ['b', 1],
      ['c', 1],
      ['z', 0],
    ] as const);
    const r = createRandom(4);
    for (let i = 0; i < 200; i++) {
      const got = sample(r, 3);
      expect(new Set(got).size).toBe(3);
      expect(got).not.toContain('z');
    }
    expect(sample(r, 10)).toHaveLength(3);
  });

  it('splits a count by quota, with a minimum for every category when there is room', () => {
    const weights = [
      ['big', 90],
      ['small', 9],
      ['tiny', 1],
    ] as const;
    const q = quotas(weights, 50, 1);
    expect([...q.values()].reduce((a, b) => a + b, 0)).toBe(50);
    expect(q.get('tiny')).toBeGreaterThanOrEqual(1);
    expect(q.get('tiny')).toBeLessThanOrEqual(2);
    expect(q.get('big')).toBeGreaterThan(40);
    // No room for a minimum each: plain proportions.
    expect([...quotas(weights, 2, 1).values()].reduce((a, b) => a + b, 0)).toBe(2);
    const list = quotaList(createRandom(1), weights, 50, 1);
    expect(list).toHaveLength(50);
    expect(list.filter((x) => x === 'tiny')).toHaveLength(q.get('tiny') ?? -1);
  });
});
