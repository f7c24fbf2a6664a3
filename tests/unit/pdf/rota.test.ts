import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRota, rotaDocument } from '../../../electron/pdf/rota';
import { MIN_FONT_SIZE } from '../../../electron/pdf/rota-fit';
import type { RotaData, RotaSession } from '../../../electron/pdf/types';
import { ORGANISATION, PRINTED_ON, rotaData } from '../../fixtures/pdf/data';
import { fontSizes, PdfFolder, type RenderedPdf, type Word } from './pdf-files';
import { FOUR_MORE, fullMonth, TEN_GROUPS } from './rota-months';

let folder: PdfFolder;
let december: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  december = await folder.render('rota', rotaDocument(rotaData()));
});

afterAll(async () => {
  await folder.remove();
});


/**
 * Which day of the grid a word is printed in: day numbers sit at their cells' left edge, so
 * the cell's number is the nearest one above the word among those furthest right but still
 * left of it.
 */
function dayOf(words: Word[], word: Word): number | undefined {
  // Only the grid's numbers: the counts beside the title are numbers too.
  const gridTop = words.find((w) => w.page === word.page && /^Mon(day)?$/.test(w.text))?.yMax ?? 0;
  const numbers = words.filter((w) => w.page === word.page && /^\d{1,2}$/.test(w.text) && w.yMin > gridTop && w.xMin <= word.xMin + 0.5 && w.yMin <= word.yMin);
  const edge = Math.max(...numbers.map((w) => w.xMin));
  const above = numbers.filter((w) => Math.abs(w.xMin - edge) < 0.5).sort((a, b) => b.yMin - a.yMin)[0];
  return above === undefined ? undefined : Number(above.text);
}

function session(date: string, groupName: string, facilitators: string[], extra: Partial<RotaSession> = {}): RotaSession {
  return { date, groupName, startTime: '10:00', endTime: '12:00', facilitators, ...extra };
}

