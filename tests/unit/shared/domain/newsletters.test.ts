import { describe, expect, it } from 'vitest';
import { articlesAwaitingAgreement, base64Bytes, hasImageSignature, issueInputSchema, MAX_IMAGE_BYTES, sectionInputSchema, type NewsletterSection } from '../../../../shared/domain/newsletters';
import { makeArticleInput, makeSectionInput, testPngBase64 } from '../../../factories/newsletters';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a newsletter issue', () => {
  it('needs a title and a date', () => {
    expect(issueInputSchema.safeParse({ title: 'Winter 2026', date: '2026-12-01' }).success).toBe(true);
    const bad = issueInputSchema.safeParse({ title: '   ', date: '' });
    expect(bad.success).toBe(false);
    expect(messages(bad).map((m) => m.split(':')[0])).toEqual(['title', 'date']);
  });
});

describe('a section', () => {
  it('needs a heading and a kind; the body may be empty', () => {
    expect(sectionInputSchema.parse(makeSectionInput({ body: undefined }))).toMatchObject({ body: '', publishAgreed: false });
    const bad = sectionInputSchema.safeParse({ kind: 'poem', heading: '' });
    expect(messages(bad)).toEqual(['kind: Choose what kind of section it is', 'heading: Enter a heading']);
  });

  it('needs an author for an article', () => {
    expect(messages(sectionInputSchema.safeParse(makeArticleInput({ author: '' })))).toEqual(['author: Enter who wrote the article']);
  });

  it('refuses a body over 20,000 characters, in words', () => {
    expect(messages(sectionInputSchema.safeParse(makeSectionInput({ body: 'x'.repeat(20_001) })))).toEqual(['body: The text must be 20,000 characters or fewer']);
  });

  it('takes a picture only with a description of what it shows', () => {
    const png = testPngBase64(20, 20);
    expect(sectionInputSchema.safeParse(makeSectionInput({ image: { mimeType: 'image/png', base64: png, alt: 'Members planting bulbs' } })).success).toBe(true);
    const noAlt = sectionInputSchema.safeParse(makeSectionInput({ image: { mimeType: 'image/png', base64: png, alt: '  ' } }));
    expect(messages(noAlt)).toEqual(['image.alt: Enter what the picture shows (for people who cannot see it)']);
  });

  it('refuses a file that is not really a JPEG or PNG, and one over 1 MB', () => {
    const pdfRenamed = Buffer.from('%PDF-1.7 not a picture').toString('base64');
    expect(messages(sectionInputSchema.safeParse(makeSectionInput({ image: { mimeType: 'image/png', base64: pdfRenamed, alt: 'x' } })))).toEqual([
      'image.base64: That file is not a JPEG or PNG picture. Choose another.',
    ]);
    const huge = `iVBORw0KGgo${'A'.repeat(Math.ceil(MAX_IMAGE_BYTES / 3) * 4)}`;
    expect(messages(sectionInputSchema.safeParse(makeSectionInput({ image: { mimeType: 'image/png', base64: huge, alt: 'x' } })))[0]).toBe('image.base64: The picture is too big: it must be under 1 MB');
  });

  it('recognises pictures by their first bytes and knows their size', () => {
    expect(hasImageSignature('image/png', testPngBase64(4, 4))).toBe(true);
    expect(hasImageSignature('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64'))).toBe(true);
    expect(hasImageSignature('image/jpeg', testPngBase64(4, 4))).toBe(false);
    expect(base64Bytes(Buffer.from('hello!!').toString('base64'))).toBe(7);
  });
});

describe('articles and agreement to publish', () => {
  it('lists articles whose author has not agreed, and nothing else', () => {
    const section = (kind: NewsletterSection['kind'], publishAgreed?: boolean): NewsletterSection => ({ id: `${kind}-${String(publishAgreed)}`, kind, heading: kind, body: '', ...(publishAgreed === undefined ? {} : { publishAgreed }) });
    const waiting = articlesAwaitingAgreement({ sections: [section('article', true), section('article', false), section('whats-on'), section('free-text')] });
    expect(waiting.map((s) => s.id)).toEqual(['article-false']);
  });
});
