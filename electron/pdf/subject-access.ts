import type { Content, Node, NodeQueries, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatUkDateFull } from '../../shared/dates';
import { groupHeldItems, HELD_KIND_INFO, type HeldItem } from '../../shared/domain/held-data';
import type { NoticeSection, NoticeText } from '../../shared/domain/privacy-notice';
import { baseDocument, gridLayout, TINT } from './layout';
import { continuationHeader } from './parts';
import { printableRun, printableText } from './text';

/**
 * The readable half of a subject access pack, on A4: a letter-like first part in plain English
 * (what we hold and why, who we share it with, how long we keep it, their rights — the same
 * words as the printed privacy notice) and then every item released, grouped by kind. Long
 * notes and tables run on over pages rather than being cut short.
 */

export interface SubjectAccessPrintData {
  organisationName: string;
  name: string;
  receivedDate: string;
  printedOn: string;
  /** The items released (withheld ones already taken out). */
  items: readonly HeldItem[];
  withheld: readonly { heading: string; reason: string }[];
  /** Sections of the privacy notice, in its words. */
  notice: readonly NoticeSection[];
  jsonFileName: string;
}

function runs(line: NoticeText[]): Content {
  return { text: line.map((r) => (typeof r === 'string' ? printableRun(r) : { text: printableRun(r.bold), bold: true })), margin: [0, 0, 0, 4] };
}

function noticeSection(s: NoticeSection): Content[] {
  const points: Content[] = s.points && s.points.length > 0 ? [{ ul: s.points.map(runs), margin: [0, 0, 0, 4] }] : [];
  // The notice's words are short and fixed: a heading, its opening lines and its list stay on
  // one page, so "You have the right:" never ends a page without the rights.
  const opening: Content = { stack: [{ text: s.heading, style: 'heading' }, ...s.paragraphs.map(runs), ...points], unbreakable: true };
  return [opening, ...(s.after ?? []).map(runs)];
}

function summaryTable(items: readonly HeldItem[]): Content {
  const body: TableCell[][] = [
    [
      { text: 'What', style: 'tableHeading' },
      { text: 'Items', style: 'tableHeading', alignment: 'right' },
      { text: 'Why we hold it', style: 'tableHeading' },
    ],
    ...groupHeldItems(items).map(({ kind, items: group }) => [
      { text: HELD_KIND_INFO[kind].heading, bold: true },
      { text: String(group.length), alignment: 'right' as const },
      { text: HELD_KIND_INFO[kind].why, fontSize: 11 },
    ]),
  ];
  return { table: { headerRows: 1, widths: [120, 40, '*'], body, dontBreakRows: true }, layout: gridLayout(4, 3), margin: [0, 0, 0, 6] };
}

/**
 * Whether a row can be kept whole on one page. Keeping rows whole stops pdfmake leaving an
 * empty slice of a row at the foot of a page, but it cuts off a row taller than a page, so
 * tables with a long note (members' notes run to 10,000 characters) may split their rows.
 */
function rowsFitOnAPage(cells: readonly string[]): boolean {
  return cells.every((c) => c.length < 2000 && c.split('\n').length < 30);
}

function itemBlock(item: HeldItem): Content[] {
  const title: Content = { text: printableText(item.title) || '(untitled)', bold: true, fontSize: 12, margin: [0, 6, 0, 3], headlineLevel: 1 };
  const parts: Content[] = [];
  if (item.fields.length > 0) {
    parts.push({
      table: {
        widths: [130, '*'],
        dontBreakRows: rowsFitOnAPage(item.fields.map((f) => f.value)),
        body: item.fields.map((f) => [
          { text: printableText(f.label), bold: true, fillColor: TINT, fontSize: 11 },
          { text: printableText(f.value), fontSize: 11 },
        ]),
      },
      layout: gridLayout(4, 3),
      margin: [0, 0, 0, 4],
    });
  }
  if (item.table && item.table.rows.length > 0) {
    const header = item.table.columns.map((c) => ({ text: c, style: 'tableHeading' }));
    parts.push({
      table: {
        headerRows: 1,
        dontBreakRows: rowsFitOnAPage(item.table.rows.flat()),
        widths: item.table.columns.map((_, i) => (i === item.table!.columns.length - 1 ? '*' : 'auto')),
        body: [header, ...item.table.rows.map((row) => row.map((cell) => ({ text: printableText(cell), fontSize: 11 })))],
      },
      layout: gridLayout(4, 3),
      margin: [0, 0, 0, 4],
    });
  }
  // Never one unbreakable block: pdfmake leaves out a block taller than a page, and notes can be long.
  return [title, ...parts];
}

