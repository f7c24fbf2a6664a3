import type { Column, Content, DynamicContent, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { itemAnswers, type AnswerOption, type MeasureDefinition, type MeasureItem } from '../../shared/domain/outcome-measures';
import type { Logo } from '../../shared/domain/report-settings';
import { mm } from './layout';
import type { PrintSize } from './newsletter';
import { logoDataUrl } from './report-logo';
import { printableName, printableText } from './text';

/**
 * "Print questionnaire": a blank outcome measure on A4 for a person to fill in with a pen, then
 * keyed in with "Enter answers". The wording is the measure's own, printed unchanged, with its
 * source and licence line (SWEMWBS may only be copied with its copyright line). Standard print
 * is 14 pt (answer labels 12 pt), large print 18 pt (labels 16 pt), reflowed rather than scaled
 * as the newsletter is; every built-in measure fits one page in standard print.
 *
 * Answers are laid out two ways. Items sharing a short set of worded answers (SWEMWBS, CORE-10,
 * UCLA) form a grid: one row per item, one column per answer, a box to tick in each cell. A
 * long numbered scale (ONS4's 0–10) cannot fit across a grid with its words, so each item gets
 * its row of numbered boxes and its end labels written under them.
 */

export interface QuestionnaireData {
  organisationName: string;
  logo?: Pick<Logo, 'mimeType' | 'base64'>;
  measure: MeasureDefinition;
  /** The organisation's SWEMWBS registration, printed under the SWEMWBS licence line. */
  swemwbsRegistration?: string;
  /** Written on the name line when the form is printed for one person. */
  memberFirstName?: string;
}

interface FormLook {
  body: number;
  lineHeight: number;
  title: number;
  organisation: number;
  /** Answer labels over the grid and under numbered boxes. */
  label: number;
  /** Source and licence lines, page header and footer. */
  small: number;
  gap: number;
  box: number;
  /** Items beside their boxes (standard) or above them (large print). */
  itemBeside: boolean;
  /** The item column's share of a grid's width, when items sit beside their boxes. */
  itemShare: number;
  margin: number;
  logo: [number, number];
}

export const FORM_LOOKS: Record<PrintSize, FormLook> = {
  standard: { body: 14, lineHeight: 1.15, title: 20, organisation: 14, label: 12, small: 12, gap: 6, box: 13, itemBeside: true, itemShare: 0.36, margin: mm(13), logo: [140, 50] },
  large: { body: 18, lineHeight: 1.3, title: 26, organisation: 18, label: 16, small: 16, gap: 12, box: 18, itemBeside: false, itemShare: 0, margin: mm(15), logo: [160, 60] },
};

/** A bold letter's width as a share of its size, erring wide (Roboto's "m" is 0.87, "l" 0.24). */
const BOLD_LETTER = 0.6;

function longestWord(answers: AnswerOption[]): number {
  return Math.max(...answers.flatMap((a) => a.label.split(/\s+/).map((w) => w.length)));
}

/** More answers than this are printed as numbered boxes rather than grid columns. */
const MOST_GRID_COLUMNS = 6;

const A4_WIDTH = 595.28;
const INK = '#000000';

const contentWidth = (look: FormLook) => A4_WIDTH - 2 * look.margin;

/** A box to tick, centred in a space `width` wide. */
function box(look: FormLook, width: number): Content {
  const x = (width - look.box) / 2;
  return { canvas: [{ type: 'rect', x, y: 0, w: look.box, h: look.box, lineWidth: 1.2, lineColor: INK }], margin: [0, 2, 0, 2] };
}

/** Consecutive items asking for the same answers, so they can share one grid. */
interface ItemGroup {
  answers: AnswerOption[];
  items: MeasureItem[];
}

const sameAnswers = (a: AnswerOption[], b: AnswerOption[]) => a.length === b.length && a.every((o, i) => o.value === b[i]!.value && o.label === b[i]!.label);

export function groupItems(measure: MeasureDefinition): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const item of measure.items) {
    const answers = itemAnswers(measure, item);
    const last = groups.at(-1);
    if (last && sameAnswers(last.answers, answers)) last.items.push(item);
    else groups.push({ answers, items: [item] });
  }
  return groups;
}

function itemText(item: MeasureItem, number: number): string {
  return `${number}. ${printableText(item.text)}`;
}

/**
 * A grid of items against worded answers; its row of answer labels repeats at the top of a new
 * page. Each item sits left of its boxes where the answer columns can still hold their longest
 * word; otherwise (CORE-10's "occasionally", and every grid in large print) each item spans the
 * page with its boxes on the line below, under the answer labels.
 */