describe('the facilitator rota', () => {
  it('is a landscape A4 month with its title and organisation', () => {
    expect(december.info['Page size']).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(december.info['Title']).toBe('Facilitator rota: December 2025');
    expect(december.info['Author']).toBe(ORGANISATION);
    expect(december.text).toContain('Facilitator rota: December 2025');
    // Monday, Thursday and Sunday have no sessions this December, so their columns are narrow.
    expect(december.text).toMatch(/Mon\s+Tuesday\s+Wednesday\s+Thu\s+Friday\s+Saturday\s+Sun/);
    expect(december.text).toContain(`Printed 08/12/2025`);
    december.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${december.pageCount}`));
  });

  it('shows who facilitates, and flags the sessions nobody is running in their cells', async () => {
    // End times give way first when a month is crowded; the rest never does.
    expect(december.flow).toMatch(/18:00(–19:30)? Hearing Voices Aberdâr Siân ap Llŷr/);
    expect(december.flow).toContain('Gwenllian Ŵyn, Łukasz Wróbel');
    expect(december.flow).toContain('23 sessions · 2 cancelled · 2 need a facilitator (marked in the grid)');
    // In the two cells, not in a list above the grid.
    expect(december.flow.match(/FACILITATOR NEEDED/g)).toHaveLength(2);
    expect(december.flow).toMatch(/11:00(–12:00)? Christmas fair stall 5 FACILITATOR NEEDED/);
    const words = await folder.words(december.file);
    const needed = words.filter((w) => w.text === 'NEEDED');
    expect(needed.map((w) => dayOf(words, w)).sort()).toEqual([13, 17]);
  });

  it('says "No meeting" where a group skips a date, with why, without counting it or asking for cover', async () => {
    const pdf = await folder.render(
      'rota-no-meeting',
      rotaDocument({
        organisationName: ORGANISATION,
        printedOn: PRINTED_ON,
        month: '2026-12',
        sessions: [
          session('2026-12-18', 'Grŵp Gwener', ['Siân ap Llŷr']),
          session('2026-12-25', 'Grŵp Gwener', [], { noMeeting: 'Christmas Day' }),
        ],
      }),
    );
    expect(pdf.flow).toContain('No meeting Grŵp Gwener Christmas Day');
    expect(pdf.flow).toContain('1 session · every session has a facilitator');
    expect(pdf.flow).not.toContain('FACILITATOR NEEDED');
    const words = await folder.words(pdf.file);
    expect(dayOf(words, words.find((w) => w.text === 'Christmas')!)).toBe(25);
  });

  it('marks cancelled sessions and does not ask for cover for them', () => {
    expect(december.flow).toMatch(/18:00(–19:30)? CANCELLED Hearing Voices Aberdâr/);
    expect(december.flow.match(/CANCELLED/g)).toHaveLength(2);
  });

  it('keeps every one of the eleven sessions on a busy day, nothing cut off', () => {
    for (let i = 1; i <= 11; i++) expect(december.flow.match(new RegExp(`Christmas fair stall ${i}\\b`, 'g'))!.length).toBeGreaterThanOrEqual(2);
    expect(december.flow.match(/Trần Văn Đức, Zoë Brontë- ?Ffoulkes/g)).toHaveLength(10);
  });

  it('says once, under the grid, where each group meets', () => {
    expect(december.flow).toContain('Where: Aberdare Library: Hearing Voices Aberdâr; Canolfan Soar: Christmas fair stall 1, Christmas fair stall 2,');
    expect(december.flow).toContain('Christmas fair stall 11, Men’s Shed Coffee Morning, Tuesday Talk Merthyr');
    // The online group has no venue.
    expect(december.flow).not.toMatch(/Canolfan Soar: [^;]*Online Evening/);
  });

  it('never prints grid text smaller than 7.5 pt', () => {
    expect(MIN_FONT_SIZE).toBe(7.5);
    expect(Math.min(...fontSizes(rotaDocument(rotaData()).content))).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
  });
});

describe('sessions on the right days', () => {
  it('puts each session under its date and weekday', async () => {
    // March 2026 starts on a Sunday and runs to six weeks in the grid.
    const pdf = await folder.render(
      'rota-march',
      rotaDocument({
        organisationName: ORGANISATION,
        printedOn: PRINTED_ON,
        month: '2026-03',
        sessions: [
          session('2026-03-01', 'Sundaysupper', ['Aled Rhys']),
          session('2026-03-03', 'Tuesdaytalk', ['Gwenllian Ŵyn']),
          session('2026-03-18', 'Wednesdaywalk', []),
          session('2026-03-27', 'Fridayfilm', ['Łukasz Wróbel'], { cancelled: true }),
          session('2026-03-30', 'Mondaymakers', ['Nguyễn Thị Minh Khai']),
          session('2026-04-01', 'Aprilfools', ['Aled Rhys']),
          session('2026-02-28', 'Februaryfair', ['Aled Rhys']),
        ],
      }),
    );
    const words = await folder.words(pdf.file);
    const gridTop = words.find((w) => w.text === 'Monday')!.yMax;
    const find = (text: string) => words.find((w) => w.text.replace(/,$/, '') === text && w.yMin > gridTop)!;
    expect(dayOf(words, find('Sundaysupper'))).toBe(1);
    expect(dayOf(words, find('Tuesdaytalk'))).toBe(3);
    expect(dayOf(words, find('Wednesdaywalk'))).toBe(18);
    expect(dayOf(words, find('Fridayfilm'))).toBe(27);
    expect(dayOf(words, find('Mondaymakers'))).toBe(30);
    expect(dayOf(words, find('NEEDED'))).toBe(18);
    // Sessions from the months either side are not this month's business.
    expect(pdf.text).not.toContain('Aprilfools');
    expect(pdf.text).not.toContain('Februaryfair');
    expect(pdf.text).toContain('5 sessions · 1 cancelled · 1 needs a facilitator (marked in the grid)');
    expect(pdf.pageCount).toBe(1);
    for (let day = 1; day <= 31; day++) expect(words.some((w) => w.text === String(day))).toBe(true);
  });

  it('says so when every session has a facilitator, and prints an empty month as an empty grid', async () => {
    const pdf = await folder.render('rota-empty', rotaDocument({ organisationName: ORGANISATION, printedOn: PRINTED_ON, month: '2026-02', sessions: [] }));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain('0 sessions · every session has a facilitator');
    expect(pdf.text).toContain('28');
    expect(pdf.text).not.toMatch(/\b29\b/);
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => rotaDocument({ organisationName: ORGANISATION, printedOn: PRINTED_ON, month: 'December', sessions: [] })).toThrow(/not a month/);
    expect(() => rotaDocument({ organisationName: ORGANISATION, printedOn: PRINTED_ON, month: '2025-13', sessions: [] })).toThrow(/not a month/);
  });
});

describe('a month of ten groups', () => {
  // Weekly, fortnightly and monthly groups, as a small charity runs them: two or three
  // sessions on a busy day, one facilitator with a very long name.
  const GROUPS: [string, number, string, string[], number[]][] = [
    ['Tuesday Talk Merthyr', 1, '10:30', ['Gwenllian Ŵyn', 'Łukasz Wróbel'], [0, 1, 2, 3, 4]],
    ['Hearing Voices Aberdâr', 2, '18:00', ['Siân ap Gruffudd'], [0, 1, 2, 3, 4]],
    ['Men’s Shed Coffee Morning', 4, '09:30', ['Aled Rhys', 'Zoë Ellis'], [0, 1, 2, 3, 4]],
    ['Online Evening Check-in', 3, '19:00', ['Nguyễn Thị Minh Khai'], [0, 1, 2, 3, 4]],
    ['Carers’ Circle Pontypridd', 0, '13:30', ['Mary-Catherine Featherstonehaugh-Montgomery'], [1, 3]],
    ['Grŵp Cymraeg Aberdâr', 1, '14:00', ['Bethan Ŷnys-Hughes'], [0, 2, 4]],
    ['Young Adults Peer Group', 3, '17:30', ['Zoë Ellis', 'Rhodri Pritchard'], [1, 3]],
    ['Bereavement Peer Support', 0, '10:00', ['Ifeoma Okonkwo'], [0, 2, 4]],
    ['Saturday Coffee and Chat', 5, '10:30', ['Seán O’Sullivan'], [1]],
    ['Older People’s Peer Group', 1, '10:00', ['Siân ap Gruffudd', 'Aled Rhys'], [1]],
  ];
  // December 2025 begins on a Monday (weekday 0).
  const sessions = GROUPS.flatMap(([groupName, weekday, start, facilitators, weeks], g) =>
    weeks
      .map((week) => 1 + weekday + 7 * week)
      .filter((day) => day <= 31)
      .map((day) =>
        session(`2025-12-${String(day).padStart(2, '0')}`, groupName, (day + g) % 6 === 0 ? [] : facilitators, {
          startTime: start,
          endTime: `${String(Number(start.slice(0, 2)) + 2).padStart(2, '0')}:${start.slice(3)}`,
          venueName: g % 2 ? 'Canolfan Soar' : 'Aberdare Library',
          cancelled: day === 25 || day === 26,
        }),
      ),
  );

  it('fits one landscape page, gaps marked in their cells', async () => {
    const pdf = await folder.render('rota-ten', rotaDocument({ organisationName: ORGANISATION, printedOn: PRINTED_ON, month: '2025-12', sessions }));
    expect(pdf.pageCount).toBe(1);
    const gaps = sessions.filter((s) => !s.cancelled && s.facilitators.length === 0).length;
    expect(gaps).toBeGreaterThan(0);
    expect(pdf.flow.match(/FACILITATOR NEEDED/g)).toHaveLength(gaps);
    for (const [name] of GROUPS) expect(pdf.flow).toContain(name);
    expect(pdf.text).toContain('Where:');
    expect(Math.min(...fontSizes(rotaDocument({ organisationName: ORGANISATION, printedOn: PRINTED_ON, month: '2025-12', sessions }).content))).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
  });
});

describe('an extreme day', () => {
  it('lets a week taller than a page run over the break rather than lose it', async () => {
    // pdfmake silently drops a row that must stay whole but cannot fit any page.
    const sessions = Array.from({ length: 30 }, (_, i) =>
      session('2025-12-13', `Stall${i + 1}`, ['Trần Văn Đức', 'Zoë Brontë-Ffoulkes'], { startTime: `${String(8 + Math.floor(i / 3)).padStart(2, '0')}:00`, endTime: '18:00' }),
    );
    const pdf = await folder.render('rota-extreme', rotaDocument({ organisationName: ORGANISATION, printedOn: PRINTED_ON, month: '2025-12', sessions }));
    for (let i = 1; i <= 30; i++) expect(pdf.text).toMatch(new RegExp(`\\bStall${i}\\b`));
    for (const day of ['8', '14', '31']) expect(pdf.text).toMatch(new RegExp(`\\b${day}\\b`));
    for (const page of pdf.pages) expect(page).toMatch(/Monday\s+Tuesday/);
  });
});

/** Roboto's line box is 1.172 em: a word's box height over that is the size it was printed at. */
const printedSize = (w: Word) => (w.yMax - w.yMin) / 1.172;

/** How often a name is printed whole: as one word on the paper, a comma after it or not. */
function wholeWords(words: Word[], word: string): number {
  return words.filter((w) => w.text.replace(/,$/, '') === word).length;
}

function timesListed(data: RotaData, surname: string): number {
  return data.sessions.filter((s) => !s.cancelled).flatMap((s) => s.facilitators).filter((f) => typeof f !== 'string' && f.surname === surname).length;
}

describe('a very full month: ten groups meeting on all seven days, long names', () => {
  // Two sessions every day, two facilitators each; August and March 2026 run to six weeks.
  for (const month of ['2026-08', '2026-03', '2026-02']) {
    describe(month, () => {
      const data = fullMonth(month);
      let pdf: RenderedPdf;
      let words: Word[];

      beforeAll(async () => {
        pdf = await folder.render(`rota-full-${month}`, rotaDocument(data));
        words = await folder.words(pdf.file);
      });

      it('fits one landscape page, every session and gap in its cell', () => {
        expect(pdf.info['Page size']).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
        expect(pdf.pageCount).toBe(1);
        expect(planRota(data).pages).toBe(1);
        for (const group of TEN_GROUPS) {
          const sessions = data.sessions.filter((s) => s.groupName === group.name).length;
          // Once in each of its cells, and once more in the "Where" list if it has a venue.
          expect(pdf.flow.split(group.name).length - 1, group.name).toBe(sessions + (group.venue ? 1 : 0));
        }
        const gaps = data.sessions.filter((s) => !s.cancelled && s.facilitators.length === 0).length;
        expect(gaps).toBeGreaterThan(0);
        expect(pdf.flow.match(/FACILITATOR NEEDED/g)).toHaveLength(gaps);
        for (let day = 1; day <= Number(data.sessions.at(-1)!.date.slice(8)); day++) expect(words.some((w) => w.text === String(day))).toBe(true);
      });

      it('prints nothing under 7.5 pt', () => {
        expect(Math.min(...fontSizes(rotaDocument(data).content))).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
        const grid = words.filter((w) => w.yMin > words.find((x) => x.text === 'Monday')!.yMax);
        expect(Math.min(...grid.map(printedSize))).toBeGreaterThan(MIN_FONT_SIZE - 0.1);
      });

      it('never cuts a name mid-word: long surnames are printed whole, with initials where the cell is too narrow', () => {
        expect(words.filter((w) => w.text.endsWith('-'))).toEqual([]);
        for (const surname of ['Fitzgerald-Worthington', 'Wróbel-Kowalczyk', 'Nowak-Szymańska', 'Brontë-Ffoulkes', 'Pryce-Llewellyn']) {
          expect(wholeWords(words, surname), surname).toBe(timesListed(data, surname));
        }
        // "Llewelyn-Ap Rhys" is two words: whole, and on one line, each time.
        expect(pdf.flow.split(/(?:Siân|S\.) Llewelyn-Ap Rhys/).length - 1).toBe(timesListed(data, 'Llewelyn-Ap Rhys'));
        // Initials are used, and each stays on the line of its surname.
        const initials = words.flatMap((w, i) => (w.text === 'B.' ? [[w, words[i + 1]!] as const] : []));
        expect(initials.length).toBeGreaterThan(0);
        for (const [initial, surname] of initials) {
          expect(surname.text.replace(/,$/, '')).toBe('Fitzgerald-Worthington');
          expect(Math.abs(surname.yMin - initial.yMin)).toBeLessThan(1);
        }
      });
    });
  }
});

describe('more than ten groups', () => {
  const data = fullMonth('2026-03', [...TEN_GROUPS, ...FOUR_MORE]);
  let pdf: RenderedPdf;
  let words: Word[];

  beforeAll(async () => {
    pdf = await folder.render('rota-fourteen', rotaDocument(data));
    words = await folder.words(pdf.file);
  });

  it('continues onto a second page in whole weeks, under the day names again, the month named on each page', () => {
    expect(pdf.pageCount).toBe(2);
    expect(planRota(data).pages).toBe(2);
    for (const page of pdf.pages) expect(page).toMatch(/Monday\s+Tuesday\s+Wednesday\s+Thursday\s+Friday\s+Saturday\s+Sunday/);
    pdf.pages.forEach((page, i) => expect(page).toMatch(new RegExp(`Facilitator rota: March 2026[\\s\\S]*Page ${i + 1} of 2`)));
    // March 2026 starts on a Sunday: its weeks begin on the 2nd, 9th, 16th, 23rd and 30th.
    const gridTop = (page: number) => words.find((w) => w.page === page && w.text === 'Monday')!.yMax;
    const footerTop = 595.28 - 42.5;
    const pagesOf = (day: number) => new Set(words.filter((w) => w.text === String(day) && w.yMin > gridTop(w.page) && w.yMax < footerTop).map((w) => w.page));
    const weeks = [[1], [2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15], [16, 17, 18, 19, 20, 21, 22], [23, 24, 25, 26, 27, 28, 29], [30, 31]];
    for (const week of weeks) {
      const pages = new Set(week.flatMap((day) => [...pagesOf(day)]));
      expect(pages.size, `week of the ${week[0]}`).toBe(1);
    }
    expect([...pagesOf(1)]).toEqual([1]);
    expect([...pagesOf(31)]).toEqual([2]);
    expect(pdf.pages[1]).toContain('Where:');
  });

  it('loses no session over the page break', () => {
    for (const group of [...TEN_GROUPS, ...FOUR_MORE]) {
      const sessions = data.sessions.filter((s) => s.groupName === group.name).length;
      expect(pdf.flow.split(group.name).length - 1, group.name).toBe(sessions + (group.venue ? 1 : 0));
    }
    expect(pdf.flow.match(/FACILITATOR NEEDED/g)).toHaveLength(data.sessions.filter((s) => !s.cancelled && s.facilitators.length === 0).length);
  });
});

describe('measuring a month before printing it', () => {
  it('knows how many pages pdfmake will take, light months to crowded ones', async () => {
    const months: RotaData[] = [
      rotaData(),
      fullMonth('2026-05'),
      fullMonth('2026-06', TEN_GROUPS.slice(0, 5)),
      fullMonth('2027-01', [...TEN_GROUPS, ...FOUR_MORE.slice(0, 2)]),
      fullMonth('2025-11', [...TEN_GROUPS, ...FOUR_MORE]),
    ];
    for (const [i, data] of months.entries()) {
      const pdf = await folder.render(`rota-measured-${i}`, rotaDocument(data));
      expect(planRota(data).pages, data.month).toBe(pdf.pageCount);
    }
  });

  it('keeps a usual month roomy: end times, full names and 10 pt', () => {
    const three = [TEN_GROUPS[1]!, TEN_GROUPS[3]!, TEN_GROUPS[8]!];
    expect(planRota(fullMonth('2026-06', three)).look).toEqual({ size: 10, withEnd: true, shortNames: false, compact: false });
  });
});