/**
 * A heading or an item's title never ends a page without something of what it names after it.
 * The running header and footer are in pdfmake's list of nodes on the page too, placed above
 * where the content ends: only what is laid out below the heading counts.
 */
export function keepWithWhatFollows(node: Node, pages: NodeQueries): boolean {
  if (node.headlineLevel !== 1) return false;
  const top = node.startPosition.top;
  return pages
    .getFollowingNodesOnPage()
    .filter((n) => n.startPosition.top > top)
    .every((n) => n.headlineLevel !== undefined);
}

export function subjectAccessDocument(data: SubjectAccessPrintData): TDocumentDefinitions {
  const organisation = printableText(data.organisationName) || 'Peer Desk';
  const name = printableText(data.name);
  const groups = groupHeldItems(data.items);
  const intro: Content[] = [
    { text: organisation, style: 'organisation' },
    { text: 'The information we hold about you', style: 'title' },
    { text: `Prepared for ${name} on ${formatUkDateFull(data.printedOn)}`, style: 'subtitle', margin: [0, 0, 0, 8] },
    {
      text: `On ${formatUkDateFull(data.receivedDate)} you asked for a copy of the information ${organisation} holds about you. This is our answer. It comes with a second file, ${data.jsonFileName}, which holds the same information in a form a computer can read, so you can take it to another organisation if you want to.`,
      margin: [0, 0, 0, 6],
    },
    { text: 'What we hold', style: 'heading', headlineLevel: 1 },
    data.items.length > 0 ? summaryTable(data.items) : { text: 'We hold nothing about you apart from this request.', margin: [0, 0, 0, 6] },
    { text: 'Anything we have not included', style: 'heading', headlineLevel: 1 },
    data.withheld.length === 0
      ? { text: 'We have included everything we hold about you.', margin: [0, 0, 0, 6] }
      : {
          stack: [
            { text: `We have not included ${data.withheld.length === 1 ? 'one item' : `${data.withheld.length} items`}, as the law allows. The reasons:`, margin: [0, 0, 0, 4] },
            { ul: data.withheld.map((w) => `${w.heading}: ${printableText(w.reason)}`), margin: [0, 0, 0, 6] },
          ],
        },
    ...data.notice.flatMap(noticeSection),
  ];
  const details: Content[] = groups.flatMap(({ kind, items }, i) => [
    { text: HELD_KIND_INFO[kind].heading, style: 'heading', fontSize: 16, headlineLevel: 1, ...(i === 0 ? { pageBreak: 'before' as const } : {}) },
    { text: HELD_KIND_INFO[kind].why, italics: true, fontSize: 11, margin: [0, 0, 0, 4], headlineLevel: 2 },
    ...items.flatMap(itemBlock),
  ]);
  return {
    ...baseDocument({
      title: `The information we hold about ${name}`,
      subject: 'Subject access request',
      organisationName: organisation,
      printedOn: data.printedOn,
      confidential: true,
      label: `The information we hold about ${name}`,
      header: continuationHeader(`${name}: the information we hold (continued)`),
      content: [...intro, ...details],
    }),
    pageBreakBefore: keepWithWhatFollows,
  };
}
