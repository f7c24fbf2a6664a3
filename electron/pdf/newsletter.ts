import type { Content, ContentText, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { inlineText, keepPostcodesTogether, linkForPrint, parseMarkup, type Block, type Inline } from '../../shared/domain/newsletter-markup';
import type { NewsletterSection, SectionKind } from '../../shared/domain/newsletters';
import { mm } from './layout';
import { dateInWords, printableRun as runOf, printableText } from './text';

/**
 * The newsletter on paper, in two prints from the same content:
 *
 * - standard print: 14 pt body (the recommended size; nothing on the page is under 12 pt),
 *   headings larger and bold;
 * - large print: 18 pt body, bold headings, sans-serif (Roboto), left aligned, generous
 *   line and paragraph spacing, emphasis in bold rather than italics (italics are harder to
 *   read), pictures on their own lines with nothing written over them.
 *
 * The text is reflowed, never scaled: each print lays out the same words at its own size,
 * so a page of large print is a real A4 page of 18 pt text, not an enlarged photocopy.
 */

export type PrintSize = 'standard' | 'large';

export interface NewsletterPrintSection {
  kind: SectionKind;
  heading: string;
  author?: string;
  /** Articles only: false prints a "proof" warning, so an unagreed article cannot go out unnoticed. */
  publishAgreed: boolean;
  blocks: Block[];
  image?: { dataUrl: string; alt: string };
}

/** A stored section as the printer needs it: the body read into paragraphs, the picture as a data URL. */
export function sectionForPrint(s: Pick<NewsletterSection, 'kind' | 'heading' | 'author' | 'publishAgreed' | 'body' | 'image'>): NewsletterPrintSection {
  return {
    kind: s.kind,
    heading: s.heading,
    ...(s.author ? { author: s.author } : {}),
    publishAgreed: s.publishAgreed ?? false,
    blocks: parseMarkup(s.body),
    ...(s.image ? { image: { dataUrl: `data:${s.image.mimeType};base64,${s.image.base64}`, alt: s.image.alt } } : {}),
  };
}

export interface NewsletterPrintData {
  organisationName: string;
  title: string;
  /** Issue date, ISO. */
  date: string;
  sections: NewsletterPrintSection[];
}

interface Look {
  body: number;
  lineHeight: number;
  paragraphGap: number;
  heading: number;
  sectionGap: number;
  organisation: number;
  title: number;
  dateLine: number;
  footer: number;
  imageWidth: number;
  imageHeight: number;
  margin: number;
  italics: boolean;
  /** The footer names the organisation as well as the issue (where a line has room for both). */
  footerOrganisation: boolean;
}

const CONTENT_WIDTH = mm(210) - 2 * mm(20);

export const LOOKS: Record<PrintSize, Look> = {
  standard: {
    body: 14,
    lineHeight: 1.25,
    paragraphGap: 8,
    heading: 20,
    sectionGap: 18,
    organisation: 26,
    title: 20,
    dateLine: 14,
    footer: 12,
    imageWidth: CONTENT_WIDTH * 0.75,
    imageHeight: mm(70),
    margin: mm(20),
    italics: true,
    footerOrganisation: true,
  },
  large: {
    body: 18,
    lineHeight: 1.4,
    paragraphGap: 14,
    heading: 24,
    sectionGap: 26,
    organisation: 30,
    title: 24,
    dateLine: 18,
    footer: 16,
    imageWidth: CONTENT_WIDTH,
    imageHeight: mm(100),
    margin: mm(20),
    italics: false,
    footerOrganisation: false,
  },
};

/** Strips what the font cannot draw but keeps the spaces between runs of differently styled words. */
const printableRun = (text: string): string => runOf(text, keepPostcodesTogether);

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

function runs(nodes: readonly Inline[], look: Look, style: RunStyle = {}): ContentText[] {
  const out: ContentText[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const text = printableRun(node.text);
        if (text) out.push({ text, ...style });
        break;
      }
      case 'break':
        out.push({ text: '\n' });
        break;
      case 'strong':
        out.push(...runs(node.children, look, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...runs(node.children, look, look.italics ? { ...style, italics: true } : { ...style, bold: true }));
        break;
      case 'link': {
        const words = runs(node.children, look, style)
          .map((r) => (typeof r.text === 'string' ? r.text : ''))
          .join('');
        out.push({ text: printableRun(linkForPrint(words, node.href)), link: node.href, ...style });
        break;
      }
    }
  }
  return out;
}

const SHORT_PARAGRAPH = 300;

/** A paragraph or list; inside a list item the gap goes after the item, not after each paragraph. */
function blockContent(block: Block, look: Look, inList = false): Content {
  if (block.type === 'paragraph') {
    // A short paragraph (an event, an address, a group in what's on) is read as one thing:
    // it moves whole to the next page rather than leave its last lines behind.
    const short = inlineText(block.children).length <= SHORT_PARAGRAPH;
    return { text: runs(block.children, look), margin: [0, 0, 0, inList ? 0 : look.paragraphGap], ...(short && !inList ? { unbreakable: true } : {}) };
  }
  const items = block.items.map((item) => {
    const parts = item.map((b) => blockContent(b, look, true));
    const itemMargin: [number, number, number, number] = [0, 0, 0, look.paragraphGap / 3];
    const short = item.every((b) => b.type === 'paragraph') && item.reduce((n, b) => n + (b.type === 'paragraph' ? inlineText(b.children).length : 0), 0) <= SHORT_PARAGRAPH;
    return { stack: parts, margin: itemMargin, ...(short ? { unbreakable: true } : {}) };
  });
  const margin: [number, number, number, number] = inList ? [0, look.paragraphGap / 3, 0, 0] : [0, 0, 0, look.paragraphGap];
  return block.ordered ? { ol: items, start: block.start, margin } : { ul: items, margin };
}

