import type { Column, Content, DynamicContent, Margins, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Logo } from '../../shared/domain/report-settings';
import { mm, runningFooter } from './layout';
import type { PrintSize } from './newsletter';
import { logoDataUrl } from './report-logo';
import { printableName, printableText, printedDate, shortDateInWords, ukDate } from './text';

/**
 * "Print my plan": a member's recovery action plan on A4, for them to keep. Their goals in
 * their own words, each with its small steps (a box to tick), the target date, the latest
 * review, and lines to write on. In standard or large print, reflowed (never scaled) as the
 * newsletter is: large print is 18 pt, bold headings, no italics, left aligned.
 *
 * Only what the member said and agreed goes on it: nothing from the session log, so a private
 * note cannot reach it; and first names only, as the member and volunteer call each other.
 */

export interface PlanGoal {
  /** In the member's own words. */
  text: string;
  steps: string[];
  targetDate?: string;
  latestReview?: { date: string; progress: string; comment?: string };
}

export interface RecoveryPlanData {
  organisationName: string;
  logo?: Pick<Logo, 'mimeType' | 'base64'>;
  printedOn: string;
  memberFirstName: string;
  kindName: string;
  volunteerFirstName?: string;
  goals: PlanGoal[];
}

interface PlanLook {
  body: number;
  lineHeight: number;
  title: number;
  goalHeading: number;
  organisation: number;
  /** Page header (page 2 on) and footer. */
  running: number;
  gap: number;
  /** Side of a step's tick box. */
  box: number;
  /** Space between the lines to write on. */
  writeLine: number;
  endLines: number;
  margin: number;
  logo: [number, number];
}

export const PLAN_LOOKS: Record<PrintSize, PlanLook> = {
  standard: { body: 14, lineHeight: 1.2, title: 26, goalHeading: 17, organisation: 14, running: 12, gap: 8, box: 11, writeLine: 24, endLines: 6, margin: mm(18), logo: [150, 60] },
  large: { body: 18, lineHeight: 1.4, title: 32, goalHeading: 22, organisation: 18, running: 16, gap: 14, box: 15, writeLine: 34, endLines: 5, margin: mm(18), logo: [170, 70] },
};

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const INK = '#000000';

function contentWidth(look: PlanLook): number {
  return A4_WIDTH - 2 * look.margin;
}

/** Lines to write on, `count` of them, a writing line apart. */
function writingLines(look: PlanLook, count: number): Content {
  const width = contentWidth(look);
  return {
    canvas: Array.from({ length: count }, (_, i) => ({ type: 'line' as const, x1: 0, y1: (i + 1) * look.writeLine, x2: width, y2: (i + 1) * look.writeLine, lineWidth: 0.6, lineColor: '#404040' })),
    margin: [0, 0, 0, look.gap],
  };
}

function tickBox(look: PlanLook): Column {
  // Sits on the first line of the step: its middle at the middle of the capital letters.
  const top = (look.body * look.lineHeight - look.box) / 2;
  return { width: look.box + 10, canvas: [{ type: 'rect', x: 0, y: top, w: look.box, h: look.box, lineWidth: 1.2, lineColor: INK }] };
}

function step(text: string, look: PlanLook): Content {
  return { columns: [tickBox(look), { text: printableText(text), width: '*' }], columnGap: 0, margin: [0, 0, 0, look.gap / 2], unbreakable: true };
}

/** "Some progress — 12/11/2026: rang the committee" */
export function reviewText(review: NonNullable<PlanGoal['latestReview']>): string {
  const comment = review.comment ? printableText(review.comment) : '';
  return `${review.progress} \u2014 ${ukDate(review.date)}${comment ? `: ${comment}` : ''}`;
}

/**
 * How tall a goal prints, in points, erring high (a wide average letter, every gap): enough
 * to tell a goal that may fit on a page from one that surely does not.
 */
export function roughHeight(goal: PlanGoal, look: PlanLook): number {
  const lines = (text: string, size: number, indent = 0) => Math.max(1, Math.ceil((text.length * size * 0.55) / (contentWidth(look) - indent)));
  const line = (n: number, size = look.body) => n * size * look.lineHeight;
  const review = goal.latestReview ? reviewText(goal.latestReview).length + 15 : 30;
  return (
    look.gap * 2 +
    line(lines(goal.text, look.goalHeading), look.goalHeading) +
    (line(1) + look.gap) * 3 +
    line(lines('Latest review: '.padEnd(review), look.body)) +
    goal.steps.reduce((h, s) => h + line(lines(s, look.body, look.box + 10)) + look.gap / 2, 0) +
    3 * look.writeLine +
    look.gap * 2
  );
}

/** The height of the page's writing area. */
function pageHeight(look: PlanLook): number {
  return A4_HEIGHT - 2 * look.margin - 2.5 * look.running;
}

const GOAL_ID = /^goal-\d+$/;

/**
 * A goal that fits on a page is never split: when its end would fall on the next page, it
 * starts on that page instead (pdfmake asks before each block, with where everything fell).
 * One taller than a page runs on as a long list does. Moving a block rather than marking it
 * unbreakable matters: pdfmake leaves out an unbreakable block taller than the page.
 */
export function keepGoalsTogether(node: Node, pages: NodeQueries): boolean {
  if (typeof node.id !== 'string' || !GOAL_ID.test(node.id)) return false;
  // Already at the top of a page: moving it again would only leave a blank page.
  if (node.startPosition.verticalRatio < 0.05) return false;
  const end = `${node.id}-end`;
  return pages.getNodesOnNextPage().some((n) => n.id === end);
}

