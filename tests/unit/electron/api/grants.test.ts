import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportView } from '../../../../shared/api';
import { parseCsvText } from '../../../../shared/csv/parse';
import { changesInWords } from '../../../../shared/domain/report-changes';
import { computeReportFigures } from '../../../../shared/domain/report-figures';
import { makeGrantInput } from '../../../factories/grants';
import { FIXTURE_GRANT, fixtureReportData, G1, G2, G3, V1, YEAR_1, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { makePng } from '../../../fixtures/reports/logo';
import { writeGrantFixture } from '../../../fixtures/reports/write-fixture';
import { auditEntriesIn, commitsAfter, describeOp, lastSeq } from '../../../helpers/journal';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

const run = promisify(execFile);

let app: TestApp;
beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-grants-'));
  await writeGrantFixture(dir);
  app = await openTestApp({ dir }); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

async function year2Report(extra: { caseStudyIds?: string[]; summary?: string; outcomeProgress?: { outcome: string; progress: string }[] } = {}): Promise<ReportView> {
  return app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_2.from, to: YEAR_2.to, ...extra });
}

describe('grants', () => {
  it('adds a grant, lists it with its next period, and changes it', async () => {
    const grant = await app.api.grants.create({ grant: makeGrantInput({ name: 'Drop-in for all', groupIds: [G2, G2], frequency: 'quarterly', startDate: '2026-01-01', endDate: '2026-12-31' }) });
    expect(grant).toMatchObject({ name: 'Drop-in for all', groupIds: [G2], referralScope: 'funded-groups', caseStudies: [], reports: [] });
    const list = await app.api.grants.list();
    // On 23/11/2026 the fixture grant has owed Year 1 since April 2025; this one's first
    // quarter fell due in April 2026, so it comes second.
    expect(list.map((g) => g.name)).toEqual(['Peer support for all', 'Drop-in for all']);
    expect(list[1]).toMatchObject({ groupNames: ['Sunday Drop-in'], reportCount: 0, nextPeriod: { from: '2026-10-01', to: '2026-12-31', label: 'Year 1, quarter 4: October to December 2026' }, allMade: false });
    expect(list[1]?.reportsDue.map((p) => p.label)).toEqual(['Year 1, quarter 1: January to March 2026', 'Year 1, quarter 2: April to June 2026', 'Year 1, quarter 3: July to September 2026']);

    const detail = await app.api.grants.get({ id: grant.id });
    expect(detail.periods).toHaveLength(4);
    expect(detail.groups.map((g) => g.name)).toEqual(['Art Group', 'Sunday Drop-in', 'Tuesday Peer Support']);
    expect(detail.rateName).toBe('Fixture wage');

    const changed = await app.api.grants.update({ id: grant.id, grant: makeGrantInput({ name: 'Drop-in for everyone', groupIds: [G2, G1], rateName: 'Real Living Wage' }) });
    expect(changed).toMatchObject({ name: 'Drop-in for everyone', groupIds: [G2, G1], createdAt: grant.createdAt });
    expect((await app.api.grants.get({ id: grant.id })).rateName).toBe('Real Living Wage');

    const audit = await app.api.audit.list({ entityId: grant.id });
    expect(audit.entries.map((e) => e.summary)).toEqual(['Changed grant details', 'Added a grant']);
  });

  it('lists grants by what is due: most overdue first, then the soonest next report, then finished ones', async () => {
    // Today is 23/11/2026. The fixture grant has owed Year 1 since 01/04/2025.
    const add = (name: string, extra: Parameters<typeof makeGrantInput>[0]) => app.api.grants.create({ grant: makeGrantInput({ name, groupIds: [G1], ...extra }) });
    await add('Later start', { frequency: 'yearly', startDate: '2026-06-01', endDate: '2028-05-31' });
    const finished = await add('Finished', { frequency: 'end-of-grant', startDate: '2025-01-01', endDate: '2025-12-31' });
    await app.api.grants.createReport({ grantId: finished.id, from: '2025-01-01', to: '2025-12-31' });
    await add('Quarterly', { frequency: 'quarterly', startDate: '2026-01-01', endDate: '2026-12-31' });
    await add('Ends this month', { frequency: 'end-of-grant', startDate: '2026-01-01', endDate: '2026-11-30' });
    const list = await app.api.grants.list();
    expect(list.map((g) => [g.name, g.reportsDue.length, g.nextPeriod?.to ?? null, g.allMade])).toEqual([
      ['Peer support for all', 2, '2027-03-31', false],
      ['Quarterly', 3, '2026-12-31', false],
      ['Ends this month', 0, '2026-11-30', false],
      ['Later start', 0, '2027-05-31', false],
      ['Finished', 0, null, true],
    ]);
  });

  it('refuses a grant with plain words for each problem', async () => {
    const bad = await expectFailure(app.api.grants.create({ grant: makeGrantInput({ groupIds: [], endDate: '2024-03-01', amountPence: -1 }) }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields).toMatchObject({
      'grant.groupIds': 'Choose at least one group or kind of programme the grant funds',
      'grant.amountPence': 'The amount cannot be negative',
    });
    const dates = await expectFailure(app.api.grants.create({ grant: makeGrantInput({ groupIds: [G1], endDate: '2024-03-01' }) }));
    expect(dates.fields).toEqual({ 'grant.endDate': 'The end date must be after the start date' });
    const gone = await expectFailure(app.api.grants.create({ grant: makeGrantInput({ groupIds: ['no-such-group'] }) }));
    expect(gone.fields).toEqual({ groupIds: 'A group chosen is no longer on record' });
    expect((await expectFailure(app.api.grants.get({ id: 'missing' }))).message).toBe('That grant is no longer on record.');
  });

  it('keeps case studies on the grant; a deleted one leaves the reports that chose it', async () => {
    const g1 = await app.api.grants.saveCaseStudy({ grantId: FIXTURE_GRANT.id, caseStudy: { title: 'Finding a voice', text: 'R first came to the drop-in…', confirmed: true } });
    const first = g1.caseStudies[0]!;
    const g2 = await app.api.grants.saveCaseStudy({ grantId: FIXTURE_GRANT.id, caseStudy: { title: 'Back to work', text: 'S had not left the house…', confirmed: true } });
    const second = g2.caseStudies[1]!;
    const edited = await app.api.grants.saveCaseStudy({ grantId: FIXTURE_GRANT.id, caseStudyId: first.id, caseStudy: { title: 'Finding her voice', text: 'R first came…', confirmed: true } });
    expect(edited.caseStudies.map((c) => c.title)).toEqual(['Finding her voice', 'Back to work']);

    const unconfirmed = await expectFailure(app.api.grants.saveCaseStudy({ grantId: FIXTURE_GRANT.id, caseStudy: { title: 'X', text: 'Y', confirmed: false as true } }));
    expect(unconfirmed.fields).toEqual({ 'caseStudy.confirmed': 'Confirm the person agreed and the story is anonymised' });

    const view = await year2Report({ caseStudyIds: [second.id, first.id] });
    expect(view.caseStudies.map((c) => c.title)).toEqual(['Back to work', 'Finding her voice']);
    await app.api.grants.deleteCaseStudy({ grantId: FIXTURE_GRANT.id, caseStudyId: second.id });
    const after = await app.api.grants.report({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    expect(after.caseStudies.map((c) => c.title)).toEqual(['Finding her voice']);
    expect(after.report.caseStudyIds).toEqual([first.id]);

    const stale = await expectFailure(year2Report({ caseStudyIds: [second.id] }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('deletes a grant and its reports, leaving the registers alone', async () => {
    await year2Report();
    await app.api.grants.delete({ id: FIXTURE_GRANT.id });
    expect(await app.api.grants.list()).toEqual([]);
    expect((await app.api.groups.get({ id: G1 })).sessionsHeld).toBeGreaterThan(0);
  });
});

describe('a report for Year 2 of the hand-built fixture', () => {
  it('shows the figures counted by hand (see report-figures.test.ts), from the one function', async () => {
    const view = await year2Report();
    expect(view.report).toMatchObject({ from: YEAR_2.from, to: YEAR_2.to, label: YEAR_2.label });
    expect(view.figures.counts).toMatchObject({ people: 8, newPeople: 4, returningPeople: 4, sessionsHeld: 6, sessionsCancelled: 2, attendances: 27, referralsReceived: 3, medianDaysToAssessment: 16.5, activeVolunteers: 2, volunteerMinutes: 900 });
    expect(view.figures.counts.value.pence).toBe(18390);
    // The screen shows exactly what the pure function gives for the same records (the store
    // default hides small numbers, so compare like with like).
    expect(view.figures).toEqual(computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true })));
    expect(view.madeOn).toBe('2026-11-23');
  });

  it('lists what to put right: registers not taken for scheduled sessions', async () => {
    const view = await year2Report();
    // G1 meets on the first Tuesday: 12 meetings from April 2025 to March 2026, 4 registers
    // taken and 1 cancelled leaves 7. The drop-in meets on the last Sunday from May 2025: 11
    // meetings, 2 registers and 1 cancelled leaves 8. The unfunded art group is not asked about.
    expect(view.checks).toEqual([
      '15 sessions of the funded groups in this period have no register yet, so they are not counted. Take the registers (or cancel the sessions that did not happen) for the figures to be complete.',
      // The grant-to-date column counts Year 1 too: G1 met 12 times from April 2024 to March
      // 2025 and has 2 registers (03/09 and 05/11/2024); the drop-in only began in May 2025.
      '10 sessions earlier in the grant (from 01/04/2024 to 31/03/2025) have no register yet: the grant-to-date figures leave them out.',
    ]);
  });

  it('does not ask for registers of meetings not recorded, and says them apart from cancelled ones on screen, in the CSV and the PDF', async () => {
    // G1 came onto Peer Desk with registers from 01/07/2025: its 01/04/2025 meeting and all ten
    // of Year 1's without a register are not recorded. The drop-in's 27/07/2025 is marked so.
    const { id: _id, createdAt: _c, updatedAt: _u, roster: _r, waitingList: _w, archived: _a, ...g1 } = (await app.api.groups.get({ id: G1 })).group;
    await app.api.groups.update({ id: G1, group: { ...g1, registersFrom: '2025-07-01' } });
    await app.api.sessions.markNotRecorded({ sessionId: `${G2}--2025-07-27` });

    const view = await year2Report();
    // 15 missing before (see above), less those two; nothing earlier in the grant is missing now.
    expect(view.checks).toEqual([
      '13 sessions of the funded groups in this period have no register yet, so they are not counted. Take the registers (or cancel the sessions that did not happen) for the figures to be complete.',
    ]);
    expect(view.figures.counts).toMatchObject({ sessionsHeld: 6, sessionsCancelled: 2, sessionsNotRecorded: 2 });
    expect(view.figures.toDateCounts).toMatchObject({ sessionsHeld: 8, sessionsNotRecorded: 12 });
    const note = '2 cancelled sessions and 2 not recorded on Peer Desk (no register kept there) not counted';
    expect(view.figures.headline.find((r) => r.key === 'sessionsHeld')?.note).toBe(note);

    const csv = parseCsvText((await app.api.grants.reportCsv({ grantId: FIXTURE_GRANT.id, reportId: view.report.id })).text ?? '').rows.map((r) => r.cells);
    expect(csv).toContainEqual(['This period', 'Sessions held', '6', note]);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-report-pdf-'));
    try {
      const file = path.join(dir, 'report.pdf');
      await writeFile(file, Buffer.from((await app.api.grants.reportPdf({ grantId: FIXTURE_GRANT.id, reportId: view.report.id })).base64 ?? '', 'base64'));
      const { stdout: pdf } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
      expect(pdf.replace(/\s+/g, ' ')).toContain(note);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('counts a cancelled session earlier in the grant as settled, and says "1 session" alone', async () => {
    // Cancel 9 of G1's 10 Year 1 meetings without a register (first Tuesdays; not 03/09 or 05/11).
    for (const date of ['2024-04-02', '2024-05-07', '2024-06-04', '2024-07-02', '2024-08-06', '2024-10-01', '2024-12-03', '2025-01-07', '2025-02-04']) {
      await app.api.sessions.cancel({ sessionId: `${G1}--${date}`, reason: 'Room not available' });
    }
    const view = await year2Report();
    expect(view.checks).toContain('1 session earlier in the grant (from 01/04/2024 to 31/03/2025) has no register yet: the grant-to-date figures leave it out.');
    await app.api.sessions.cancel({ sessionId: `${G1}--2025-03-04`, reason: 'Room not available' });
    const settled = await app.api.grants.report({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    expect(settled.checks.filter((c) => c.includes('earlier in the grant'))).toEqual([]);
  });

  it('does not ask about sessions before the grant, or earlier ones for Year 1', async () => {
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_1.from, to: YEAR_1.to });
    expect(view.checks).toEqual(['10 sessions of the funded groups in this period have no register yet, so they are not counted. Take the registers (or cancel the sessions that did not happen) for the figures to be complete.']);
  });

  it('says when the period has not ended yet, and when the rate is missing', async () => {
    await app.api.settings.update({ rates: [{ name: 'National Living Wage', pencePerHour: 1221, from: '2025-04-01' }], volunteerRateName: 'National Living Wage' });
    await app.api.grants.update({ id: FIXTURE_GRANT.id, grant: makeGrantInput({ groupIds: [G1, G2], rateName: 'Fixture wage' }) });
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: '2026-04-01', to: '2027-03-31' });
    expect(view.report.label).toBe('Year 3: April 2026 to March 2027');
    expect(view.checks).toContain('The period runs to 31/03/2027, so these are the figures so far.');
    expect(view.checks).toContain('There is no Fixture wage in the rates table in Settings, so volunteer time has no value. Add the rate, or choose another for this grant.');
  });

  it('works for any dates, not only the grant’s periods', async () => {
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: '2025-06-01', to: '2025-07-31', label: 'Summer 2025' });
    // 29/06 drop-in (7) and 01/07 (5); 03/06 cancelled.
    expect(view.figures.counts).toMatchObject({ sessionsHeld: 2, sessionsCancelled: 1, attendances: 12 });
    expect(view.report.label).toBe('Summer 2025');
    const bad = await expectFailure(app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: '2025-07-31', to: '2025-06-01' }));
    expect(bad.fields).toEqual({ to: 'The end of the period must be after its start' });
  });

  it('changes and deletes a report, keeping outcome progress that was written', async () => {
    const view = await year2Report({ outcomeProgress: [{ outcome: 'People feel less alone', progress: '  31 of 40 asked said so.  ' }, { outcome: 'People know where to get help in a crisis', progress: ' ' }] });
    // The report keeps what was written; it shows every target, saying where nothing was.
    expect(view.report.outcomeProgress).toEqual([{ outcome: 'People feel less alone', progress: '31 of 40 asked said so.' }]);
    expect(view.outcomeProgress).toEqual([
      { outcome: 'People feel less alone', progress: '31 of 40 asked said so.' },
      { outcome: 'People know where to get help in a crisis', progress: 'No progress reported this period' },
    ]);
    const csv = (await app.api.grants.reportCsv({ grantId: FIXTURE_GRANT.id, reportId: view.report.id })).text ?? '';
    expect(csv).toContain('People know where to get help in a crisis,No progress reported this period');
    const changed = await app.api.grants.updateReport({ grantId: FIXTURE_GRANT.id, reportId: view.report.id, from: YEAR_2.from, to: YEAR_2.to, summary: 'A good year.' });
    expect(changed.report).toMatchObject({ id: view.report.id, summary: 'A good year.', createdAt: view.report.createdAt });
    // Year 2 is reported on; Year 1 is still owed, and Year 3 (to 31/03/2027) comes next.
    const [listed] = await app.api.grants.list();
    expect(listed).toMatchObject({ reportCount: 1, sentCount: 0, nextPeriod: { label: 'Year 3: April 2026 to March 2027' } });
    expect(listed?.reportsDue.map((p) => p.label)).toEqual(['Year 1: April 2024 to March 2025']);
    await app.api.grants.deleteReport({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    expect((await expectFailure(app.api.grants.report({ grantId: FIXTURE_GRANT.id, reportId: view.report.id }))).code).toBe('NOT_FOUND');
  });

  it('follows the suppression setting and the preparation time', async () => {
    await app.api.settings.update({ suppressSmallNumbers: false, prepMinutes: 0 });
    const view = await year2Report();
    expect(view.figures.demographics.find((t) => t.key === 'sex')?.rows.map((r) => r.shown)).toEqual(['3', '2', '1', '2']);
    // 690 minutes of facilitating and no preparation.
    expect(view.figures.counts.volunteerMinutes).toBe(690);
    expect(view.figures.definitions.find((d) => d.figure === 'Volunteer hours')?.how).toContain('with no preparation time added');
    await app.api.settings.update({ suppressSmallNumbers: true });
    const hidden = await app.api.grants.report({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    expect(hidden.figures.demographics.find((t) => t.key === 'sex')?.rows.map((r) => r.shown)).toEqual(['<5', '<5', '<5', '<5']);
  });
});

describe('the screen, the CSV and the PDF show the same numbers', () => {
  it('has every headline figure, this period and to date, in all three', async () => {
    const view = await year2Report({ summary: 'Our second year.' });
    const csvFile = await app.api.grants.reportCsv({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    expect(csvFile.filename).toBe('report-hallam-community-fund-2025-04-01-to-2026-03-31.csv');
    // UTF-8 with a byte-order mark, so Excel reads the £ and the accents.
    expect(csvFile.text?.startsWith('\uFEFFSection,Figure,Value,Notes')).toBe(true);
    const parsed = parseCsvText(csvFile.text ?? '');
    expect(parsed.headers).toEqual(['Section', 'Figure', 'Value', 'Notes']);
    const csv = parsed.rows.map((r) => r.cells);
    const csvValue = (section: string, figure: string) => csv.find((r) => r[0] === section && r[1] === figure)?.[2];

    const pdfFile = await app.api.grants.reportPdf({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    expect(pdfFile.filename).toBe('report-hallam-community-fund-2025-04-01-to-2026-03-31.pdf');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-report-pdf-'));
    try {
      const file = path.join(dir, 'report.pdf');
      await writeFile(file, Buffer.from(pdfFile.base64 ?? '', 'base64'));
      const { stdout: pdf } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);

      for (const r of view.figures.headline) {
        const figure = r.sub ? `People supported ${r.label}` : r.label;
        expect(csvValue('This period', figure), figure).toBe(r.value);
        expect(csvValue('Grant to date', figure), figure).toBe(r.toDate);
        const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\£]/g, '\\$&');
        expect(pdf, r.label).toMatch(new RegExp(`${escape(r.label)}\\s+${escape(r.value)}\\s+${escape(r.toDate)}`));
      }
      for (const t of view.figures.targets) {
        expect(csvValue('Targets', `${t.label}: percent of target`)).toBe(t.percent);
        expect(pdf).toMatch(new RegExp(`${t.label}\\s+${t.target}\\s+${t.period}\\s+${t.toDate}\\s+${t.percent}`));
      }
      // The hand-counted numbers themselves, in the PDF.
      expect(pdf).toMatch(/People supported\s+8\s+9/);
      expect(pdf).toMatch(/Attendances\s+27\s+32/);
      expect(pdf).toMatch(/Value of volunteer time\s+£183\.90\s+£231\.90/);
      expect(csvValue('People by age', '25–44')).toBe('<5');
      expect(csvValue('People by ethnic group', 'White: Any other White background')).toBe('<5');
      expect(csvValue('Referrals by source', 'GP')).toBe('1');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('marking a report as sent', () => {
  const RECIPIENT = 'Hallam Community Fund — grants@hallam.example';

  /** A register keyed in late for a Year 2 meeting of G1 (first Tuesday of August 2025): Amira and Iwan came. */
  async function lateRegister(): Promise<void> {
    await app.api.sessions.saveRegister({ sessionId: `${G1}--2025-08-05`, marks: { 'm-a': 'present', 'm-i': 'present' }, facilitatorsPresent: [V1] });
  }

  async function pdfText(file: { base64?: string | undefined }): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-sent-pdf-'));
    try {
      const pdf = path.join(dir, 'report.pdf');
      await writeFile(pdf, Buffer.from(file.base64 ?? '', 'base64'));
      return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])).stdout;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('keeps the figures as sent, in one commit with an audit entry that names nobody', async () => {
    const view = await year2Report({ summary: 'Our second year.', outcomeProgress: [{ outcome: 'People feel less alone', progress: '31 of 40 said so.' }] });
    const ids = { grantId: FIXTURE_GRANT.id, reportId: view.report.id };
    const csvBefore = (await app.api.grants.reportCsv(ids)).text;
    const seq = await lastSeq(app.dir);
    const marked = await app.api.grants.markReportSent({ ...ids, sentOn: '2026-11-20', recipient: `  ${RECIPIENT} ` });
    // One commit: the grant with the copy as sent, and its audit entry.
    const commits = await commitsAfter(app.dir, seq);
    expect(commits).toHaveLength(1);
    expect(auditEntriesIn(commits[0]!)).toHaveLength(1);
    expect(marked.report.sent).toMatchObject({ sentOn: '2026-11-20', recipient: RECIPIENT, recordedAt: '2026-11-23T10:00:00.000Z', madeOn: '2026-11-23', summary: 'Our second year.' });
    expect(marked.report.sent?.figures).toEqual(view.figures);
    expect(marked.report.sent?.outcomeProgress).toEqual(view.outcomeProgress);
    expect(marked.changesSinceSent).toEqual([]);
    expect(marked.otherChangesSinceSent).toEqual([]);

    const audit = await app.api.audit.list({ entityId: FIXTURE_GRANT.id });
    expect(audit.entries[0]).toMatchObject({ action: 'status', summary: 'Marked the report for Year 2: April 2025 to March 2026 as sent on 20/11/2026' });
    expect(JSON.stringify(audit.entries[0])).not.toMatch(/Hallam Community Fund —|grants@/);

    // Kept in the file: it reads back the same after the app is closed and opened again.
    await app.reopen();
    const again = await app.api.grants.report(ids);
    expect(again.report.sent).toEqual(marked.report.sent);
    // The copy as sent downloads with "-sent" in its name and, unchanged, the same CSV.
    const sentCsv = await app.api.grants.reportCsv(ids);
    expect(sentCsv.filename).toBe('report-hallam-community-fund-2025-04-01-to-2026-03-31-sent.csv');
    expect(sentCsv.text).toBe(csvBefore);
    const grants = await app.api.grants.get({ id: FIXTURE_GRANT.id });
    expect(grants.grant.reports[0]?.sent?.sentOn).toBe('2026-11-20');
  });

  it('shows today’s figures beside the sent ones after a late register, and downloads the copy as sent unchanged', async () => {
    const view = await year2Report();
    const ids = { grantId: FIXTURE_GRANT.id, reportId: view.report.id };
    await app.api.grants.markReportSent({ ...ids, sentOn: '2026-04-20', recipient: RECIPIENT });
    const sentCsv = await app.api.grants.reportCsv(ids);
    const sentPdf = await pdfText(await app.api.grants.reportPdf(ids));

    app.setNow(new Date(2026, 10, 30, 9, 0, 0));
    await lateRegister();
    const after = await app.api.grants.report(ids);
    expect(after.report.sent?.figures).toEqual(view.figures);
    expect(after.figures.counts).toMatchObject({ attendances: 29, people: 9, sessionsHeld: 7 });
    // Iwan joined G1 before the period (so he is returning); V1 gave 90 minutes and the 30 of preparation.
    expect(changesInWords(after.changesSinceSent.filter((c) => c.column === 'this period'))).toBe(
      'People supported 8 → 9; People supported, of whom returning 4 → 5; Sessions held 6 → 7; Attendances 27 → 29; Average attendance per session 4.5 → 4.1; Volunteer hours 15 → 17; Value of volunteer time £183.90 → £207.90',
    );
    expect(after.changesSinceSent.filter((c) => c.column === 'grant to date')).toContainEqual({ figure: 'Attendances', column: 'grant to date', before: '32', after: '34' });
    expect(after.changesSinceSent.filter((c) => c.column === 'target')).toEqual([]);
    expect(after.otherChangesSinceSent).toEqual(['volunteer time', 'the charts', 'who the people are']);

    // The sent copy comes out exactly as before; today's figures only when asked for.
    const csvAgain = await app.api.grants.reportCsv(ids);
    expect(csvAgain.text).toBe(sentCsv.text);
    expect(csvAgain.filename).toBe(sentCsv.filename);
    expect(await pdfText(await app.api.grants.reportPdf(ids))).toBe(sentPdf);
    const today = await app.api.grants.reportCsv({ ...ids, figures: 'today' });
    expect(today.filename).toBe('report-hallam-community-fund-2025-04-01-to-2026-03-31.csv');
    expect(today.text).toContain('This period,Attendances,29,');
    expect(sentCsv.text).toContain('This period,Attendances,27,');
  });

  it('keeps the sent copy when the report is changed, and drops it when marked as not sent', async () => {
    const view = await year2Report();
    const ids = { grantId: FIXTURE_GRANT.id, reportId: view.report.id };
    const marked = await app.api.grants.markReportSent({ ...ids, sentOn: '2026-04-20', recipient: RECIPIENT });
    const changed = await app.api.grants.updateReport({ ...ids, from: '2025-04-01', to: '2025-12-31', summary: 'Nine months.' });
    expect(changed.report.sent).toEqual(marked.report.sent);
    expect(changed.changesSinceSent.map((c) => c.figure)).toContain('Attendances');
    // The sent copy keeps its own dates, in the file name too.
    expect((await app.api.grants.reportCsv(ids)).filename).toBe('report-hallam-community-fund-2025-04-01-to-2026-03-31-sent.csv');

    const unsent = await app.api.grants.markReportNotSent(ids);
    expect(unsent.report.sent).toBeUndefined();
    expect(unsent.changesSinceSent).toEqual([]);
    expect((await app.api.grants.reportCsv(ids)).filename).toBe('report-hallam-community-fund-2025-04-01-to-2025-12-31.csv');
    const audit = await app.api.audit.list({ entityId: FIXTURE_GRANT.id });
    // The report's title follows its new dates.
    expect(audit.entries[0]?.summary).toBe('Marked the report for April to December 2025 as not sent (it was recorded as sent on 20/04/2026)');
  });

  it('refuses a date in the future, before the period, or no recipient, in plain words', async () => {
    const view = await year2Report();
    const ids = { grantId: FIXTURE_GRANT.id, reportId: view.report.id };
    const future = await expectFailure(app.api.grants.markReportSent({ ...ids, sentOn: '2026-11-24', recipient: RECIPIENT }));
    expect(future).toMatchObject({ code: 'VALIDATION', fields: { sentOn: "The date it was sent can't be in the future" } });
    const early = await expectFailure(app.api.grants.markReportSent({ ...ids, sentOn: '2025-03-31', recipient: RECIPIENT }));
    expect(early.fields).toEqual({ sentOn: "The date it was sent can't be before the report's period starts (01/04/2025)" });
    const blank = await expectFailure(app.api.grants.markReportSent({ ...ids, sentOn: '2026-11-23', recipient: '   ' }));
    expect(blank.fields).toEqual({ recipient: 'Enter who it was sent to' });
    const notADate = await expectFailure(app.api.grants.markReportSent({ ...ids, sentOn: '2026-02-30', recipient: RECIPIENT }));
    expect(notADate.fields).toEqual({ sentOn: 'Enter a real date' });
    expect((await app.api.grants.report(ids)).report.sent).toBeUndefined();
    // Today and the period's first day are both fine.
    expect((await app.api.grants.markReportSent({ ...ids, sentOn: '2026-11-23', recipient: RECIPIENT })).report.sent?.sentOn).toBe('2026-11-23');
  });
});

describe('a sent report keeps its logo', () => {
  /** The pictures a PDF holds, as "width×height". */
  async function picturesIn(file: { base64?: string | undefined }): Promise<string[]> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-sent-logo-'));
    try {
      const pdf = path.join(dir, 'r.pdf');
      await writeFile(pdf, Buffer.from(file.base64 ?? '', 'base64'));
      const { stdout } = await run('pdfimages', ['-list', pdf]);
      return stdout.trim().split('\n').slice(2).map((line) => {
        const [, , , width, height] = line.trim().split(/\s+/);
        return `${width}×${height}`;
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const setLogo = (width: number, height: number) => app.api.settings.update({ logo: { name: 'logo.png', base64: makePng(width, height).toString('base64') } });

  it('prints the sent copy with the logo it went with after the logo is changed or removed; today\'s figures use today\'s', async () => {
    await setLogo(300, 100);
    const year2 = await year2Report();
    const ids = { grantId: FIXTURE_GRANT.id, reportId: year2.report.id };
    const seq = await lastSeq(app.dir);
    await app.api.grants.markReportSent({ ...ids, sentOn: '2026-04-20', recipient: 'Hallam Community Fund' });
    // The logo is kept in the same commit as the sent copy and its audit entry.
    const [marked] = await commitsAfter(app.dir, seq);
    expect(marked!.ops.map(describeOp).sort()).toEqual(['put audit/2026', 'put grants', 'put sentLogos']);

    await setLogo(200, 50);
    expect(await picturesIn(await app.api.grants.reportPdf(ids))).toEqual(['300×100']);
    expect(await picturesIn(await app.api.grants.reportPdf({ ...ids, figures: 'today' }))).toEqual(['200×50']);
    await app.api.settings.update({ logo: null });
    await app.reopen();
    expect(await picturesIn(await app.api.grants.reportPdf(ids))).toEqual(['300×100']);
    expect(await picturesIn(await app.api.grants.reportPdf({ ...ids, figures: 'today' }))).toEqual([]);
  });

  it('keeps one copy of a logo however many reports go with it, and none when there was no logo', async () => {
    const year1 = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_1.from, to: YEAR_1.to });
    await app.api.grants.markReportSent({ grantId: FIXTURE_GRANT.id, reportId: year1.report.id, sentOn: '2025-05-01', recipient: 'Hallam Community Fund' });
    await setLogo(300, 100);
    // Sent without a logo: it stays without one now that there is one.
    expect(await picturesIn(await app.api.grants.reportPdf({ grantId: FIXTURE_GRANT.id, reportId: year1.report.id }))).toEqual([]);

    const year2 = await year2Report();
    await app.api.grants.markReportSent({ grantId: FIXTURE_GRANT.id, reportId: year2.report.id, sentOn: '2026-04-20', recipient: 'Hallam Community Fund' });
    await app.api.grants.markReportNotSent({ grantId: FIXTURE_GRANT.id, reportId: year2.report.id });
    const seq = await lastSeq(app.dir);
    await app.api.grants.markReportSent({ grantId: FIXTURE_GRANT.id, reportId: year2.report.id, sentOn: '2026-04-21', recipient: 'Hallam Community Fund' });
    const [again] = await commitsAfter(app.dir, seq);
    expect(again!.ops.map(describeOp).sort()).toEqual(['put audit/2026', 'put grants']);
  });
});

describe('report settings', () => {
  it('keeps a dated rates table, and refuses a rate used for reports being dropped', async () => {
    const settings = await app.api.settings.update({
      rates: [
        { name: 'Real Living Wage', pencePerHour: 1345, from: '2025-10-21' },
        { name: 'Real Living Wage', pencePerHour: 1260, from: '2024-10-22' },
      ],
      volunteerRateName: 'Real Living Wage',
    });
    expect(settings.rates.map((r) => [r.from, r.pencePerHour])).toEqual([
      ['2024-10-22', 1260],
      ['2025-10-21', 1345],
    ]);
    const dropped = await expectFailure(app.api.settings.update({ rates: [{ name: 'London Living Wage', pencePerHour: 1480, from: '2025-10-21' }] }));
    expect(dropped.fields).toEqual({ volunteerRateName: 'There is no Real Living Wage in the rates table: choose a rate that is, or add it' });
    const audit = await app.api.audit.list({});
    expect(audit.entries[0]?.summary).toBe('Changed Rates for volunteer time, Rate used for volunteer time');
  });

  it('takes a PNG or JPEG logo, prints it on the cover, and removes it', async () => {
    const png = makePng(300, 100);
    const settings = await app.api.settings.update({ logo: { name: 'logo.png', base64: png.toString('base64') } });
    expect(settings.logo).toMatchObject({ fileName: 'logo.png', mimeType: 'image/png', width: 300, height: 100 });
    const view = await year2Report();
    const pdf = await app.api.grants.reportPdf({ grantId: FIXTURE_GRANT.id, reportId: view.report.id });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-logo-'));
    try {
      const file = path.join(dir, 'r.pdf');
      await writeFile(file, Buffer.from(pdf.base64 ?? '', 'base64'));
      const { stdout } = await run('pdfimages', ['-list', file]);
      // One picture, on page 1, the size uploaded.
      expect(stdout.trim().split('\n').slice(2)).toEqual([expect.stringMatching(/^\s*1\s+0\s+image\s+300\s+100\s/)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect((await app.api.settings.update({ logo: null })).logo).toBeUndefined();
  });

  it('refuses a file that is not a picture, or too big, in plain words', async () => {
    const text = await expectFailure(app.api.settings.update({ logo: { name: 'logo.png', base64: Buffer.from('not a picture at all').toString('base64') } }));
    expect(text.message).toBe('That file is not a picture Peer Desk can print. Choose a PNG or JPEG file.');
    // A PNG header with nothing drawable after it.
    const broken = makePng(10, 10).subarray(0, 40);
    expect((await expectFailure(app.api.settings.update({ logo: { name: 'l.png', base64: broken.toString('base64') } }))).message).toBe('That file is not a picture Peer Desk can print. Choose a PNG or JPEG file.');
    const big = await expectFailure(app.api.settings.update({ logo: { name: 'huge.png', base64: Buffer.alloc(400 * 1024).toString('base64') } }));
    expect(big.fields).toEqual({ 'logo.base64': 'The logo file is too big: use a PNG or JPEG under 300 KB' });
    expect((await app.api.settings.get()).logo).toBeUndefined();
  });
});

describe('groups not funded', () => {
  it('never count, whatever they hold', async () => {
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: '2025-08-01', to: '2025-08-31' });
    // Only the art group met in August 2025.
    expect(view.figures.counts).toMatchObject({ sessionsHeld: 0, attendances: 0, people: 0, activeVolunteers: 0 });
    expect(view.figures.headline.find((r) => r.key === 'averageAttendance')?.value).toBe('No sessions');
    expect(view.figures.groupNames).not.toContain('Art Group');
    expect(G3).toBe('group-art');
  });
});
