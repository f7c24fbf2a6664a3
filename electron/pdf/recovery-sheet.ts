import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { baseDocument, mm } from './layout';
import { dateInWords, printableText } from './text';

/**
 * "Print recovery sheet": the recovery key on one A4 page, made once when protection is
 * turned on (or a new key is made). The key is in large groups of four, each character in a
 * box of its own width, so the sheet reads like a typewritten one even though the shipped font
 * is not monospaced; the same key follows on one line for anyone typing it from a copy.
 */

export interface RecoverySheet {
  recoveryKey: string;
  organisationName: string;
  /** ISO date or timestamp the key was printed. */
  printedOn: string;
}

// Four groups of four boxes fill the width between the margins: 4 × (4 × 10 mm) + 3 × 5 mm gaps = 175 mm of 180.
const KEY_SIZE = 24;
const BOX = mm(10);

/** One group of four characters, a fixed-width cell each. */
function group(chars: string, number: number): Column {
  return {
    width: 'auto',
    stack: [
      { text: `Group ${number}`, fontSize: 10, margin: [2, 0, 0, 2] },
      {
        table: { widths: [...chars].map(() => BOX), body: [[...chars].map((c) => ({ text: c, fontSize: KEY_SIZE, bold: true, alignment: 'center' as const }))] },
        layout: { hLineWidth: () => 1, vLineWidth: () => 1, hLineColor: () => '#000000', vLineColor: () => '#777777', paddingTop: () => 4, paddingBottom: () => 2, paddingLeft: () => 0, paddingRight: () => 0 },
      },
    ],
  };
}

function keyGrid(key: string): Content {
  const groups = key.split('-');
  const rows: Content[] = [];
  for (let i = 0; i < groups.length; i += 4) {
    rows.push({ columns: groups.slice(i, i + 4).map((g, j) => group(g, i + j + 1)), columnGap: mm(5), margin: [0, 0, 0, mm(4)] });
  }
  return { stack: rows, margin: [0, mm(2), 0, mm(2)] };
}

const heading = (text: string): Content => ({ text, fontSize: 15, bold: true, margin: [0, mm(4), 0, mm(1.5)] });

export function recoverySheetDocument(sheet: RecoverySheet): TDocumentDefinitions {
  const organisation = printableText(sheet.organisationName) || 'your organisation';
  const content: Content[] = [
    { text: 'Peer Desk recovery key', fontSize: 24, bold: true, margin: [0, 0, 0, mm(1)] },
    { text: [{ text: 'For: ', bold: true }, organisation], fontSize: 13 },
    { text: [{ text: 'Made on: ', bold: true }, dateInWords(sheet.printedOn)], fontSize: 13, margin: [0, 0, 0, mm(3)] },
    {
      text: 'If you forget your Peer Desk passphrase, this key opens your records instead. If you lose both the passphrase and this key, nobody can get your records back — not even us.',
      fontSize: 13,
      bold: true,
    },
    heading('Your recovery key'),
    keyGrid(sheet.recoveryKey),
    { text: [{ text: 'The same key on one line: ', bold: true }, sheet.recoveryKey], fontSize: 13 },
    heading('Where to keep this sheet'),
    {
      ul: [
        'Somewhere locked and away from the laptop: a safe or locked drawer at the office, or with your chair of trustees.',
        'Never in the laptop bag, on the laptop, or as a photo on your phone. Anyone with this sheet and a copy of your data can read your records.',
        'If someone may have seen it, make a new key (in Settings, under Protect with a passphrase, choose New recovery key) and shred this sheet.',
      ],
      fontSize: 12,
      margin: [0, 0, 0, mm(1)],
    },
    heading('How to use it'),
    {
      ol: [
        'Start Peer Desk. On the unlock screen, choose "Use the recovery key instead".',
        'Type the key exactly as above. Capitals or small letters both work, and the dashes can be left out.',
        'Choose "Unlock", then choose a new passphrase when Peer Desk asks. Your records are as you left them.',
      ],
      fontSize: 12,
    },
  ];
  return baseDocument({
    title: 'Peer Desk recovery key',
    subject: 'Recovery key for Peer Desk protection',
    content,
    organisationName: sheet.organisationName,
    printedOn: sheet.printedOn,
    confidential: false,
    label: 'Recovery key: keep this sheet locked away.',
  });
}
