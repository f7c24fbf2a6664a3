import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectAccessDocument, type SubjectAccessPrintData } from '../../../electron/pdf/subject-access';
import type { HeldItem } from '../../../shared/domain/held-data';
import { privacyNotice } from '../../../shared/domain/privacy-notice';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { PdfFolder, type RenderedPdf } from './pdf-files';

// A member's notes can run to 10,000 characters; the pack must print every word of them.
const LONG_NOTE = `${Array.from({ length: 140 }, (_, i) => `Line ${i + 1} of the notes, kept as they were typed.`).join('\n')}\nLAST-LINE-OF-NOTES`;

const item = (n: number, extra: Partial<HeldItem> = {}): HeldItem => ({
  id: `programme-session:${n}`,
  kind: 'programme-session',
  title: `Session on ${String(n).padStart(2, '0')}/01/2026`,
  date: `2026-01-${String(n).padStart(2, '0')}`,
  fields: [
    { label: 'Note', value: `Session note ${n}` },
    { label: 'Private note', value: `Private note ${n}` },
  ],
  sources: [],
  ...extra,
});

const data: SubjectAccessPrintData = {
  organisationName: 'Cwm Taf Peer Support',
  name: 'Siân Llewelyn',
  receivedDate: '2026-11-20',
  printedOn: '2026-11-23',
  items: [
    { id: 'member:m1', kind: 'record', title: 'Member record', fields: [{ label: 'Full name', value: 'Siân Llewelyn' }, { label: 'Notes', value: LONG_NOTE }], sources: [] },
    ...Array.from({ length: 28 }, (_, i) => item(i + 1)),
    { id: 'attendance:g1', kind: 'attendance', title: 'Tuesday Walk: 2 sessions', fields: [], table: { columns: ['Date', 'Time', 'Attendance'], rows: [['03/02/2026', '10:00–11:30', 'Present'], ['10/02/2026', '10:00–11:30', 'Apologies']] }, sources: [] },
  ],
  withheld: [{ heading: 'Supervision', reason: 'It identifies someone else' }],
  notice: privacyNotice({ ...DEFAULT_SETTINGS, organisationName: 'Cwm Taf Peer Support' }).sections.filter((s) => s.heading === 'How long we keep it' || s.heading === 'Your rights'),
  jsonFileName: 'subject-access-sian-llewelyn-2026-11-23.json',
};

let folder: PdfFolder;
let pdf: RenderedPdf;
beforeAll(async () => {
  folder = await PdfFolder.create();
  pdf = await folder.render('subject-access', subjectAccessDocument(data));
});
afterAll(async () => {
  await folder.remove();
});

describe('the subject access PDF', () => {
  it('opens in plain English with who it is for, what is held and why, what was withheld and why, and the JSON beside it', () => {
    expect(pdf.info['Page size']).toMatch(/595.* x 841.*A4/);
    expect(pdf.flow).toContain('The information we hold about you');
    expect(pdf.flow).toContain('Prepared for Siân Llewelyn on Monday 23 November 2026');
    expect(pdf.flow).toContain('On Friday 20 November 2026 you asked for a copy of the information Cwm Taf Peer Support holds about you');
    expect(pdf.flow.replace(/- /g, '-')).toContain('subject-access-sian-llewelyn-2026-11-23.json');
    expect(pdf.flow).toMatch(/One-to-one session notes 28 Notes of each session/);
    expect(pdf.flow).toContain('We have not included one item, as the law allows. The reasons: Supervision: It identifies someone else');
    expect(pdf.flow).toContain('Records of members and volunteers who have left: 6 years after our last contact with them.');
  });

  it('prints every item, private notes included, and never cuts off a long note', () => {
    for (let n = 1; n <= 28; n++) expect(pdf.flow).toContain(`Private note ${n}`);
    expect(pdf.flow).toContain('Line 70 of the notes');
    expect(pdf.flow).toContain('LAST-LINE-OF-NOTES');
    expect(pdf.flow).toContain('10/02/2026 10:00–11:30 Apologies');
  });

  it('never leaves a heading or an item’s title alone at the foot of a page', () => {
    for (const page of pdf.pages.slice(0, -1)) {
      const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
      // The last three lines are the footer; the line above them is content, not a title.
      const lastContent = lines.at(-4) ?? '';
      expect(lastContent, page.slice(-400)).not.toMatch(/^Session on \d\d\/01\/2026$|^One-to-one session notes$|^Attendance$|^Tuesday Walk/);
    }
  });
});
