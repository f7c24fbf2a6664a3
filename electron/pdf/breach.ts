import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTimeDay, formatUkDateTime } from '../../shared/dates';
import { foundText, icoClockText, icoDeadline, ICO_HOURS } from '../../shared/domain/breach-clock';
import { awaitsIcoDecision, BREACH_FIELD_LABELS, BREACH_RISK_HINTS, BREACH_RISK_LABELS, icoAnswerText, peopleToldText, type Breach } from '../../shared/domain/breaches';
import { baseDocument, gridLayout, TINT } from './layout';
import { paragraphs } from './parts';
import { printableText } from './text';

/**
 * One breach from the breach log on A4, every field in the order the dialog asks for them:
 * for the charity's file, the trustees, or to have at hand when ringing the ICO. Nothing is
 * left out for being blank: "Not recorded yet" shows what is still to do.
 */

export interface BreachPrintData {
  organisationName: string;
  printedOn: string;
  /** When it is printed, in milliseconds: a breach not yet answered shows its countdown as of now. */
  now: number;
  breach: Breach;
}

const NOT_YET = 'Not recorded yet';

function text(value: string | undefined): Content[] {
  const printable = value ? printableText(value) : '';
  return printable ? paragraphs(printable) : [{ text: NOT_YET, italics: true }];
}

function row(label: string, value: Content[] | string): TableCell[] {
  return [{ text: label, bold: true, fillColor: TINT }, { stack: typeof value === 'string' ? [value] : value }];
}

function icoRows(data: BreachPrintData): TableCell[][] {
  const { breach } = data;
  // With the year: paper is read long after it is printed.
  const deadline = `${formatTimeDay(icoDeadline(breach), true)} (${ICO_HOURS} hours after it was found)`;
  const answer: Content[] = [{ text: icoAnswerText(breach), bold: awaitsIcoDecision(breach) }];
  if (awaitsIcoDecision(breach)) answer.push({ text: icoClockText(breach, data.now) });
  if (breach.ico === 'not-reporting') answer.push(...text(breach.icoReason));
  return [row(BREACH_FIELD_LABELS.ico, answer), row('Report due by', deadline)];
}

export function breachDocument(data: BreachPrintData): TDocumentDefinitions {
  const { breach } = data;
  const found = foundText(breach);
  const body: TableCell[][] = [
    row('Found', found),
    row(BREACH_FIELD_LABELS.whatHappened, text(breach.whatHappened)),
    row(BREACH_FIELD_LABELS.dataInvolved, text(breach.dataInvolved)),
    row(BREACH_FIELD_LABELS.peopleAffected, breach.peopleAffected.toLocaleString('en-GB')),
    row(BREACH_FIELD_LABELS.risk, [{ text: BREACH_RISK_LABELS[breach.risk], bold: true }, { text: BREACH_RISK_HINTS[breach.risk] }]),
    row(BREACH_FIELD_LABELS.containment, text(breach.containment)),
    ...icoRows(data),
    row(BREACH_FIELD_LABELS.peopleTold, peopleToldText(breach)),
    row(BREACH_FIELD_LABELS.lessons, text(breach.lessons)),
    row('Recorded', `${formatUkDateTime(breach.createdAt)}${breach.updatedAt !== breach.createdAt ? `; last changed ${formatUkDateTime(breach.updatedAt)}` : ''}`),
  ];
  const content: Content[] = [
    { text: printableText(data.organisationName), style: 'organisation' },
    { text: 'Data breach record', style: 'title' },
    { text: `Found ${found}`, style: 'subtitle', margin: [0, 0, 0, 10] },
    // Rows may run on to the next page: what happened can be long, and cutting it short would lose the record.
    { table: { widths: [130, '*'], body }, layout: gridLayout(6, 5) },
  ];
  return baseDocument({
    title: `Data breach record: found ${found}`,
    subject: 'Personal data breach record',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: true,
    label: `Data breach record: found ${found}`,
    content,
  });
}
