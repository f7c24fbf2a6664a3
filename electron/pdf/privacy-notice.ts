import type { Column, Content, ContentText, DynamicContent, Margins, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { NoticeSection, NoticeText, PrivacyNotice } from '../../shared/domain/privacy-notice';
import type { Logo } from '../../shared/domain/report-settings';
import { mm, runningFooter } from './layout';
import type { PrintSize } from './newsletter';
import { logoDataUrl } from './report-logo';
import { printableRun, printableText, printedDate } from './text';

/**
 * "Print privacy notice": the notice for members and volunteers on A4, to hand out or post.
 * Standard or large print, reflowed (never scaled) as the newsletter is: large print is
 * 18 pt, bold headings, no italics, left aligned. A section's heading never ends a page.
 */

export interface PrivacyNoticePrint {
  notice: PrivacyNotice;
  logo?: Pick<Logo, 'mimeType' | 'base64'>;
  printedOn: string;
}

interface NoticeLook {
  body: number;
  lineHeight: number;
  title: number;
  heading: number;
  organisation: number;
  running: number;
  gap: number;
  margin: number;
  logo: [number, number];
  footerOrganisation: boolean;
}

export const NOTICE_LOOKS: Record<PrintSize, NoticeLook> = {
  standard: { body: 12, lineHeight: 1.25, title: 22, heading: 15, organisation: 13, running: 11, gap: 6, margin: mm(18), logo: [140, 56], footerOrganisation: true },
  large: { body: 18, lineHeight: 1.35, title: 30, heading: 22, organisation: 18, running: 16, gap: 10, margin: mm(16), logo: [170, 70], footerOrganisation: false },
};

const INK = '#000000';

function text(line: NoticeText[], margin: Margins): ContentText {
  return { text: line.map((r) => (typeof r === 'string' ? printableRun(r) : { text: printableRun(r.bold), bold: true })), margin };
}

/** A line ending in a colon leads into what follows ("You have the right:"). */
const leadsOn = (line: NoticeText[]): boolean => {
  const last = line.at(-1);
  return (typeof last === 'string' ? last : (last?.bold ?? '')).trimEnd().endsWith(':');
};

function section(s: NoticeSection, look: NoticeLook): Content[] {
  const heading: Content = { text: s.heading, fontSize: look.heading, bold: true, lineHeight: 1.1, margin: [0, look.gap, 0, look.gap / 2] };
  const paragraph = (line: NoticeText[], top = 0) => ({ content: text(line, [0, top, 0, look.gap]), leads: leadsOn(line) });
  // Each point is a list of one, kept whole: points then fall between pages, never through one.
  const point = (line: NoticeText[]) => ({ content: { ul: [text(line, [0, 0, 0, 0])], margin: [0, 0, 0, look.gap / 2], unbreakable: true } as Content, leads: false });
  // The first paragraph after a list stands clear of it, as a paragraph does of the one before.
  const after = (s.after ?? []).map((line, i) => paragraph(line, i === 0 && s.points?.length ? look.gap / 2 : 0));
  const blocks = [...s.paragraphs.map((line) => paragraph(line)), ...(s.points ?? []).map(point), ...after];
  // The heading keeps its first block, and a line leading into the next keeps that too, so
  // neither is ever left alone at the foot of a page.
  const out: Content[] = [];
  let group: Content[] = [heading];
  for (const block of blocks) {
    group.push(block.content);
    if (block.leads) continue;
    out.push(group.length === 1 ? group[0]! : { stack: group, unbreakable: true });
    group = [];
  }
  if (group.length > 0) out.push({ stack: group, unbreakable: true });
  return out;
}

function masthead(data: PrivacyNoticePrint, look: NoticeLook): Content[] {
  const organisation: Content = { text: printableText(data.notice.organisationName), fontSize: look.organisation, bold: true };
  const logo: Column | undefined = data.logo ? { width: 'auto', stack: [{ image: logoDataUrl(data.logo), fit: look.logo }] } : undefined;
  const top: Content[] = data.notice.organisationName || logo ? [logo ? { columns: [{ ...organisation, width: '*' }, logo], columnGap: 12, margin: [0, 0, 0, look.gap] } : { ...organisation, margin: [0, 0, 0, look.gap] }] : [];
  return [
    ...top,
    { text: data.notice.title, fontSize: look.title, bold: true, lineHeight: 1.1, margin: [0, 0, 0, look.gap / 2] },
    { text: 'A privacy notice for our members and volunteers', fontSize: look.body, margin: [0, 0, 0, look.gap] },
  ];
}

function footer(data: PrivacyNoticePrint, look: NoticeLook): DynamicContent {
  // Large print has no room for the name beside the page number; the masthead has it.
  const name = look.footerOrganisation ? printableText(data.notice.organisationName) : '';
  return runningFooter(`${name ? `${name} \u00b7 ` : ''}Privacy notice \u00b7 Printed ${printedDate(data.printedOn)}`, look);
}

export function privacyNoticeDocument(data: PrivacyNoticePrint, size: PrintSize): TDocumentDefinitions {
  const look = NOTICE_LOOKS[size];
  const large = size === 'large';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [look.margin, look.margin, look.margin, look.margin + look.running * 1.5],
    info: {
      title: `${data.notice.title}${large ? ' (large print)' : ''}`,
      author: printableText(data.notice.organisationName) || 'Peer Desk',
      subject: large ? 'Privacy notice in large print' : 'Privacy notice',
      creator: 'Peer Desk',
      producer: 'Peer Desk',
    },
    language: 'en-GB',
    defaultStyle: { font: 'Roboto', fontSize: look.body, lineHeight: look.lineHeight, color: INK, alignment: 'left' },
    footer: footer(data, look),
    content: [...masthead(data, look), ...data.notice.sections.flatMap((s) => section(s, look))],
  };
}
