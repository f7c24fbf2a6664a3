/**
 * A small seeded random source for the sample data. The same seed must give the same
 * dataset on every machine and Node version, so nothing here touches Math.random or the
 * clock, and every helper draws a fixed number of values per call where it can.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** Shuffles in place and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** A version-4-shaped UUID built from this stream, so ids are stable for a seed. */
  uuid(): string;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex4 = (n: number): string => (HEX_BYTES[(n >>> 8) & 0xff] as string) + (HEX_BYTES[n & 0xff] as string);
const hex8 = (n: number): string => hex4(n >>> 16) + hex4(n & 0xffff);

/** mulberry32: tiny, fast and well distributed enough for sample data (not for secrets). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let scratch = new Uint32Array(64);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    sample: (items, count) => {
      // Partial Fisher–Yates over positions in a shared scratch array: O(count) draws,
      // the input is left alone, and only the result is allocated.
      const n = Math.min(count, items.length);
      if (scratch.length < items.length) scratch = new Uint32Array(Math.max(items.length, scratch.length * 2));
      for (let i = 0; i < items.length; i++) scratch[i] = i;
      const out = new Array<(typeof items)[number]>(n);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (items.length - i));
        const chosen = scratch[j] as number;
        scratch[j] = scratch[i] as number;
        scratch[i] = chosen;
        out[i] = items[chosen] as (typeof items)[number];
      }
      return out;
    },
    shuffle,
    uuid: () => {
      const a = (next() * 4294967296) >>> 0;
      const b = (next() * 4294967296) >>> 0;
      const c = (next() * 4294967296) >>> 0;
      const d = (next() * 4294967296) >>> 0;
      // Version nibble 4 and variant bits 10xx, as RFC 9562 lays out a random UUID.
      const b2 = ((b & 0xffff0fff) | 0x00004000) >>> 0;
      const c2 = ((c & 0x3fffffff) | 0x80000000) >>> 0;
      return `${hex8(a)}-${hex4(b2 >>> 16)}-${hex4(b2 & 0xffff)}-${hex4(c2 >>> 16)}-${hex4(c2 & 0xffff)}${hex8(d)}`;
    },
  };
}

/**
 * A seed for one part of the dataset ("volunteers", later "members"), so that adding a new
 * part, or changing how many draws another part makes, leaves existing parts unchanged.
 */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, folded with the seed through a murmur3-style finaliser.
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type Weighted<T> = readonly (readonly [value: T, weight: number])[];

/** Builds a picker for a weighted list once, so hot loops pay a binary search, not a sum. */
export function weightedPicker<T>(entries: Weighted<T>): (random: Random) => T {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error('A weighted list needs at least one positive weight');
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}

/**
 * Splits `count` items across weighted categories by largest remainder, giving each category
 * at least `minimum` when there is room. Used where a small dataset must still show every
 * status or background, which independent draws cannot promise.
 */
export function quotas<T>(entries: Weighted<T>, count: number, minimum = 0): Map<T, number> {
  const positive = entries.filter(([, w]) => w > 0);
  const total = positive.reduce((sum, [, w]) => sum + w, 0);
  const floorMin = positive.length * minimum <= count ? minimum : 0;
  const spare = count - floorMin * positive.length;
  const result = new Map<T, number>();
  const remainders: { value: T; remainder: number; order: number }[] = [];
  let assigned = 0;
  positive.forEach(([value, weight], order) => {
    const exact = (spare * weight) / total;
    const whole = Math.floor(exact);
    result.set(value, floorMin + whole);
    assigned += floorMin + whole;
    remainders.push({ value, remainder: exact - whole, order });
  });
  remainders.sort((a, b) => b.remainder - a.remainder || a.order - b.order);
  for (let i = 0; assigned < count && remainders.length > 0; i = (i + 1) % remainders.length) {
    const entry = remainders[i] as (typeof remainders)[number];
    result.set(entry.value, (result.get(entry.value) ?? 0) + 1);
    assigned++;
  }
  return result;
}

/** Expands quotas into a shuffled list with one entry per item. */
export function quotaList<T>(random: Random, entries: Weighted<T>, count: number, minimum = 0): T[] {
  const list: T[] = [];
  for (const [value, n] of quotas(entries, count, minimum)) {
    for (let i = 0; i < n; i++) list.push(value);
  }
  return random.shuffle(list);
}

/**
 * Picks up to `count` distinct values, each draw weighted among those not yet taken. Built
 * once per list; the returned function reuses one scratch array, so it allocates only its
 * result (it runs several times for each of 20,000 stress-test records).
 */
export function weightedSampler<T>(entries: Weighted<T>): (random: Random, count: number) => T[] {
  const positive = entries.filter(([, w]) => w > 0);
  const values = positive.map(([v]) => v);
  const weights = positive.map(([, w]) => w);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const scratch = new Float64Array(weights.length);
  return (random, count) => {
    scratch.set(weights);
    let remaining = total;
    const chosen: T[] = [];
    const n = Math.min(count, values.length);
    while (chosen.length < n) {
      let target = random.next() * remaining;
      let index = -1;
      for (let i = 0; i < scratch.length; i++) {
        const w = scratch[i] as number;
        if (w === 0) continue;
        index = i;
        target -= w;
        if (target < 0) break;
      }
      if (index < 0) break;
      chosen.push(values[index] as T);
      remaining -= scratch[index] as number;
      scratch[index] = 0;
    }
    return chosen;
  };
}

export function weightedSample<T>(random: Random, entries: Weighted<T>, count: number): T[] {
  return weightedSampler(entries)(random, count);
}
