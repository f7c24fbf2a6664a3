import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { MARGIN, mm } from './layout';
import type { VenueForPrint } from './types';
import { printableText } from './text';

/** Pieces more than one document prints. */

/** "Label: text" with the label bold, or nothing when there is no text. */
export function labelled(label: string, text: string | undefined): Content[] {
  const value = text === undefined ? '' : printableText(text);
  if (!value) return [];
  return [{ text: [{ text: `${label}: `, bold: true }, value] }];
}

/** Venue name, address on one line, access and transport notes; or the online details. */
export function whereBlock(venue: VenueForPrint | undefined, onlineDetails: string | undefined): Content[] {
  const parts: Content[] = [];
  if (venue) {
    const address = venue.addressLines.map(printableText).filter(Boolean).join(', ');
    parts.push({ text: printableText(venue.name), bold: true });
    if (address) parts.push({ text: address });
    parts.push(...labelled('Access', venue.access), ...labelled('Getting there', venue.transportNotes));
  }
  parts.push(...labelled('Joining online', onlineDetails));
  if (parts.length === 0) parts.push({ text: 'No venue recorded.' });
  return parts;
}

/** From page 2 on, says whose pages these are: the title is only on page 1. */
export function continuationHeader(text: string): DynamicContent {
  return (currentPage) => (currentPage > 1 ? { text, fontSize: 11, margin: [MARGIN, mm(7), MARGIN, 0] } : null);
}

/**
 * Lines of plain text as paragraphs, with runs of lines starting "-", "*" or "•" as a
 * bulleted list: how people type guidelines into a text box.
 */
export function paragraphs(text: string): Content[] {
  const out: Content[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length) out.push({ ul: bullets, margin: [0, 0, 0, 3] });
    bullets = [];
  };
  for (const line of printableText(text).split('\n')) {
    const bullet = /^[-*\u2022]\s*(.*)$/.exec(line);
    if (bullet) {
      if (bullet[1]) bullets.push(bullet[1]);
      continue;
    }
    flush();
    if (line) out.push({ text: line, margin: [0, 0, 0, 3] });
  }
  flush();
  return out;
}
