import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportView } from '../../shared/api';
import { fundedWorkWords, type FigureRow, type ReportFigures } from '../../shared/domain/report-figures';
import type { DemographicTable } from '../../shared/domain/report-demographics';
import { outcomesHiddenNote, type OutcomeChart, type OutcomeMeasureFigures } from '../../shared/domain/report-outcomes';
import type { Logo } from '../../shared/domain/report-settings';
import { SMALL_SHOWN } from '../../shared/domain/report-suppression';
import { barChart, bars } from './chart';
import { baseDocument, gridLayout, TINT } from './layout';
import { continuationHeader, paragraphs } from './parts';
import { logoDataUrl } from './report-logo';
import { dateInWords, printableText, ukDate } from './text';

/**
 * The funder report: a cover a coordinator can send as it is, the headline figures with
 * the grant so far beside them, targets, volunteer time and its value, charts, who the
 * people supported are, case studies, and an appendix saying how every figure is counted.
 * Every number comes from the ReportFigures the screen and the CSV show.
 */

/**
 * What the report is made from: a report view (today's figures) or the copy kept when it was
 * sent, so a sent report prints again exactly as it went.
 */
export type ReportContent = Pick<ReportView, 'figures' | 'caseStudies' | 'outcomeProgress' | 'madeOn'> & { report: { summary?: string | undefined } };

const SECTION = { fontSize: 16, bold: true, margin: [0, 14, 0, 6] as [number, number, number, number] };

function heading(text: string, pageBreak = false): Content {
  return { text, ...SECTION, ...(pageBreak ? { pageBreak: 'before' as const, margin: [0, 0, 0, 6] as [number, number, number, number] } : {}) };
}

const th = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({ text, style: 'tableHeading', alignment });

function longDates(from: string, to: string): string {
  return `${dateInWords(from).replace(/^\w+ /, '')} to ${dateInWords(to).replace(/^\w+ /, '')}`;
}

/** A long list of groups would push the cover onto two pages: it is given in full after it. */
const COVER_GROUPS = 6;

function coverGroups(names: readonly string[]): string {
  if (names.length === 0) return 'None';
  if (names.length > COVER_GROUPS) return `${names.length} groups, listed on the next page`;
  return names.map(printableText).join(', ');
}

/**
 * The figures on the cover, three to a row: what the grant paid for at a glance. A grant with
 * programmes shows its one-to-one work there too; one for programmes only has no group figures.
 */
function glanceFigures(f: ReportFigures): string[][] {
  const headline = (key: string, label: string) => {
    const row = f.headline.find((r) => r.key === key);
    return row ? [[label, row.value]] : [];
  };
  const oneToOne = (key: string, label: string) => {
    const row = f.oneToOne?.rows.find((r) => r.key === key);
    return row ? [[label, row.value]] : [];
  };
  const people = [...headline('people', 'People supported'), ...headline('newPeople', 'New people')];
  const time = [...headline('volunteerHours', 'Volunteer hours'), ...headline('volunteerValue', 'Value of volunteer time')];
  const groups = [...headline('sessionsHeld', 'Sessions held'), ...headline('attendances', 'Attendances')];
  if (!f.oneToOne) return [...people, ...groups, ...time];
  const sessions = oneToOne('oneToOneSessions', 'One-to-one sessions');
  if (groups.length === 0) return [...people, ...sessions, ...oneToOne('oneToOneGoalsAchieved', 'Goals achieved'), ...time];
  return [...people, ...oneToOne('oneToOnePeople', 'People supported one to one'), ...groups, ...sessions, ...oneToOne('oneToOneGoalsAchieved', 'Goals achieved'), ...time];
}