function answerGrid(group: ItemGroup, firstNumber: number, look: FormLook): Content {
  const width = contentWidth(look);
  // pdfmake adds each cell's side padding to its width; it is taken off here so the grid fits.
  const padding = 3;
  const n = group.answers.length;
  const besideWidth = (width - Math.round(width * look.itemShare)) / n - 2 * padding;
  const beside = look.itemBeside && longestWord(group.answers) * look.label * BOLD_LETTER <= besideWidth;
  const itemWidth = beside ? Math.round(width * look.itemShare) : 0;
  const answerWidth = (width - itemWidth) / n - 2 * padding;
  const labels = group.answers.map((a): TableCell => ({ text: printableText(a.label), fontSize: look.label, bold: true, alignment: 'center', lineHeight: 1.05 }));
  const boxes = group.answers.map((): TableCell => ({ stack: [box(look, answerWidth)] }));
  const headerRow: TableCell[] = beside ? [{ text: '' }, ...labels] : labels;
  const rows: TableCell[][] = group.items.map((item, i) => {
    const text = itemText(item, firstNumber + i);
    if (beside) return [{ text }, ...boxes];
    const spanned = width - 2 * padding;
    const under: Column[] = group.answers.map(() => ({ width: spanned / n, stack: [box(look, spanned / n)] }));
    return [{ colSpan: n, stack: [{ text, margin: [0, 0, 0, look.gap / 4] }, { columns: under, columnGap: 0 }] }, ...group.answers.slice(1).map((): TableCell => ({ text: '' }))];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...(beside ? [itemWidth - 2 * padding] : []), ...group.answers.map(() => answerWidth)],
      body: [headerRow, ...rows],
    },
    layout: {
      hLineWidth: (i) => (i === 0 ? 0 : 0.6),
      vLineWidth: () => 0,
      hLineColor: () => '#606060',
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => look.gap / 2.5,
      paddingBottom: () => look.gap / 2.5,
      // Every other row shaded, so a finger can follow an item across to its boxes.
      fillColor: (row) => (row > 0 && row % 2 === 0 ? '#eeeeee' : null),
    },
    margin: [0, 0, 0, look.gap],
  };
}

/** "0 = Not at all satisfied", for every answer whose label says more than its number. */
function endLabels(answers: AnswerOption[]): string {
  return answers
    .filter((a) => a.label.trim() !== String(a.value))
    .map((a) => `${a.value} = ${printableText(a.label.replace(new RegExp(`^${a.value}\\s+`), ''))}`)
    .join('     ');
}

/** One item with its own row of numbered boxes, for a long scale such as 0–10. */
function numberedItem(item: MeasureItem, number: number, answers: AnswerOption[], look: FormLook): Content {
  const cell = contentWidth(look) / answers.length;
  const boxes: Column[] = answers.map((a) => ({
    width: cell,
    stack: [{ text: String(a.value), fontSize: look.label, bold: true, alignment: 'center' }, box(look, cell)],
  }));
  const words = endLabels(answers);
  return {
    stack: [
      { text: itemText(item, number), margin: [0, 0, 0, look.gap / 2] },
      { columns: boxes, columnGap: 0 },
      ...(words ? [{ text: words, fontSize: look.label, margin: [0, look.gap / 3, 0, 0] as [number, number, number, number] }] : []),
    ],
    unbreakable: true,
    margin: [0, 0, 0, look.gap * 1.5],
  };
}

function questions(measure: MeasureDefinition, look: FormLook): Content[] {
  let number = 1;
  return groupItems(measure).map((group) => {
    const first = number;
    number += group.items.length;
    if (group.answers.length <= MOST_GRID_COLUMNS) return answerGrid(group, first, look);
    return { stack: group.items.map((item, i) => numberedItem(item, first + i, group.answers, look)) };
  });
}

/** A line to write on after a label, or the name already written there. */
function fillIn(label: string, width: number | '*', value?: string): Column {
  const written = value ? printableName(value) : '';
  return {
    width,
    columns: [
      { text: `${label}:`, bold: true, width: 'auto' },
      { width: '*', table: { widths: ['*'], body: [[{ text: written || ' ', border: [false, false, false, true] }]] }, layout: { hLineWidth: () => 0.8, paddingBottom: () => 0 } },
    ],
    columnGap: 4,
  };
}

