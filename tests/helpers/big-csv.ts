/**
 * A large members spreadsheet, as a charity might export one from another system: every
 * column the import reads, UK dates and phone numbers, accented names, some quoted cells
 * with commas, doubled quotes and line breaks, CRLF line ends and a UTF-8 byte-order mark.
 * Deterministic, so a timing can be repeated. Every row is valid and no two rows look like
 * the same person.
 */

const FIRST = ['Siân', 'Eluned', 'Kofi', 'Chidinma', 'Zoë', 'Mohammed', 'Aoife', 'Bethan', 'Priya', 'Tomasz', 'Grace', 'Dafydd', 'Niamh', 'Oluwaseun', 'Ruth', 'Jamal'];
const LAST = ['Llewelyn', 'Prys', 'Asante', 'Okonkwo-Adeyemi', "O'Brien", 'Khan', 'Nowak', 'Evans', 'Patel', 'MacLeod', 'Ahmed', 'Jones', 'Smith', 'Hughes', 'Begum', 'Ward'];
const TOWNS = ['Cardiff', 'Swansea', 'Sheffield', 'Leeds', 'Bangor', 'Newcastle upon Tyne', 'Bristol', 'Aberystwyth'];
const STATUSES = ['Referred', 'Contacted', 'Assessed', 'Active', 'On a break'];
const NEWSLETTER = ['Email', 'Post', 'Large print', 'None'];

const HEADINGS =
  'First name,Last name,Preferred name,Pronouns,Email,Phone,Address line 1,Address line 2,Town or city,Postcode,Date of birth,' +
  'Emergency contact name,Emergency contact relationship,Emergency contact phone,Date joined,Status,Newsletter,Interests,Access needs,' +
  'Has a device,Has internet,Needs a device loan,Notes';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function memberRow(i: number): string {
  const first = FIRST[i % FIRST.length] ?? 'Ann';
  // A number in the surname keeps every row a different person.
  const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Smith'}-${i}`;
  const town = TOWNS[i % TOWNS.length] ?? 'Cardiff';
  const notes =
    i % 7 === 0
      ? `"Prefers mornings, calls before 10 ""if possible""\nLives with ${first}'s sister"`
      : i % 3 === 0
        ? '"Met at the Tuesday group, Community Centre"'
        : 'Happy to be called';
  return [
    first,
    last,
    i % 5 === 0 ? first.slice(0, 3) : '',
    i % 4 === 0 ? 'she/her' : '',
    `member${i}@example.org`,
    `07700 ${pad(i % 1_000_000, 6)}`,
    `"Flat ${(i % 40) + 1}, ${(i % 200) + 1} High Street"`,
    i % 6 === 0 ? 'Riverside' : '',
    town,
    `CF${(i % 90) + 10} ${(i % 9) + 1}AB`,
    `${pad((i % 28) + 1, 2)}/${pad((i % 12) + 1, 2)}/${1940 + (i % 60)}`,
    `${FIRST[(i + 3) % FIRST.length] ?? 'Ann'} ${LAST[(i + 5) % LAST.length] ?? 'Smith'}`,
    i % 2 === 0 ? 'Daughter' : 'Neighbour',
    `0114 496 ${pad(i % 10_000, 4)}`,
    `${pad((i % 28) + 1, 2)}/${pad((i % 12) + 1, 2)}/2025`,
    STATUSES[i % STATUSES.length] ?? 'Active',
    NEWSLETTER[i % NEWSLETTER.length] ?? 'None',
    i % 2 === 0 ? 'Walking; Singing; Gardening' : 'Crafts',
    i % 10 === 0 ? '"Step-free access, hearing loop"' : '',
    i % 3 === 0 ? 'Yes' : 'No',
    i % 2 === 0 ? 'Yes' : 'No',
    i % 9 === 0 ? 'Yes' : 'No',
    notes,
  ].join(',');
}

/** At least `bytes` of UTF-8 members CSV (heading row included); `rows` tells how many data rows. */
export function bigMembersCsv(bytes: number): { text: string; rows: number } {
  const parts = ['\uFEFF' + HEADINGS];
  let size = parts[0]!.length;
  let rows = 0;
  while (size < bytes) {
    const row = memberRow(rows);
    parts.push(row);
    // Accented names take two bytes; close enough for sizing.
    size += row.length + 3;
    rows++;
  }
  return { text: parts.join('\r\n') + '\r\n', rows };
}

export interface LoopWatch {
  /** Longest time the event loop went without running a 10 ms timer, in ms. */
  longestBlockMs(): number;
  stop(): void;
}

/**
 * Measures how long the event loop is kept busy: a timer asks to run every 10 ms and
 * records the largest gap between its runs. A gap well over 10 ms is time in which the app
 * could answer no other call.
 */
export function watchEventLoop(): LoopWatch {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return {
    longestBlockMs: () => Math.max(longest, performance.now() - last),
    stop: () => clearInterval(timer),
  };
}