function cover(view: ReportContent, logo: Logo | undefined): Content[] {
  const f = view.figures;
  const glance = glanceFigures(f);
  const cell = ([label, value]: string[]): TableCell => ({
    stack: [
      { text: value ?? '', fontSize: 22, bold: true },
      { text: label ?? '', fontSize: 11 },
    ],
    margin: [6, 6, 6, 6],
  });
  const rows: TableCell[][] = [];
  for (let i = 0; i < glance.length; i += 3) {
    const row = glance.slice(i, i + 3).map(cell);
    while (row.length < 3) row.push({ text: '' });
    rows.push(row);
  }
  return [
    ...(logo ? [{ image: logoDataUrl(logo), fit: [180, 70] as [number, number], margin: [0, 0, 0, 16] as [number, number, number, number] }] : []),
    { text: printableText(f.organisationName), fontSize: 16, bold: true },
    { text: '', margin: [0, logo ? 70 : 120, 0, 0] },
    { text: `Report to ${printableText(f.funder)}`, fontSize: 28, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 8] },
    { text: printableText(f.grantName), fontSize: 18, margin: [0, 0, 0, 16] },
    { text: printableText(f.period.label), fontSize: 16, bold: true },
    { text: longDates(f.period.from, f.period.to), fontSize: 14, margin: [0, 2, 0, 20] },
    {
      table: {
        widths: [125, '*'],
        body: [
          [{ text: 'Grant', bold: true }, `${f.amount}, ${ukDate(f.grantStart)} to ${ukDate(f.grantEnd)}`],
          ...(f.oneToOne && f.groupNames.length === 0 ? [] : [[{ text: 'Groups funded', bold: true }, coverGroups(f.groupNames)]]),
          ...(f.oneToOne ? [[{ text: 'Programmes funded', bold: true }, f.oneToOne.kindNames.map(printableText).join(', ')]] : []),
          [{ text: 'Prepared', bold: true }, `By ${printableText(f.organisationName)} on ${ukDate(view.madeOn)}`],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 24],
    },
    { text: 'At a glance: this period', fontSize: 13, bold: true, margin: [0, 0, 0, 4] },
    { table: { widths: ['*', '*', '*'], body: rows }, layout: { ...gridLayout(0), fillColor: () => TINT, hLineColor: () => '#ffffff', vLineColor: () => '#ffffff', hLineWidth: () => 3, vLineWidth: () => 3 } },
  ];
}

function figureTable(rows: FigureRow[], first: string): Content {
  const body: TableCell[][] = [
    [th(first), th('This period', 'right'), th('Grant to date', 'right')],
    ...rows.map((r): TableCell[] => [
      {
        stack: [
          { text: r.sub ? `\u2013 ${r.label}` : r.label, bold: !r.sub, margin: [r.sub ? 10 : 0, 0, 0, 0] },
          ...(r.note ? [{ text: printableText(r.note), fontSize: 10, margin: [r.sub ? 10 : 0, 1, 0, 0] as [number, number, number, number] }] : []),
        ],
      },
      { text: r.value, alignment: 'right', bold: !r.sub },
      { text: r.toDate, alignment: 'right' },
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 90, 90], body }, layout: gridLayout(5, 3) };
}

function targets(view: ReportContent): Content[] {
  const f = view.figures;
  const out: Content[] = [];
  if (f.targets.length === 0 && view.outcomeProgress.length === 0) return out;
  if (f.targets.length > 0) {
    // At most six rows: the heading, the table and its note stay together on one page.
    out.push({
      unbreakable: true,
      stack: [
        heading('Targets'),
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', 70, 70, 70, 70],
            body: [
              [th('Target'), th('For the grant', 'right'), th('This period', 'right'), th('Grant to date', 'right'), th('Reached', 'right')],
              ...f.targets.map((t): TableCell[] => [
                { text: t.label, bold: true },
                { text: t.target, alignment: 'right' },
                { text: t.period, alignment: 'right' },
                { text: t.toDate, alignment: 'right' },
                { text: t.percent, alignment: 'right', bold: true },
              ]),
            ],
          },
          layout: gridLayout(5, 3),
        },
        { text: `“Reached” is the grant to date as a share of the target. By ${ukDate(f.period.to)}, ${f.grantTimeElapsedPercent}% of the grant’s time had gone.`, fontSize: 10, margin: [0, 4, 0, 0] },
      ],
    });
  } else {
    out.push(heading('Targets'));
  }
  if (view.outcomeProgress.length > 0) {
    view.outcomeProgress.forEach((o, i) => {
      const item: Content = { stack: [{ text: printableText(o.outcome), bold: true, margin: [0, 0, 0, 2] }, ...paragraphs(o.progress)], margin: [0, 0, 0, 6] };
      // The subheading travels with the first outcome, never alone at the foot of a page.
      out.push({ unbreakable: true, stack: i === 0 ? [{ text: 'Outcome targets', style: 'subheading', margin: [0, 10, 0, 4] }, item] : [item] });
    });
  }
  return out;
}