function goalContent(goal: PlanGoal, index: number, look: PlanLook): Content {
  // Heavier than the lines to write on, so it reads as the start of a goal, not one more line.
  const rule: Content = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth(look), y2: 0, lineWidth: 2.5 }], margin: [0, 0, 0, look.gap] };
  // What the goal is and how it is going come first; a long list of steps can then run
  // on to the next page as a list does, and the lines to write on close it.
  const head: Content[] = [
    rule,
    { text: `${index + 1}. ${printableText(goal.text) || '(goal cannot be printed)'}`, fontSize: look.goalHeading, bold: true, lineHeight: 1.15, margin: [0, 0, 0, look.gap / 2] },
    ...(goal.targetDate ? [{ text: [{ text: 'Target: ', bold: true }, `by ${shortDateInWords(goal.targetDate)}`], margin: [0, 0, 0, look.gap / 2] as Margins }] : []),
    { text: [{ text: 'Latest review: ', bold: true }, goal.latestReview ? reviewText(goal.latestReview) : 'Not reviewed yet'], margin: [0, 0, 0, look.gap / 2] },
  ];
  const steps = goal.steps.map((s) => step(s, look));
  // "Small steps" never ends a page without a step under it.
  const first: Content[] = steps.length > 0 ? [{ stack: [{ text: 'Small steps', bold: true, margin: [0, look.gap / 2, 0, look.gap / 3] }, steps[0]!], unbreakable: true }, ...steps.slice(1, 2)] : [];
  const notes: Content = { stack: [{ text: 'My notes', id: `goal-${index + 1}-end`, bold: true, margin: [0, look.gap / 2, 0, 0] }, writingLines(look, 2)], unbreakable: true };
  // The heading keeps its first steps, unless a very long goal and review could make even
  // those taller than a page.
  const headFits = roughHeight({ ...goal, steps: goal.steps.slice(0, 2) }, look) < pageHeight(look) * 0.7;
  const fits = roughHeight(goal, look) < pageHeight(look);
  return {
    ...(fits ? { id: `goal-${index + 1}` } : {}),
    stack: [{ stack: [...head, ...first], unbreakable: headFits }, ...steps.slice(2), notes],
    // Clear of the lines to write on, so the rule above the next goal is not taken for one.
    margin: [0, 0, 0, look.gap * 2],
  };
}

function masthead(data: RecoveryPlanData, look: PlanLook): Content[] {
  const organisation = { text: printableText(data.organisationName), fontSize: look.organisation, bold: true };
  const logo: Column | undefined = data.logo ? { width: 'auto', stack: [{ image: logoDataUrl(data.logo), fit: look.logo }] } : undefined;
  const top: Content = logo
    ? { columns: [{ ...organisation, width: '*' }, logo], columnGap: 12, margin: [0, 0, 0, look.gap] }
    : { ...organisation, margin: [0, 0, 0, look.gap] };
  const row = (label: string, value: string): Content => ({ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, look.gap / 3] });
  return [
    top,
    { text: 'My recovery plan', fontSize: look.title, bold: true, lineHeight: 1.1, margin: [0, 0, 0, look.gap] },
    row('Name', printableName(data.memberFirstName)),
    row('Programme', printableText(data.kindName)),
    ...(data.volunteerFirstName ? [row('Volunteer', printableName(data.volunteerFirstName))] : []),
    {
      text: 'These are your goals, in your own words, with the small steps towards each one. Tick a step when you have done it, and write down anything you want to remember.',
      margin: [0, look.gap / 2, 0, look.gap],
    },
  ];
}

function header(data: RecoveryPlanData, look: PlanLook): DynamicContent {
  const left = `My recovery plan: ${printableName(data.memberFirstName)}`;
  return (currentPage) => (currentPage > 1 ? { text: left, fontSize: look.running, bold: true, margin: [look.margin, mm(8), look.margin, 0] } : null);
}

function footer(data: RecoveryPlanData, look: PlanLook): DynamicContent {
  return runningFooter(`${printableText(data.organisationName)} \u00b7 Printed ${printedDate(data.printedOn)}`, look);
}

export function recoveryPlanDocument(data: RecoveryPlanData, size: PrintSize): TDocumentDefinitions {
  const look = PLAN_LOOKS[size];
  const goals: Content[] =
    data.goals.length > 0
      ? data.goals.map((g, i) => goalContent(g, i, look))
      : [{ stack: [{ text: 'No goals written down yet. Write your first one here:', bold: true, margin: [0, 0, 0, look.gap / 2] }, writingLines(look, 3)], unbreakable: true }];
  const notes: Content = {
    stack: [{ text: 'Anything else I want to remember', fontSize: look.goalHeading, bold: true, margin: [0, look.gap, 0, 0] }, writingLines(look, look.endLines)],
    unbreakable: true,
  };
  const name = printableName(data.memberFirstName);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // Room above for the running header from page 2, below for the footer.
    pageMargins: [look.margin, look.margin + look.running, look.margin, look.margin + look.running * 1.5],
    info: {
      title: `My recovery plan: ${name}${size === 'large' ? ' (large print)' : ''}`,
      author: printableText(data.organisationName),
      subject: size === 'large' ? 'Recovery plan in large print' : 'Recovery plan',
      creator: 'Peer Desk',
      producer: 'Peer Desk',
    },
    language: 'en-GB',
    defaultStyle: { font: 'Roboto', fontSize: look.body, lineHeight: look.lineHeight, color: INK, alignment: 'left' },
    header: header(data, look),
    footer: footer(data, look),
    content: [...masthead(data, look), ...goals, notes],
    pageBreakBefore: keepGoalsTogether,
  };
}
