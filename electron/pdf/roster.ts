import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { baseDocument, gridLayout } from './layout';
import { continuationHeader, labelled, paragraphs, whereBlock } from './parts';
import type { RosterData } from './types';
import { printableName, printableText, ukDate } from './text';

/**
 * A group's roster, printed before the group meets: who runs it, where, and who is in it.
 * Sized so a typical group (15 members, a venue, a few lines of guidelines) is one page.
 */

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function placesLine(data: RosterData): string {
  const parts = [plural(data.members.length, 'member')];
  if (data.group.capacity !== undefined) parts.unshift(`Capacity ${data.group.capacity}`);
  parts.push(`${data.waitingListCount} on the waiting list`);
  return parts.join(' \u00b7 ');
}

function facilitatorLines(data: RosterData): Content[] {
  if (data.facilitators.length === 0) return [{ text: 'No facilitator assigned yet.' }];
  return data.facilitators.map((f) => ({
    text: [{ text: printableName(f.name) }, ...(f.phone ? [{ text: `  ${printableText(f.phone)}` }] : [])],
  }));
}

function membersTable(data: RosterData): Content {
  if (data.members.length === 0) return { text: 'No members on the roster yet.' };
  const withContacts = data.includeEmergencyContacts;
  const heading = (text: string): TableCell => ({ text, style: 'tableHeading' });
  const header: TableCell[] = [heading('Name'), heading('Phone'), heading('Joined')];
  // "Emergency phone" on two lines: the heading must not widen a column of phone numbers.
  if (withContacts) header.push(heading('Emergency contact'), heading('Emergency\nphone'));
  // A phone number or date split over two lines is easily misdialled or misread, so those
  // cells never wrap and their columns are as wide as their longest entry ("auto"); names
  // and contacts share what is left.
  const whole = (text: string): TableCell => ({ text, noWrap: true });
  const rows: TableCell[][] = data.members.map((m) => {
    const joined = ukDate(m.joined);
    // With the contacts' two extra columns, a two-digit year buys the names room.
    const row: TableCell[] = [printableName(m.name), whole(printableText(m.phone ?? '')), whole(withContacts ? joined.replace(/\/\d\d(\d\d)$/, '/$1') : joined)];
    if (withContacts) {
      const contact = m.emergencyContact ?? {};
      const who = printableText(contact.name ?? '');
      const relationship = printableText(contact.relationship ?? '');
      row.push(relationship ? (who ? `${who} (${relationship})` : relationship) : who, whole(printableText(contact.phone ?? '')));
    }
    return row;
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: withContacts ? ['*', 'auto', 'auto', '*', 'auto'] : ['*', 'auto', 'auto'],
      body: [header, ...rows],
    },
    fontSize: withContacts ? 11 : 12,
    // Single-spaced rows: 15 members plus the venue and guidelines must fit one page.
    lineHeight: 1,
    layout: gridLayout(withContacts ? 3 : 4, withContacts ? 2 : 2.5),
  };
}

export function rosterDocument(data: RosterData): TDocumentDefinitions {
  const group = data.group;
  const groupName = printableText(group.name);
  const content: Content[] = [
    {
      columns: [
        { text: `${groupName}: roster`, style: 'title', width: '*' },
        { text: printableText(data.organisationName), style: 'organisation', width: 190, alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      columnGap: 12,
    },
    { text: [printableText(group.kindLabel), printableText(group.scheduleInWords)].filter(Boolean).join(' \u00b7 '), style: 'subtitle' },
    ...labelled('Who it is for', group.eligibilityNote),
    {
      margin: [0, 6, 0, 0],
      columnGap: 18,
      // The venue's notes are the long part; a wider column keeps them to a line or two.
      columns: [
        { width: '58%', stack: [{ text: 'Where', style: 'heading', margin: [0, 0, 0, 2] }, ...whereBlock(group.venue, group.onlineDetails)] },
        {
          width: '*',
          stack: [
            { text: 'Facilitators', style: 'heading', margin: [0, 0, 0, 2] },
            ...facilitatorLines(data),
            { text: 'Places', style: 'heading', margin: [0, 8, 0, 2] },
            { text: placesLine(data) },
          ],
        },
      ],
    },
    { text: `Members (${data.members.length})`, style: 'heading', margin: [0, 6, 0, 3] },
    membersTable(data),
  ];
  const guidelines = group.guidelines === undefined ? [] : paragraphs(group.guidelines);
  const [firstGuideline, ...moreGuidelines] = guidelines;
  if (firstGuideline !== undefined) {
    // The heading never ends a page on its own.
    // A size smaller than the body, so a roster of fifteen with emergency contacts keeps its
    // guidelines on the same page.
    content.push({ fontSize: 11, lineHeight: 1.05, stack: [{ unbreakable: true, stack: [{ text: 'Group guidelines', style: 'heading', margin: [0, 6, 0, 3] }, firstGuideline] }, ...moreGuidelines] });
  }

  return baseDocument({
    title: `${groupName}: roster`,
    subject: 'Group roster',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: true,
    header: continuationHeader(`${groupName}: roster (continued)`),
    content,
  });
}