function volunteerTime(view: ReportContent): Content[] {
  const f = view.figures;
  const value = f.volunteerTime.find((r) => r.key === 'value');
  return [
    { unbreakable: true, stack: [heading('Volunteer time'), figureTable(f.volunteerTime.map((r) => ({ ...r, note: r.key === 'value' ? undefined : r.note })), 'Volunteer time')] },
    ...(value?.note ? [{ text: [{ text: 'Rate used: ', bold: true }, printableText(value.note)], fontSize: 11, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
    { text: `${f.counts.activeVolunteers.toLocaleString('en-GB')} volunteers gave their time to ${fundedWorkWords(f)} in this period.`, fontSize: 11, margin: [0, 2, 0, 0] },
  ];
}

/** A breakdown (by how, by ending, by where to): plain rows, and the "in all" row in bold. */
function breakdownTable(rows: readonly FigureRow[], first: string): Content {
  const body: TableCell[][] = [
    [th(first), th('This period', 'right'), th('Grant to date', 'right')],
    ...rows.map((r): TableCell[] => {
      const total = r.key.endsWith('-all');
      return [
        { text: printableText(r.label), bold: total },
        { text: r.value, alignment: 'right', bold: total },
        { text: r.toDate, alignment: 'right', bold: total },
      ];
    }),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 90, 90], body }, layout: gridLayout(5, 3), fontSize: 11 };
}

function oneToOne(view: ReportContent): Content[] {
  const o = view.figures.oneToOne;
  if (!o) return [];
  const suppressed = [...o.endings, ...o.onward].some((r) => r.value === SMALL_SHOWN || r.toDate === SMALL_SHOWN);
  const part = (title: string, rows: readonly FigureRow[], first: string): Content => ({ unbreakable: true, stack: [{ text: title, style: 'subheading', margin: [0, 10, 0, 4] }, breakdownTable(rows, first)] });
  return [
    {
      unbreakable: true,
      stack: [
        heading('One-to-one support'),
        { text: [{ text: 'Programmes funded: ', bold: true }, o.kindNames.map(printableText).join(', '), '.'], margin: [0, 0, 0, 8] },
        figureTable(o.rows, 'Figure'),
      ],
    },
    part('How sessions were delivered', o.byMode, 'How'),
    part('How programmes ended', o.endings, 'Ending'),
    part('Onward referrals', o.onward, 'Referred on to'),
    ...(suppressed ? [{ text: `${SMALL_SHOWN}: between 1 and 4, not shown so that nobody can be identified.`, fontSize: 10, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
  ];
}

/** One measure's before-and-after figures: the value and the n it is worked out from. */
function outcomeTable(m: OutcomeMeasureFigures): Content {
  const body: TableCell[][] = [
    [th('Figure'), th('This period', 'right'), th('People (n)', 'right')],
    ...m.rows.map((r): TableCell[] => [
      {
        stack: [
          { text: r.sub ? `\u2013 ${printableText(r.label)}` : printableText(r.label), margin: [r.sub ? 10 : 0, 0, 0, 0] },
          ...(r.note ? [{ text: printableText(r.note), fontSize: 10, margin: [r.sub ? 10 : 0, 1, 0, 0] as [number, number, number, number] }] : []),
        ],
      },
      { text: r.value, alignment: 'right' },
      { text: r.n, alignment: 'right' },
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 90, 80], body }, layout: gridLayout(5, 3), fontSize: 11 };
}

/** How many improved, had no reliable change or got worse, under the measure's table; one left out says why. */
function outcomeChart(c: OutcomeChart): Content {
  const title: Content = { text: printableText(c.title), bold: true, fontSize: 11, margin: [0, 6, 0, 3] };
  if (c.bars.length === 0) return { unbreakable: true, stack: [title, { text: printableText(c.note ?? ''), fontSize: 10 }], margin: [0, 0, 0, 8] };
  return bars(title, c.bars, c.n);
}

function outcomes(view: ReportContent): Content[] {
  const o = view.figures.outcomes;
  if (!o) return [];
  const hidden = outcomesHiddenNote(o);
  const part = (m: OutcomeMeasureFigures): Content => ({ unbreakable: true, stack: [{ text: printableText(m.name), style: 'subheading', margin: [0, 10, 0, 4] }, outcomeTable(m)] });
  const charts = (m: OutcomeMeasureFigures): Content[] => (m.charts ?? []).map(outcomeChart);
  const [first, ...rest] = o.measures;
  return [
    {
      // The heading stays with the first measure.
      unbreakable: true,
      stack: [
        heading('Outcome measures'),
        { text: 'Each person’s first questionnaire compared with their last in this period; n is the number of people each figure is worked out from. How pairs are chosen and what counts as a change is in the appendix.', margin: [0, 0, 0, 4] },
        ...(first ? [part(first)] : []),
      ],
    },
    ...(first ? charts(first) : []),
    ...rest.flatMap((m) => [part(m), ...charts(m)]),
    ...(hidden
      ? [{ text: hidden, fontSize: 10, margin: [0, 4, 0, 0] as [number, number, number, number] }]
      : []),
  ];
}

function demographicTable(t: DemographicTable): Content {
  const body: TableCell[][] = [
    [th(t.title), th('People', 'right'), th('%', 'right')],
    ...t.rows.map((r): TableCell[] => [
      { text: printableText(r.label), bold: r.level === 0 && t.key === 'ethnicity', margin: [r.level === 1 ? 12 : 0, 0, 0, 0], fontSize: r.level === 1 ? 10 : 11 },
      { text: r.shown, alignment: 'right', fontSize: r.level === 1 ? 10 : 11 },
      { text: r.percent, alignment: 'right', fontSize: r.level === 1 ? 10 : 11 },
    ]),
    [{ text: 'All people supported', bold: true }, { text: t.total.toLocaleString('en-GB'), alignment: 'right', bold: true }, { text: t.total > 0 ? '100%' : '', alignment: 'right' }],
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 46, 36], body }, layout: gridLayout(4, 2), fontSize: 11, lineHeight: 1.05 };
}

function demographics(view: ReportContent): Content[] {
  const f = view.figures;
  const [age, sex, ethnicity, disability] = f.demographics;
  const suppressed = f.demographics.some((t) => t.rows.some((r) => r.suppressed));
  return [
    {
      // The heading, the words under it and the first tables stay together.
      unbreakable: true,
      stack: [
        heading('Who we supported'),
        {
          text: `The ${f.counts.people.toLocaleString('en-GB')} people supported in the period. Equality questions are optional, so some people are “Prefer not to say” or “Not known”.`,
          margin: [0, 0, 0, 8],
        },
        {
          columns: [
            { width: '*', stack: [...(age ? [demographicTable(age)] : [])] },
            { width: '*', stack: [...(sex ? [demographicTable(sex)] : []), { text: '', margin: [0, 8, 0, 0] }, ...(disability ? [demographicTable(disability)] : [])] },
          ],
          columnGap: 14,
          margin: [0, 0, 0, 12],
        },
      ],
    },
    // 29 rows fit a page: kept whole, so a heading is never parted from its groups.
    ...(ethnicity ? [{ unbreakable: true, stack: [demographicTable(ethnicity)] }] : []),
    ...(suppressed
      ? [{ text: `${SMALL_SHOWN}: between 1 and 4 people, not shown so that nobody can be identified.`, fontSize: 10, margin: [0, 4, 0, 0] as [number, number, number, number] }]
      : []),
  ];
}

function caseStudies(view: ReportContent): Content[] {
  if (view.caseStudies.length === 0) return [];
  return [
    ...view.caseStudies.flatMap((c, i): Content[] => {
      const [first, ...rest] = paragraphs(c.text);
      const intro: Content[] =
        i === 0
          ? [
              heading(view.caseStudies.length === 1 ? 'Case study' : 'Case studies'),
              { text: 'Names and details are changed so that nobody can be identified; shared with the person’s agreement.', fontSize: 10, italics: true, margin: [0, 0, 0, 4] },
            ]
          : [];
      // A title (and the section heading) never ends a page on its own.
      return [{ unbreakable: true, stack: [...intro, { text: printableText(c.title), fontSize: 14, bold: true, margin: [0, 8, 0, 4] }, ...(first ? [first] : [])] }, ...rest];
    }),
  ];
}

function appendix(view: ReportContent): Content[] {
  return [
    heading('Appendix: how each figure is counted', true),
    ...view.figures.definitions.map((d): Content => ({ unbreakable: true, stack: [{ text: d.figure, bold: true }, { text: d.how, margin: [0, 1, 0, 7] }], fontSize: 11 })),
  ];
}

export function reportDocument(view: ReportContent, options: { logo?: Logo | undefined } = {}): TDocumentDefinitions {
  const f = view.figures;
  const title = `Report to ${printableText(f.funder)}: ${printableText(f.period.label)}`;
  const content: Content[] = [
    ...cover(view, options.logo),
    heading(view.report.summary ? 'Summary' : 'Headline figures', true),
    ...(view.report.summary ? [...paragraphs(view.report.summary), heading('Headline figures')] : []),
    { text: `This period: ${longDates(f.period.from, f.period.to)}. Grant to date: ${longDates(f.toDate.from, f.toDate.to)}.`, margin: [0, 0, 0, 8] },
    ...(f.groupNames.length > COVER_GROUPS
      ? [{ text: [{ text: `Groups funded (${f.groupNames.length}): `, bold: true }, f.groupNames.map(printableText).join(', ')], fontSize: 11, margin: [0, 0, 0, 8] as [number, number, number, number] }]
      : []),
    figureTable(f.headline, 'Figure'),
    ...targets(view),
    ...oneToOne(view),
    ...outcomes(view),
    ...volunteerTime(view),
    ...f.charts.map((chart, i) => (i === 0 ? { unbreakable: true, stack: [heading('Charts'), barChart(chart)] } : barChart(chart))),
    ...demographics(view),
    ...caseStudies(view),
    ...appendix(view),
  ];
  const doc = baseDocument({
    title,
    subject: `Funder report: ${printableText(f.grantName)}`,
    organisationName: f.organisationName,
    printedOn: view.madeOn,
    confidential: false,
    header: continuationHeader(`${printableText(f.grantName)}: ${printableText(f.period.label)}`),
    content,
  });
  return {
    ...doc,
    styles: { ...doc.styles, subheading: { fontSize: 13, bold: true, margin: [0, 6, 0, 4] } },
  };
}
