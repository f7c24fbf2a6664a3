import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { withArticle } from '../../shared/articles';
import { baseDocument, gridLayout } from './layout';
import { dateInWords, printableName, printableText, ukDate } from './text';

/**
 * A letter confirming a volunteer's hours, for references and job applications: who they
 * are, since when, in which roles, how many hours each year and the training they did. It
 * says what the hours are made of, so an employer reading it knows what was counted.
 */

export interface HoursLetterData {
  organisationName: string;
  printedOn: string;
  volunteerName: string;
  /** When they started, and left if they have. */
  startDate?: string;
  leftDate?: string;
  roles: string[];
  /** Time in words, as the Hours tab shows it (shared/duration.ts): "148 hours 30 minutes". */
  totalHours: string;
  /** Newest first: "2026", "48 hours 30 minutes". */
  years: { year: string; hours: string }[];
  /** "Facilitating sessions", "120 hours", … */
  kinds: { label: string; hours: string }[];
  training: { course: string; date: string; hours?: string; detail?: string }[];
  /** Who signs it: the name in Settings, when there is one. */
  signedBy?: string;
  /** Where the hours come from, in a sentence; the usual words for registers and hours logged by hand unless given. */
  howCounted?: string;
}

/** A role's name inside a sentence: "Admin volunteer" → "admin volunteer", acronyms kept ("LGBT+ peer mentor"). */
function inSentence(label: string): string {
  return label
    .split(' ')
    .map((word) => (/^\p{Lu}[\p{Lu}\d+]/u.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

export function hoursLetterDocument(data: HoursLetterData): TDocumentDefinitions {
  const name = printableName(data.volunteerName);
  const org = printableText(data.organisationName);
  const heading = (text: string, right = false): TableCell => ({ text, style: 'tableHeading', ...(right ? { alignment: 'right' } : {}) });
  const since = data.startDate ? (data.leftDate ? `from ${dateInWords(data.startDate)} to ${dateInWords(data.leftDate)}` : `since ${dateInWords(data.startDate)}`) : '';
  const roles = data.roles.map(printableText);
  // "a" or "an" by how the role sounds: "an admin volunteer", "an LGBT+ peer mentor".
  const rolesText = roles.length === 0 ? '' : roles.length === 1 ? ` as ${withArticle(inSentence(roles[0]!))}` : ` in these roles: ${roles.join(', ')}`;

  const content: Content[] = [
    { text: org, style: 'title', alignment: 'right' },
    { text: dateInWords(data.printedOn.slice(0, 10)), alignment: 'right', margin: [0, 0, 0, 18] },
    { text: 'To whom it may concern', margin: [0, 0, 0, 10] },
    { text: `Volunteer hours: ${name}`, style: 'heading', fontSize: 16 },
    {
      text: `${name} ${data.leftDate ? 'volunteered' : 'has volunteered'} with ${org}${since ? ` ${since}` : ''}${rolesText}. Our records show ${data.totalHours} of volunteering in that time.`,
      margin: [0, 0, 0, 10],
    },
    {
      columns: [
        {
          width: 'auto',
          table: { headerRows: 1, widths: [50, 120], body: [[heading('Year'), heading('Time', true)], ...data.years.map((y): TableCell[] => [y.year, { text: y.hours, alignment: 'right' }])] },
          layout: gridLayout(4, 3),
        },
        {
          width: 'auto',
          table: {
            headerRows: 1,
            widths: [160, 120],
            body: [[heading('What the hours were'), heading('Time', true)], ...data.kinds.map((k): TableCell[] => [k.label, { text: k.hours, alignment: 'right' }])],
          },
          layout: gridLayout(4, 3),
        },
      ],
      columnGap: 24,
      margin: [0, 0, 0, 12],
    },
    ...(data.training.length > 0
      ? ([
          { text: 'Training completed', style: 'heading' },
          {
            table: {
              headerRows: 1,
              widths: ['*', 70, 110],
              body: [
                [heading('Course'), heading('Completed'), heading('Time', true)],
                ...data.training.map((t): TableCell[] => [
                  { text: [printableText(t.course), ...(t.detail ? [{ text: ` (${printableText(t.detail)})`, fontSize: 11 }] : [])] },
                  ukDate(t.date),
                  { text: t.hours ?? '', alignment: 'right' },
                ]),
              ],
            },
            layout: gridLayout(4, 3),
            margin: [0, 0, 0, 12],
          },
        ] satisfies Content[])
      : []),
    {
      text: printableText(data.howCounted ?? 'Hours from group sessions come from our registers and include preparation time; other hours were recorded by our volunteer coordinator.'),
      fontSize: 11,
      margin: [0, 0, 0, 12],
    },
    { text: 'Please contact us if you would like to know more.', margin: [0, 0, 0, 24] },
    { text: 'Yours faithfully,', margin: [0, 0, 0, 36] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.8 }] },
    { text: data.signedBy ? printableName(data.signedBy) : 'Name (please print):', margin: [0, 4, 0, 0] },
    { text: `for ${org}` },
  ];
  return baseDocument({
    title: `Volunteer hours letter: ${data.volunteerName}`,
    subject: 'Volunteer hours letter',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: false,
    content,
  });
}
