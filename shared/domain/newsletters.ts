import { z } from 'zod';
import { optionalText, requiredIsoDate, requiredText, requiredUkDate } from '../fields';

/**
 * A newsletter issue: a title, a date and sections in order. Each section has a heading and
 * a body typed in simple markup (see newsletter-markup.ts), and may carry one picture kept
 * inside the record (base64), so the data folder stays the only thing to back up.
 *
 * Once an issue is marked as sent it records who it went to and how, and is never changed
 * again: a copy is made to edit.
 */

export const SECTION_KINDS = ['article', 'whats-on', 'community', 'social', 'free-text'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  article: "Member's article",
  'whats-on': "What's on",
  community: 'Community services',
  social: 'Social events',
  'free-text': 'Free text',
};

export const ISSUE_STATUSES = ['draft', 'sent'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = { draft: 'Draft', sent: 'Sent' };

export const CHANNELS = ['email', 'post', 'large-print'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { email: 'Email', post: 'Post', 'large-print': 'Large print by post' };

export const PERSON_TYPES = ['member', 'volunteer'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];

export const IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
/**
 * One picture at most 1 MB: enough for a sharp photo across the page (the app shrinks bigger
 * ones first), while a year of issues stays small enough to save in a blink.
 */
export const MAX_IMAGE_BYTES = 1_000_000;
const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;
export const MAX_SECTIONS = 60;

// ----- stored ---------------------------------------------------------------------------

export const sectionImageSchema = z.object({
  mimeType: z.enum(IMAGE_TYPES),
  base64: z.string(),
  /** What the picture shows, for people who cannot see it. Required. */
  alt: z.string(),
});
export type SectionImage = z.infer<typeof sectionImageSchema>;

export const sectionRecordSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  /** Simple markup: **bold**, *italic*, lines starting "- ", [text](https://…). */
  body: z.string(),
  /** Articles: who wrote it, as it should be printed. */
  author: z.string().optional(),
  /** Articles: the member agreed to it being published. Sending is refused without it. */
  publishAgreed: z.boolean().optional(),
  image: sectionImageSchema.optional(),
  /** What's on: the month (YYYY-MM) it was last filled from the groups' schedules. */
  filledFor: z.string().optional(),
});
export type NewsletterSection = z.infer<typeof sectionRecordSchema>;

export const sentRecipientSchema = z.object({
  personId: z.string(),
  personType: z.enum(PERSON_TYPES),
  channel: z.enum(CHANNELS),
});
export type SentRecipient = z.infer<typeof sentRecipientSchema>;

export const sentRecordSchema = z.object({
  /** The day it went out (ISO date). */
  date: z.string(),
  /** When it was recorded, and by whom. */
  recordedAt: z.string(),
  recordedBy: z.string(),
  recipients: z.array(sentRecipientSchema),
});
export type SentRecord = z.infer<typeof sentRecordSchema>;

export const issueRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  title: z.string(),
  /** The issue date printed on the masthead (ISO). */
  date: z.string(),
  status: z.enum(ISSUE_STATUSES),
  sections: z.array(sectionRecordSchema),
  sent: sentRecordSchema.optional(),
  /** The issue this one was copied from, if any. */
  copiedFrom: z.string().optional(),
});
export type NewsletterIssue = z.infer<typeof issueRecordSchema>;

// ----- input ----------------------------------------------------------------------------

export const issueInputSchema = z.object({
  title: requiredText('a title, like "Winter 2026"', 150),
  date: requiredIsoDate,
});
export type IssueInput = z.output<typeof issueInputSchema>;

/** The form's values: the date typed as dd/mm/yyyy. */
export const issueFormSchema = z.object({
  title: requiredText('a title, like "Winter 2026"', 150),
  date: requiredUkDate('the issue date'),
});
export type IssueFormValues = z.input<typeof issueFormSchema>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const sectionImageInputSchema = z
  .object({
    mimeType: z.enum(IMAGE_TYPES, { error: 'Choose a JPEG or PNG picture' }),
    base64: z
      .string()
      .max(MAX_IMAGE_BASE64, `The picture is too big: it must be under ${MAX_IMAGE_BYTES / 1_000_000} MB`)
      .regex(BASE64, 'The picture could not be read. Choose it again.'),
    alt: requiredText('what the picture shows (for people who cannot see it)', 300),
  })
  .superRefine((image, ctx) => {
    if (!hasImageSignature(image.mimeType, image.base64)) {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: 'That file is not a JPEG or PNG picture. Choose another.' });
    }
  });

export const sectionInputSchema = z
  .object({
    kind: z.enum(SECTION_KINDS, { error: 'Choose what kind of section it is' }),
    heading: requiredText('a heading', 150),
    body: z.string().max(20_000, 'The text must be 20,000 characters or fewer').default(''),
    author: optionalText('author', 150),
    publishAgreed: z.boolean().default(false),
    image: sectionImageInputSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'article' && !s.author) ctx.addIssue({ code: 'custom', path: ['author'], message: 'Enter who wrote the article' });
  });
export type SectionInput = z.output<typeof sectionInputSchema>;

/** The form's values; the picture itself is chosen separately, so only whether there is one is typed here. */
export const sectionFormSchema = z
  .object({
    kind: z.enum(SECTION_KINDS, { error: 'Choose what kind of section it is' }),
    heading: requiredText('a heading', 150),
    body: z.string().max(20_000, 'The text must be 20,000 characters or fewer'),
    author: optionalText('author', 150),
    publishAgreed: z.boolean(),
    hasImage: z.boolean(),
    imageAlt: z.string().max(300, 'Keep the description to 300 characters or fewer'),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'article' && !s.author) ctx.addIssue({ code: 'custom', path: ['author'], message: 'Enter who wrote the article' });
    if (s.hasImage && !s.imageAlt.trim()) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'Enter what the picture shows (for people who cannot see it)' });
  });
export type SectionFormValues = z.input<typeof sectionFormSchema>;

/** YYYY-MM */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month');

// ----- rules ----------------------------------------------------------------------------

/** The first bytes of every JPEG and PNG file: a renamed document is refused before it can break a print. */
export function hasImageSignature(mimeType: ImageType, base64: string): boolean {
  const head = base64.slice(0, 12);
  return mimeType === 'image/png' ? head.startsWith('iVBORw0KGgo') : head.startsWith('/9j/');
}

/** Bytes a base64 string decodes to. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Articles whose author has not agreed to publication: sending waits for them. */
export function articlesAwaitingAgreement(issue: Pick<NewsletterIssue, 'sections'>): NewsletterSection[] {
  return issue.sections.filter((s) => s.kind === 'article' && !s.publishAgreed);
}

/** The partition (year document) an issue lives in: the year it was created, which never changes. */
export function issuePartition(issue: Pick<NewsletterIssue, 'createdAt'>): string {
  return issue.createdAt.slice(0, 4);
}
