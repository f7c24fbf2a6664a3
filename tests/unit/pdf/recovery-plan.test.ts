import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_LOOKS, recoveryPlanDocument, type PlanGoal, type RecoveryPlanData } from '../../../electron/pdf/recovery-plan';
import { makePng } from '../../fixtures/reports/logo';
import { fontSizes, PdfFolder, squeeze, type RenderedPdf, type Word } from './pdf-files';

/** Roboto's ascender-to-descender box is 1.172 em: a word's box height over that is its printed size. */
const printedSize = (w: Word) => (w.yMax - w.yMin) / 1.172;

const allotment: PlanGoal = {
  text: 'Get back to the allotment 🌱',
  steps: ['Ring the committee', 'Go once with Siân'],
  targetDate: '2026-12-25',
  latestReview: { date: '2026-11-12', progress: 'Some progress', comment: 'Rang them, going on Saturday' },
};
const walking: PlanGoal = { text: 'Walk to Łucja’s café in Llŷr Street on my own', steps: [] };

const data: RecoveryPlanData = {
  organisationName: 'Age UK Sutton',
  printedOn: '2026-11-23',
  memberFirstName: 'Bronwen 😀',
  kindName: 'One-to-one peer support',
  volunteerFirstName: 'Siân',
  goals: [allotment, walking],
};

/** Six goals of five steps, each goal's words its own so a page can be checked for them. */
const sixGoals: PlanGoal[] = Array.from({ length: 6 }, (_, g) => ({
  text: `Goal ${g + 1}: feel at ease going out`,
  steps: Array.from({ length: 5 }, (__, s) => `Step ${s + 1} of goal ${g + 1}${s === 2 ? ', which is a longer step so that it wraps onto a second line in large print' : ''}`),
  targetDate: '2027-03-01',
  ...(g % 2 ? { latestReview: { date: '2026-11-12', progress: 'Mostly there' } } : {}),
}));

let folder: PdfFolder;
let standard: RenderedPdf;
let large: RenderedPdf;
let standardWords: Word[];
let largeWords: Word[];

beforeAll(async () => {
  folder = await PdfFolder.create();
  standard = await folder.render('plan-standard', recoveryPlanDocument(data, 'standard'));
  large = await folder.render('plan-large', recoveryPlanDocument(data, 'large'));
  standardWords = await folder.words(standard.file);
  largeWords = await folder.words(large.file);
});
afterAll(async () => {
  await folder.remove();
});

