import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_LOOKS, privacyNoticeDocument } from '../../../electron/pdf/privacy-notice';
import { privacyNotice, type NoticeDetails } from '../../../shared/domain/privacy-notice';
import { fontSizes, PdfFolder, squeeze, type RenderedPdf, type Word } from './pdf-files';

/** Roboto's ascender-to-descender box is 1.172 em: a word's box height over that is its printed size. */
const printedSize = (w: Word) => (w.yMax - w.yMin) / 1.172;

const details: NoticeDetails = {
  organisationName: 'Cwm Taf Peer Support 🌱',
  organisationAddress: 'Tŷ Cymorth\n12 Heol y Felin\nMerthyr Tudful CF47 8UB',
  organisationPhone: '01685 496 000',
  organisationEmail: 'hello@cwmtafpeers.org.uk',
  dataProtectionContact: 'Siân Llŷr, Data Protection Lead',
  icoRegistration: 'ZA123456',
};

let folder: PdfFolder;
let standard: RenderedPdf;
let large: RenderedPdf;
let largeWords: Word[];
let standardWords: Word[];

beforeAll(async () => {
  folder = await PdfFolder.create();
  standard = await folder.render('notice-standard', privacyNoticeDocument({ notice: privacyNotice(details), printedOn: '2026-11-23' }, 'standard'));
  large = await folder.render('notice-large', privacyNoticeDocument({ notice: privacyNotice(details), printedOn: '2026-11-23' }, 'large'));
  standardWords = await folder.words(standard.file);
  largeWords = await folder.words(large.file);
});
afterAll(async () => {
  await folder.remove();
});

describe('"Print privacy notice"', () => {
  it('names the organisation, how to reach it, who to ask and its ICO registration', () => {
    expect(standard.info['Page size']).toMatch(/\(A4\)/);
    expect(standard.info['Title']).toBe('How we use your information');
    const flow = squeeze(standard.flow);
    expect(flow).toContain('Cwm Taf Peer Support How we use your information A privacy notice for our members and volunteers');
    expect(flow).toContain('Cwm Taf Peer Support is responsible for the information we keep about you');
    expect(flow).toContain('ask Siân Llŷr, Data Protection Lead.');
    expect(flow).toContain('Write to: Tŷ Cymorth, 12 Heol y Felin, Merthyr Tudful CF47 8UB');
    expect(flow).toContain('Phone: 01685 496 000');
    expect(flow).toContain('Email: hello@cwmtafpeers.org.uk');
    expect(flow).toContain('number ZA123456');
    expect(standard.text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('says what, why with the lawful bases, who we share with, how long, their rights and the ICO contact', () => {
    const flow = squeeze(standard.flow);
    for (const heading of ['Who we are', 'What we keep about you', 'Why we keep it, and the law that allows it', 'Who we share it with', 'How long we keep it', 'Your rights']) {
      expect(flow).toContain(heading);
    }
    for (const basis of ['Article 6(1)(f)', 'Article 6(1)(a)', 'Article 6(1)(c)', 'Article 9(2)(d)', 'Article 9(2)(a)', 'Article 9(2)(g)', 'Schedule 1, paragraph 8']) expect(flow).toContain(basis);
    expect(flow).toContain('Records of members and volunteers who have left: 6 years after our last contact with them.');
    expect(flow).toContain('Referrals that were declined or withdrawn: 2 years after the referral closed.');
    expect(flow).toContain('DBS certificate numbers: 6 months after the decision about the check.');
    expect(flow).toContain('Private notes from volunteer supervision: 6 years after the supervision.');
    for (const right of ['see the information', 'corrected', 'deleted', 'object', 'take to another organisation', 'withdraw your consent']) expect(flow).toContain(right);
    expect(flow).toContain('ico.org.uk/make-a-complaint, phone 0303 123 1113');
    // The date it was printed and the page are at the foot of every page.
    standard.pages.forEach((page, i) => expect(squeeze(page)).toContain(`Privacy notice · Printed 23/11/2026 Page ${i + 1} of ${standard.pageCount}`));
  });

  it('prints 12 pt in standard print and 18 pt in large print, nothing in large print under 16, no italics, and reflows onto more pages', () => {
    const sizeOf = (words: Word[], text: string) => words.filter((w) => w.text === text).map(printedSize);
    for (const size of sizeOf(standardWords, 'legitimate')) expect(size).toBeCloseTo(NOTICE_LOOKS.standard.body, 0);
    for (const size of sizeOf(largeWords, 'legitimate')) expect(size).toBeCloseTo(18, 0);
    expect(Math.min(...largeWords.map(printedSize))).toBeGreaterThan(15.8);
    const doc = privacyNoticeDocument({ notice: privacyNotice(details), printedOn: '2026-11-23' }, 'large');
    expect(Math.min(...fontSizes(doc.content))).toBeGreaterThanOrEqual(18);
    expect(JSON.stringify(doc.content)).not.toContain('"italics":true');
    expect(large.info['Title']).toBe('How we use your information (large print)');
    expect(large.info['Page size']).toBe(standard.info['Page size']);
    expect(large.pageCount).toBeGreaterThan(standard.pageCount);
    expect(standard.pageCount).toBeLessThanOrEqual(4);
  });

  it('never leaves a section heading alone at the foot of a page', () => {
    for (const pdf of [standard, large]) {
      for (const page of pdf.pages.slice(0, -1)) {
        const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
        const lastText = lines.at(-2) ?? '';
        expect(['Who we are', 'What we keep about you', 'Who we share it with', 'How long we keep it', 'Your rights']).not.toContain(lastText);
      }
    }
  });

  it('reads sensibly with nothing but a name in Settings, and says who to ask in general terms', async () => {
    const bare = await folder.render('notice-bare', privacyNoticeDocument({ notice: privacyNotice({ organisationName: '' }), printedOn: '2026-11-23' }, 'standard'));
    const flow = squeeze(bare.flow);
    expect(flow).toContain('We are responsible for the information we keep about you');
    expect(flow).toContain('ask us using the details below');
    expect(flow).not.toContain('registered with the Information');
    expect(flow).toContain('To use any of these rights, ask us. It is free.');
  });
});