/** Words in a block, roughly: enough to tell a short list from a long one. */
function blockText(block: Block): number {
  if (block.type === 'paragraph') return inlineText(block.children).length;
  return block.items.reduce((n, item) => n + item.reduce((m, b) => m + blockText(b), 0), 0);
}

/**
 * "Everyone is welcome at these:" belongs with the list it introduces, so a short list and
 * its introduction move to the next page together rather than part at the page foot.
 */
function keepIntroductionsWithLists(blocks: readonly Block[], look: Look): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.type === 'paragraph' && /:\s*$/.test(inlineText(block.children)) && next?.type === 'list' && blockText(block) + blockText(next) <= SHORT_PARAGRAPH * 3) {
      out.push({ stack: [blockContent(block, look), blockContent(next, look)], unbreakable: true });
      i += 1;
    } else out.push(blockContent(block, look));
  }
  return out;
}

function approximateLength(block: Block | undefined): number {
  if (!block) return 0;
  if (block.type === 'list') return block.items.length * 80;
  return JSON.stringify(block.children).length;
}

function sectionContent(section: NewsletterPrintSection, look: Look, first: boolean): Content {
  const lead: Content[] = [{ text: printableText(section.heading) || ' ', fontSize: look.heading, bold: true, lineHeight: 1.15, margin: [0, first ? 0 : look.sectionGap, 0, look.paragraphGap] }];
  if (section.kind === 'article' && section.author) {
    lead.push({ text: `By ${printableText(section.author)}`, italics: look.italics, bold: !look.italics, margin: [0, 0, 0, look.paragraphGap] });
  }
  if (section.kind === 'article' && !section.publishAgreed) {
    lead.push({
      table: {
        widths: ['*'],
        body: [[{ text: `PROOF: ${section.author ? printableText(section.author) : 'The author'} has not yet agreed to this article being published. Do not send this copy.`, bold: true, margin: [6, 4, 6, 4] }]],
      },
      layout: { hLineWidth: () => 2, vLineWidth: () => 2 },
      margin: [0, 0, 0, look.paragraphGap],
    });
  }
  if (section.image) {
    lead.push({ image: section.image.dataUrl, fit: [look.imageWidth, look.imageHeight], margin: [0, 0, 0, look.paragraphGap] });
  }
  const body = keepIntroductionsWithLists(section.blocks, look);
  // The heading never sits alone at the foot of a page: it keeps its picture, or else its
  // first short paragraph (a long one may break, and then its first lines follow the heading
  // anyway). Heading, picture and paragraph all together would often leave half a page blank.
  const keep = !section.image && body.length > 0 && approximateLength(section.blocks[0]) < 700 ? 1 : 0;
  return { stack: [{ stack: [...lead, ...body.slice(0, keep)], unbreakable: true }, ...body.slice(keep)] };
}

function masthead(data: NewsletterPrintData, look: Look): Content[] {
  return [
    { text: printableText(data.organisationName), fontSize: look.organisation, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 4] },
    { text: printableText(data.title), fontSize: look.title, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 4] },
    { text: dateInWords(data.date), fontSize: look.dateLine, margin: [0, 0, 0, 8] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 3 }], margin: [0, 0, 0, look.sectionGap] },
  ];
}

function footer(data: NewsletterPrintData, look: Look): DynamicContent {
  // Large print has room for less on a line: the issue title alone keeps the footer on one.
  const left = look.footerOrganisation ? `${printableText(data.organisationName)} \u00b7 ${printableText(data.title)}` : printableText(data.title);
  return (currentPage, pageCount) => ({
    margin: [look.margin, mm(4), look.margin, 0],
    fontSize: look.footer,
    columns: [
      { text: left, width: '*' },
      // Fixed width so "Page 10 of 12" never wraps onto a line of its own.
      { text: `Page ${currentPage} of ${pageCount}`, width: look.footer * 8, alignment: 'right', bold: true },
    ],
    columnGap: 12,
  });
}

export function newsletterDocument(data: NewsletterPrintData, size: PrintSize): TDocumentDefinitions {
  const look = LOOKS[size];
  const sections = data.sections.map((s, i) => sectionContent(s, look, i === 0));
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [look.margin, look.margin, look.margin, look.margin + look.footer * 1.5],
    info: {
      title: printableText(`${data.title}${size === 'large' ? ' (large print)' : ''}`),
      author: printableText(data.organisationName),
      subject: size === 'large' ? 'Newsletter in large print' : 'Newsletter',
      creator: 'Peer Desk',
      producer: 'Peer Desk',
    },
    language: 'en-GB',
    defaultStyle: { font: 'Roboto', fontSize: look.body, lineHeight: look.lineHeight, color: '#000000', alignment: 'left' },
    footer: footer(data, look),
    content: [...masthead(data, look), ...(sections.length > 0 ? sections : [{ text: 'This issue has no sections yet.' }])],
  };
}