describe('"Print my plan"', () => {
  it('is an A4 plan from the organisation for the member, with the programme and the volunteer, first names only', () => {
    expect(standard.info['Page size']).toMatch(/\(A4\)/);
    expect(standard.info['Title']).toBe('My recovery plan: Bronwen');
    expect(standard.flow).toContain('Age UK Sutton');
    expect(standard.flow).toContain('My recovery plan');
    expect(standard.flow).toContain('Name: Bronwen Programme: One-to-one peer support Volunteer: Siân These are your goals');
    // The date it was printed is at the foot of every page.
    expect(standard.pages[0]).toContain('Age UK Sutton · Printed 23/11/2026');
  });

  it('lists each goal in the member’s words with its steps, target date and latest review, and room to write', () => {
    expect(standard.flow).toContain('1. Get back to the allotment Target: by Fri 25 Dec 2026 Latest review: Some progress \u2014 12/11/2026: Rang them, going on Saturday');
    expect(standard.flow).toContain('Small steps Ring the committee Go once with Siân');
    expect(standard.flow).toContain('2. Walk to Łucja’s café in Llŷr Street on my own Latest review: Not reviewed yet My notes');
    expect(standard.flow.match(/My notes/g)).toHaveLength(2);
    expect(standard.flow).toContain('Anything else I want to remember');
  });

  it('keeps Welsh and Polish letters and leaves emoji out rather than print empty boxes', () => {
    expect(standard.text).toContain('Llŷr');
    expect(standard.text).toContain('Łucja');
    expect(standard.text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(standard.flow).toContain('1. Get back to the allotment Target');
  });

  it('prints 14 pt in standard print and 18 pt in large print, nothing smaller than 12 and 16', () => {
    const body = (words: Word[]) => words.filter((w) => w.text === 'committee').map(printedSize);
    for (const size of body(standardWords)) expect(size).toBeCloseTo(PLAN_LOOKS.standard.body, 0);
    for (const size of body(largeWords)) expect(size).toBeCloseTo(18, 0);
    expect(Math.min(...standardWords.map(printedSize))).toBeGreaterThan(11.8);
    expect(Math.min(...largeWords.map(printedSize))).toBeGreaterThan(15.8);
    const doc = recoveryPlanDocument(data, 'large');
    expect(doc.defaultStyle).toMatchObject({ fontSize: 18, alignment: 'left' });
    expect(Math.min(...fontSizes(doc.content))).toBeGreaterThanOrEqual(18);
    expect(JSON.stringify(doc.content)).not.toContain('"italics":true');
  });

  it('says large print in its title, and reflows rather than scales', () => {
    expect(large.info['Title']).toBe('My recovery plan: Bronwen (large print)');
    expect(large.info['Page size']).toBe(standard.info['Page size']);
    // The same words on the same A4, fewer to a line: the introduction's longest line is shorter.
    const longestIntroLine = (words: Word[]) => {
      const from = words.findIndex((w) => w.text === 'These');
      const to = words.findIndex((w) => w.text === 'remember.');
      const lines = new Map<number, number>();
      for (const w of words.slice(from, to + 1)) lines.set(Math.round(w.yMin), (lines.get(Math.round(w.yMin)) ?? 0) + 1);
      return Math.max(...lines.values());
    };
    expect(longestIntroLine(largeWords)).toBeLessThan(longestIntroLine(standardWords));
    expect(large.pageCount).toBeGreaterThanOrEqual(standard.pageCount);
    expect(squeeze(large.flow)).toContain('Some progress \u2014 12/11/2026: Rang them, going on Saturday');
  });

  it('with six goals of five steps in large print, keeps each goal on one page and names the plan at the top of every page after the first', async () => {
    const plan = await folder.render('plan-six-large', recoveryPlanDocument({ ...data, goals: sixGoals }, 'large'));
    expect(plan.pageCount).toBeGreaterThan(3);
    plan.pages.slice(1).forEach((page) => expect(page.trimStart().startsWith('My recovery plan: Bronwen')).toBe(true));
    sixGoals.forEach((goal, g) => {
      const page = plan.pages.findIndex((p) => p.includes(`${g + 1}. Goal ${g + 1}:`));
      expect(page).toBeGreaterThanOrEqual(0);
      for (let s = 1; s <= 5; s++) expect(plan.pages[page]).toContain(`Step ${s} of goal ${g + 1}`);
      expect(plan.pages[page]).toContain('My notes');
    });
    plan.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${plan.pageCount}`));
  });

  it('never leaves anything out of a goal too long for one page: it runs on to the next', async () => {
    const words = (label: string, n: number) => `${label} ${'word '.repeat(n)}`.trim();
    const huge: PlanGoal = {
      text: words('Huge goal', 90),
      steps: Array.from({ length: 20 }, (_, i) => words(`Long step ${i + 1}`, 55)),
      latestReview: { date: '2026-11-12', progress: 'Mostly there', comment: words('Review', 190) },
    };
    const plan = await folder.render('plan-huge-large', recoveryPlanDocument({ ...data, goals: [huge, sixGoals[0]!] }, 'large'));
    for (let i = 1; i <= 20; i++) expect(plan.flow).toContain(`Long step ${i} word`);
    expect(plan.flow).toContain('Review word');
    expect(plan.flow).toContain('Step 5 of goal 1');
  });

  it('puts the logo at the top when Settings has one, and asks for a first goal when there is none', async () => {
    const png = makePng(400, 120);
    const withLogo = recoveryPlanDocument({ ...data, logo: { mimeType: 'image/png', base64: png.toString('base64') } }, 'standard');
    expect(JSON.stringify(withLogo.content)).toContain('data:image/png;base64,');
    expect((await folder.render('plan-logo', withLogo)).flow).toContain('Age UK Sutton My recovery plan');
    const empty = await folder.render('plan-empty', recoveryPlanDocument({ ...data, goals: [] }, 'standard'));
    expect(empty.pageCount).toBe(1);
    expect(empty.flow).toContain('No goals written down yet. Write your first one here:');
  });
});
