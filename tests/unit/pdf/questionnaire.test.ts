import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_LOOKS, questionnaireDocument, type QuestionnaireData } from '../../../electron/pdf/questionnaire';
import { BUILT_IN_MEASURES, customMeasureDefinition, measureById, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { PdfFolder, squeeze, type RenderedPdf, type Word } from './pdf-files';

/** Roboto's ascender-to-descender box is 1.172 em: a word's box height over that is its printed size. */
const printedSize = (w: Word) => (w.yMax - w.yMin) / 1.172;

const measure = (id: string): MeasureDefinition => measureById(id, [])!;

const custom = customMeasureDefinition({
  id: 'star',
  name: 'Our Recovery Star areas',
  instructions: 'Circle how things are for you now.',
  recallPeriod: 'this month',
  items: [
    { id: 'a', text: 'Managing mental health', reverse: false },
    { id: 'b', text: 'Living skills', reverse: true },
  ],
  answerMin: 1,
  answerMax: 10,
  labels: [
    { value: 1, label: 'Stuck' },
    { value: 10, label: 'Self-reliant' },
  ],
  higherIsBetter: true,
  meaningfulChange: 2,
  missing: 'none',
  licence: 'Recovery Star © Triangle Consulting, used under licence',
});

const base = (m: MeasureDefinition): QuestionnaireData => ({ organisationName: 'Age UK Sutton', measure: m });

let folder: PdfFolder;
const standard = new Map<string, RenderedPdf>();
const large = new Map<string, RenderedPdf>();

beforeAll(async () => {
  folder = await PdfFolder.create();
  for (const m of [...BUILT_IN_MEASURES, custom]) {
    const data = m.id === 'swemwbs' ? { ...base(m), swemwbsRegistration: 'WEMWBS-2231', memberFirstName: 'Bronwen' } : base(m);
    standard.set(m.id, await folder.render(`${m.id}-standard`, questionnaireDocument(data, 'standard')));
    large.set(m.id, await folder.render(`${m.id}-large`, questionnaireDocument(data, 'large')));
  }
});
afterAll(async () => {
  await folder.remove();
});

describe('"Print questionnaire"', () => {
  it('prints every item of every measure in its exact words, numbered, with each answer label', () => {
    for (const m of [...BUILT_IN_MEASURES, custom]) {
      const flow = standard.get(m.id)!.flow;
      m.items.forEach((item, i) => expect(flow, `${m.id} item ${i + 1}`).toContain(`${i + 1}. ${squeeze(item.text)}`));
      for (const label of m.answers.map((a) => a.label).filter((l) => !/^\d+$/.test(l))) expect(flow, `${m.id}: ${label}`).toContain(label);
      expect(flow).toContain(squeeze(m.name));
    }
  });

  it('heads the form with the organisation, name and date lines, the instructions and the recall period', () => {
    const core = standard.get('core-10')!;
    expect(core.info['Page size']).toMatch(/\(A4\)/);
    expect(core.info['Title']).toBe('CORE-10 questionnaire');
    expect(core.flow).toMatch(/^Age UK Sutton CORE-10 Name: Date:/);
    expect(core.flow).toContain('Please read each statement and think how often you felt that way last week.');
    expect(core.flow).toContain('Answer for how things have been over the last week. Tick one box for each question.');
    // CORE-10's instructions do not say how to answer; SWEMWBS's do, so it is not said twice.
    expect(core.flow).toContain('Tick one box for each question.');
    expect(standard.get('swemwbs')!.flow).not.toContain('Tick one box for each question.');
  });

  it('writes the member’s first name on the name line when printed for one person', () => {
    expect(standard.get('swemwbs')!.flow).toMatch(/Name: Bronwen Date:/);
    expect(standard.get('ons4')!.flow).toMatch(/Name: Date:/);
  });

  it('carries the source and licence line, and the SWEMWBS registration when the organisation has one', () => {
    for (const m of [...BUILT_IN_MEASURES, custom]) {
      // A hyphenated word wrapped at the end of a line reads back as "non- commercial".
      const flow = standard.get(m.id)!.flow.replace(/- /g, '-');
      expect(flow).toContain(squeeze(m.licence));
      expect(flow).toContain(`Source: ${squeeze(m.source)}`);
    }
    expect(standard.get('swemwbs')!.flow).toContain('© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved. Registration: WEMWBS-2231');
    expect(standard.get('core-10')!.flow).not.toContain('Registration:');
    // Lines run together as sentences, each ending in a full stop.
    expect(standard.get('star')!.flow).toContain('Source: Entered by the organisation. Recovery Star © Triangle Consulting, used under licence.');
  });

  it('says where the wording could not be checked, and only there', () => {
    const core = measure('core-10');
    expect(core.wordingVerified).toBe(false);
    expect(standard.get('core-10')!.flow).toContain(`About this wording: ${squeeze(core.wordingNote!)}`);
    expect(standard.get('swemwbs')!.flow).not.toContain('About this wording');
  });

  it('prints a long numbered scale as numbered boxes with its end labels written out', () => {
    const ons = standard.get('ons4')!.flow;
    expect(ons).toContain('1. Overall, how satisfied are you with your life nowadays? 0 1 2 3 4 5 6 7 8 9 10 0 = Not at all satisfied 10 = Completely satisfied');
    expect(ons).toContain('0 = Not at all anxious 10 = Completely anxious');
    expect(standard.get('star')!.flow).toContain('1 = Stuck 10 = Self-reliant');
  });

  it('fits every built-in measure and a short custom scale on one page in standard print', () => {
    for (const [id, pdf] of standard) expect(pdf.pageCount, id).toBe(1);
  });

  it('prints 14 pt in standard print and 18 pt in large print, and repeats the header on a second page', async () => {
    const item = (words: Word[]) => words.filter((w) => w.text === 'optimistic').map(printedSize);
    const [s, l] = [await folder.words(standard.get('swemwbs')!.file), await folder.words(large.get('swemwbs')!.file)];
    expect(item(s)).not.toHaveLength(0);
    for (const size of item(s)) expect(size).toBeCloseTo(FORM_LOOKS.standard.body, 0);
    for (const size of item(l)) expect(size).toBeCloseTo(FORM_LOOKS.large.body, 0);
    expect(large.get('swemwbs')!.info['Title']).toBe('SWEMWBS questionnaire (large print)');
    const core = large.get('core-10')!;
    expect(core.pageCount).toBe(2);
    expect(core.pages[1]).toContain('CORE-10, continued');
    // The answer labels head the grid again on the new page.
    expect(core.pages[1]).toContain('Not at all');
    for (const [id, pdf] of large) expect(pdf.pageCount, id).toBeLessThanOrEqual(2);
  });
});
