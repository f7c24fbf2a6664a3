import { asciiFold, type PersonName } from './names';
import { weightedPicker, type Random } from './random';

/**
 * Phone numbers and email addresses that can never reach a real person. Sample data gets
 * printed, exported to CSV and emailed around in bug reports, so every number is from
 * Ofcom's ranges reserved for TV and radio drama, and every address is on a domain
 * reserved by RFC 2606.
 */

/** Ofcom drama ranges: each prefix is followed by exactly three digits (000–999). */
export const DRAMA_PHONE_RANGES = {
  mobile: '07700 900',
  sheffield: '0114 496 0',
  london: '020 7946 0',
  leeds: '0113 496 0',
  nottingham: '0115 496 0',
  bristol: '0117 496 0',
  birmingham: '0121 496 0',
  edinburgh: '0131 496 0',
  glasgow: '0141 496 0',
  liverpool: '0151 496 0',
  manchester: '0161 496 0',
  cardiff: '029 2018 0',
  /** Not tied to a town: for places with no drama range of their own. */
  national: '01632 960',
} as const;
export type PhoneRange = keyof typeof DRAMA_PHONE_RANGES;

/** Landline ranges for relatives who live elsewhere in the UK. */
export const ELSEWHERE_RANGES: readonly PhoneRange[] = [
  'leeds', 'nottingham', 'bristol', 'birmingham', 'edinburgh', 'glasgow', 'liverpool', 'manchester', 'cardiff', 'national',
];

export const EMAIL_DOMAINS = ['example.org', 'example.com', 'example.net'] as const;

const RANGE_SIZE = 1000;

/**
 * Deals numbers without repeats until a range runs out, so the duplicate-person check does
 * not fire on sample records that share a phone by chance. Only the 20,000-record stress
 * set exhausts a range, and then numbers repeat as they must.
 */
export class PhoneBook {
  private readonly decks = new Map<PhoneRange, { order: number[]; next: number }>();
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  number(range: PhoneRange): string {
    let deck = this.decks.get(range);
    if (!deck) {
      deck = { order: Array.from({ length: RANGE_SIZE }, (_, i) => i), next: 0 };
      this.decks.set(range, deck);
    }
    if (deck.next === RANGE_SIZE) deck.next = 0;
    // One step of a lazy Fisher–Yates shuffle: only the numbers actually used are drawn.
    const j = deck.next + Math.floor(this.random.next() * (RANGE_SIZE - deck.next));
    const chosen = deck.order[j] as number;
    deck.order[j] = deck.order[deck.next] as number;
    deck.order[deck.next] = chosen;
    deck.next++;
    return DRAMA_PHONE_RANGES[range] + String(chosen).padStart(3, '0');
  }

  /**
   * Takes a number out of the deck without drawing, so a later part of the dataset (members
   * after volunteers) does not hand out a number someone already has. Uses no randomness.
   */
  reserve(phone: string): void {
    for (const range of Object.keys(DRAMA_PHONE_RANGES) as PhoneRange[]) {
      const prefix = DRAMA_PHONE_RANGES[range];
      if (!phone.startsWith(prefix) || phone.length !== prefix.length + 3) continue;
      const n = Number(phone.slice(prefix.length));
      let deck = this.decks.get(range);
      if (!deck) {
        deck = { order: Array.from({ length: RANGE_SIZE }, (_, i) => i), next: 0 };
        this.decks.set(range, deck);
      }
      if (deck.next === RANGE_SIZE) return;
      const at = deck.order.indexOf(n, deck.next);
      if (at === -1) return;
      deck.order[at] = deck.order[deck.next] as number;
      deck.order[deck.next] = n;
      deck.next++;
      return;
    }
  }
}

const pickDomain = weightedPicker<(typeof EMAIL_DOMAINS)[number]>([
  ['example.org', 45],
  ['example.com', 40],
  ['example.net', 15],
]);

type LocalPartStyle = 'dot' | 'joined' | 'initial' | 'dotNumber' | 'underscore' | 'year' | 'reversed';
const pickStyle = weightedPicker<LocalPartStyle>([
  ['dot', 40],
  ['joined', 10],
  ['initial', 15],
  ['dotNumber', 12],
  ['underscore', 5],
  ['year', 10],
  ['reversed', 8],
]);

/** Hands out addresses in the styles people really use, never the same one twice. */
export class EmailBook {
  private readonly used = new Set<string>();
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  address(name: PersonName, birthYear?: number): string {
    const first = asciiFold(name.preferredName ?? name.firstName) || 'volunteer';
    const last = asciiFold(name.lastName) || 'peer';
    const style = pickStyle(this.random);
    let local: string;
    switch (style) {
      case 'dot':
        local = `${first}.${last}`;
        break;
      case 'joined':
        local = `${first}${last}`;
        break;
      case 'initial':
        local = `${first.charAt(0)}${last}`;
        break;
      case 'dotNumber':
        local = `${first}.${last}${this.random.int(1, 99)}`;
        break;
      case 'underscore':
        local = `${first}_${last}`;
        break;
      case 'year':
        local = birthYear === undefined ? `${first}${last}` : `${first}${String(birthYear % 100).padStart(2, '0')}`;
        break;
      case 'reversed':
        local = `${last}.${first}`;
        break;
    }
    const domain = pickDomain(this.random);
    let candidate = `${local}@${domain}`;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${local}${n}@${domain}`;
    this.used.add(candidate);
    return candidate;
  }

  /** Marks an address as taken (someone earlier in the dataset has it). */
  reserve(address: string): void {
    this.used.add(address);
  }
}