function masthead(data: QuestionnaireData, look: FormLook): Content[] {
  const { measure } = data;
  const organisation = { text: printableText(data.organisationName), fontSize: look.organisation, bold: true };
  const logo: Column | undefined = data.logo ? { width: 'auto', stack: [{ image: logoDataUrl(data.logo), fit: look.logo }] } : undefined;
  const top: Content = logo ? { columns: [{ ...organisation, width: '*' }, logo], columnGap: 12, margin: [0, 0, 0, look.gap / 2] } : { ...organisation, margin: [0, 0, 0, look.gap / 2] };
  // One paragraph, the recall period in bold: what a quick reader must not miss.
  const how = [
    ...(measure.recallPeriod ? [{ text: `Answer for how things have been ${printableText(measure.recallPeriod)}. `, bold: true }] : []),
    ...(/\btick\b/i.test(measure.instructions) ? [] : ['Tick one box for each question.']),
  ];
  return [
    top,
    { text: printableText(measure.name), fontSize: look.title, bold: true, lineHeight: 1.1, margin: [0, 0, 0, look.gap] },
    {
      // Name takes the wider share: a date needs only dd/mm/yyyy.
      columns: [fillIn('Name', '*', data.memberFirstName), fillIn('Date', look.body * 11)],
      columnGap: look.gap * 2,
      margin: [0, 0, 0, look.gap],
    },
    ...(measure.instructions ? [{ text: printableText(measure.instructions), margin: [0, 0, 0, look.gap / 2] as [number, number, number, number] }] : []),
    ...(how.length > 0 ? [{ text: how, margin: [0, 0, 0, look.gap / 2] as [number, number, number, number] }] : []),
  ];
}

/** Where the wording could not be checked, the form says so rather than pass it off as the authors'. */
function wordingNote(measure: MeasureDefinition, look: FormLook): Content[] {
  if (measure.wordingVerified || !measure.wordingNote) return [];
  return [
    {
      table: { widths: ['*'], body: [[{ text: [{ text: 'About this wording: ', bold: true }, printableText(measure.wordingNote)], fontSize: look.small }]] },
      layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingLeft: () => 6, paddingRight: () => 6, paddingTop: () => 4, paddingBottom: () => 4 },
      margin: [0, 0, 0, look.gap],
      unbreakable: true,
    },
  ];
}

/** The licence line (and the SWEMWBS registration) every copy of the form must carry. */
export function licenceLines(data: Pick<QuestionnaireData, 'measure' | 'swemwbsRegistration'>): string[] {
  const { measure } = data;
  const lines = [`Source: ${measure.source}`];
  if (measure.licence) lines.push(measure.licence);
  if (measure.id === 'swemwbs' && data.swemwbsRegistration) lines.push(`Registration: ${data.swemwbsRegistration}`);
  return lines;
}

function sourceAndLicence(data: QuestionnaireData, look: FormLook): Content {
  // Run together as one paragraph: on a full page (CORE-10) every line counts.
  const sentences = licenceLines(data).map((line) => (/[.!?)]$/.test(line.trim()) ? line.trim() : `${line.trim()}.`));
  return { text: printableText(sentences.join(' ')), fontSize: look.small, lineHeight: 1.1, unbreakable: true, margin: [0, look.gap / 2, 0, 0] };
}

function header(data: QuestionnaireData, look: FormLook): DynamicContent {
  // From page 2 on: which form this is and whose, should the pages come apart.
  const name = data.memberFirstName ? printableName(data.memberFirstName) : '';
  const text = `${printableText(data.measure.shortName)}, continued${name ? ` \u2014 ${name}` : ' \u2014 Name: ______________________'}`;
  return (currentPage) => (currentPage > 1 ? { text, fontSize: look.small, bold: true, margin: [look.margin, mm(6), look.margin, 0] } : null);
}

function footer(data: QuestionnaireData, look: FormLook): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [look.margin, mm(2), look.margin, 0],
    fontSize: look.small,
    columns: [
      { text: printableText(data.organisationName), width: '*' },
      { text: `Page ${currentPage} of ${pageCount}`, width: look.small * 8, alignment: 'right', bold: true },
    ],
    columnGap: 12,
  });
}

export function questionnaireDocument(data: QuestionnaireData, size: PrintSize): TDocumentDefinitions {
  const look = FORM_LOOKS[size];
  const title = printableText(`${data.measure.shortName} questionnaire${size === 'large' ? ' (large print)' : ''}`);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // Room above for the running header from page 2, below for the footer.
    pageMargins: [look.margin, look.margin + look.small / 2, look.margin, look.margin + look.small / 2],
    info: { title, author: printableText(data.organisationName), subject: printableText(data.measure.name), creator: 'Peer Desk', producer: 'Peer Desk' },
    language: 'en-GB',
    defaultStyle: { font: 'Roboto', fontSize: look.body, lineHeight: look.lineHeight, color: INK, alignment: 'left' },
    header: header(data, look),
    footer: footer(data, look),
    content: [...masthead(data, look), ...wordingNote(data.measure, look), ...questions(data.measure, look), sourceAndLicence(data, look)],
  };
}
