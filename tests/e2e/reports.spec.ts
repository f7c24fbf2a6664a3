import type { Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makePng } from '../fixtures/reports/logo';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { GrantPage, ReportPage, ReportsList } from './support/pages/reports';
import { SettingsPage } from './support/pages/settings';
import { withSampleData } from './support/setup';

/** Reads a downloaded PDF back as text (pdftotext -layout), as the funder would read it. */
async function pdfText(download: Download, dir: string): Promise<{ text: string; pages: number }> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

test('adds a grant, putting its mistakes right without retyping, writes a case study and creates its first yearly report', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await withSampleData(peerDesk);
  const reports = await ReportsList.open(await App.openAtHome(page, peerDesk));
  await expect(reports.grant('Peer support for everyone')).toBeVisible();
  await expect(reports.row('Peer support for everyone')).toContainText('The Community Lottery Fund');
  // The sample grant is always in its Year 3, with no reports made: Years 1 and 2 are owed.
  await expect(reports.row('Peer support for everyone')).toContainText('2 reports due, the oldest for Year 1:');
  await expect(page.getByText(/\d+ reports are due, across 2 grants\./)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'reports-list');

  // A new grant, through the form: mistakes first, then put right without retyping.
  const form = await reports.addGrant();
  await expectAccessible(page);
  await form.field('Funder').fill('Hallam Community Fund');
  await page.getByLabel('Grant name').fill('Walk and talk');
  await page.getByLabel('Amount (£)').fill('twelve thousand');
  await page.getByLabel('Start date').fill('01/04/2025');
  await page.getByLabel('End date').fill('31/03/2025');
  await form.save();
  await expect(form.errorSummary).toContainText('Enter the amount in pounds, like 25000 or £25,000');
  await expect(form.errorSummary).toContainText('Choose at least one group or kind of programme the grant funds');
  await expect(form.errorSummary).toContainText('The end date must be after the start date');
  await expect(form.field('Funder')).toHaveValue('Hallam Community Fund');
  await expectAccessible(page);
  await keepScreenshot(page, 'grant-form-errors');
  await form.errorSummary.getByRole('link', { name: 'Choose at least one group or kind of programme the grant funds' }).click();
  await expect(form.groups.getByRole('checkbox').first()).toBeFocused();
  await page.getByLabel('Amount (£)').fill('£12,500');
  await page.getByLabel('End date').fill('31/03/2027');
  await page.getByLabel('Tuesday Peer Support Group').check();
  await page.getByLabel('Over 50s Peer Support').check();
  await page.getByLabel('Every year').check();
  await page.getByLabel('People supported').fill('60');
  await page.getByLabel('Sessions held').fill('180');
  await page.getByLabel('Outcome targets (optional)').fill('People over 50 feel less lonely\nPeople walk more');
  await page.getByLabel('Age bands').fill('18-49, 50-64, 65-74, 75+');
  await form.save();
  await expect(form.heading('Walk and talk')).toBeVisible();
  const grant = new GrantPage(page);
  await expect(page.getByText('Hallam Community Fund · £12,500 · 01/04/2025 to 31/03/2027')).toBeVisible();
  await expect(page.getByRole('row', { name: /Year 1/ })).toContainText('01/04/2025 to 31/03/2026');
  // (The grant page is scanned with case studies and reports on it, in the next test.)

  // A case study: the reminder is there, and the tick is needed.
  const dialog = await grant.addCaseStudy();
  await expect(dialog.getByText('Case studies go to the funder.')).toBeVisible();
  await dialog.getByLabel('Title').fill('Out of the house again');
  await dialog.getByLabel('The story').fill('P (not his real name) had not been out for a walk in a year.\n- He now walks with the group every week');
  await dialog.getByRole('button', { name: 'Save case study' }).click();
  await expect(dialog.getByText('Confirm the person agreed and the story is anonymised')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'case-study-dialog');
  await dialog.getByLabel('The person agreed to this being shared, and nobody can be identified from it').check();
  await dialog.getByRole('button', { name: 'Save case study' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Out of the house again' })).toBeVisible();

  // Its yearly report for Year 1.
  const reportForm = await grant.createReport();
  await expect(page.getByLabel('Year 1: April 2025 to March 2026')).toBeChecked();
  await expect(page.getByLabel('Out of the house again')).toBeChecked();
  await page.getByLabel('Progress towards: People over 50 feel less lonely').fill('18 of the 24 people asked said they feel less lonely.');
  await expectAccessible(page);
  await reportForm.create('Year 1: April 2025 to March 2026');
  await expect(page.getByRole('heading', { name: 'Outcome targets' })).toBeVisible();
  await expect(page.getByText('18 of the 24 people asked said they feel less lonely.')).toBeVisible();
  await expectAccessible(page);
});

test('from the sample data: the yearly report a coordinator sends, its PDF and CSV, and the report at the large text size', async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-report-downloads-'));
  try {
    await withSampleData(peerDesk);
    // The sample lottery grant, its latest finished year.
    const reports = await ReportsList.open(await App.openAtHome(page, peerDesk));
    const grant = await reports.openGrant('Peer support for everyone');
    await expect(page.getByRole('heading', { level: 3, name: 'Finding people who understand' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Year 1 / })).toContainText('Due: the period ended on');
    await expectAccessible(page);
    await keepScreenshot(page, 'grant-page');
    const reportForm = await grant.createReport();
    const year2 = page.getByLabel(/^Year 2: April \d{4} to March \d{4}$/);
    await expect(year2).toBeChecked();
    const title = await year2.evaluate((el) => ((el as HTMLInputElement).labels?.[0]?.textContent ?? '').trim());
    await keepScreenshot(page, 'report-form');
    const report = await reportForm.create(title);
    for (const h of ['Headline figures', 'Targets', 'Volunteer time', 'Charts', 'Who we supported', 'Case studies', 'How each figure is counted']) {
      await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
    }
    await expect(page.getByRole('table', { name: 'Attendances by month' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Referrals by source' }).getByRole('rowheader', { name: 'GP' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'People by ethnic group' }).getByRole('rowheader', { name: 'Prefer not to say' })).toBeVisible();
    // The sample members answer questionnaires: before and after, with n beside every figure.
    await expect(page.getByRole('heading', { level: 2, name: 'Outcome measures' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'People with a before and an after' }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, 'report-page');
    const [people, peopleToDate] = await report.figure('People supported');
    const [attendances] = await report.figure('Attendances');
    const [value] = await report.figure('Value of volunteer time');
    expect(Number(people.replace(/,/g, ''))).toBeGreaterThan(30);

    const pdf = await pdfText(await report.download(report.downloadPdfButton), dir);
    await expect(page.getByText(/^Saved report-the-community-lottery-fund-.*\.pdf/)).toBeVisible();
    expect(pdf.text).toContain('Sheffield Peer Support Network (sample data)');
    expect(pdf.text).toContain('Report to The Community Lottery Fund');
    expect(pdf.text).toContain('Peer support for everyone');
    expect(pdf.text).toContain(title);
    expect(pdf.text).toContain(`Page 1 of ${pdf.pages}`);
    expect(pdf.text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
    // The numbers on screen are the numbers on paper.
    expect(pdf.text).toMatch(new RegExp(`People supported\\s+${people}\\s+${peopleToDate}`));
    expect(pdf.text).toMatch(new RegExp(`Attendances\\s+${attendances}\\s`));
    expect(pdf.text).toContain(value);
    for (const text of ['Outcome measures', 'Outcomes: before and after', 'Attendances by month', 'New people by month', 'Referrals by source', 'Finding people who understand', 'From member to volunteer', 'Appendix: how each figure is counted']) {
      expect(pdf.text).toContain(text);
    }

    // By keyboard: Tab from the PDF button, Enter.
    const csvDownload = page.waitForEvent('download');
    await report.downloadPdfButton.focus();
    await page.keyboard.press('Tab');
    await expect(report.downloadCsvButton).toBeFocused();
    await page.keyboard.press('Enter');
    const csvFile = path.join(dir, 'report.csv');
    await (await csvDownload).saveAs(csvFile);
    const csv = await readFile(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFFSection,Figure,Value,Notes')).toBe(true);
    expect(csv).toContain(`This period,People supported,${people.includes(',') ? `"${people}"` : people},`);
    expect(csv).toContain('Referrals by source,GP,');
    expect(csv).toContain('How figures are counted,New people,,');
    expect(csv).toMatch(/\nOutcomes this period,[^,]+: People with a before and an after,\d+,n = /);

    // The report at the large text size.
    await peerDesk.call('settings.update', { textSize: 'large' });
    await page.reload();
    await expect(report.heading(title)).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, 'report-page-large');
    await page.getByRole('link', { name: 'Back to the grant' }).click();
    await expect(grant.heading('Peer support for everyone')).toBeVisible();
    await keepScreenshot(page, 'grant-page-large');
    await page.getByRole('button', { name: 'Edit grant' }).click();
    await expect(page.getByLabel('Funder', { exact: true })).toHaveValue('The Community Lottery Fund');
    await expect(page.getByLabel('Amount (£)')).not.toHaveValue('');
    await expectAccessible(page);
    await keepScreenshot(page, 'grant-form-large');
    await reports.goTo('Grants & reports');
    await keepScreenshot(page, 'reports-list-large');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('deleting asks first: a case study, a report and a grant', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await withSampleData(peerDesk);
  const reports = await ReportsList.open(await App.openAtHome(page, peerDesk));
  const grant = await reports.openGrant('Staying connected');

  await page.getByRole('button', { name: 'Delete the case study “Staying connected online”' }).click();
  const confirm = grant.dialog('Delete the case study “Staying connected online”?');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Delete case study' }).click();
  await expect(page.getByText('No case studies yet.')).toBeVisible();

  const form = await grant.createReport(/^Create report for Year 1, quarter 1/);
  await expect(page.getByLabel(/^Year 1, quarter 1/)).toBeChecked();
  await page.getByLabel('Other dates').check();
  await page.getByLabel('First day').fill('01/02/2026');
  await page.getByLabel('Last day').fill('01/01/2026');
  await form.create();
  await expect(form.errorSummary).toContainText('The last day must be on or after the first day');
  await expectAccessible(page);
  await page.getByLabel('Last day').fill('28/02/2026');
  await page.getByLabel('Report title (optional)').fill('February 2026');
  await form.create('February 2026');

  await page.getByRole('button', { name: 'Delete report' }).click();
  await expectAccessible(page);
  await grant.dialog().getByRole('button', { name: 'Delete report' }).click();
  await expect(grant.heading('Staying connected')).toBeVisible();
  await expect(page.getByText('No reports yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete grant' }).click();
  await expectAccessible(page);
  await grant.dialog().getByRole('button', { name: 'Delete grant' }).click();
  await expect(grant.heading('Grants & reports')).toBeVisible();
  await expect(reports.grant('Staying connected')).toHaveCount(0);
});

interface WeekSession {
  id: string;
  groupId: string;
  date: string;
  cancelled?: unknown;
  register?: { marks: Record<string, string>; walkIns: string[]; anonymousCount: number; facilitatorsPresent: string[] };
}

/** A register of the funded groups from `from` on, changed late: 4 more people counted but not named. */
async function correctARegisterLate(peerDesk: { call<T>(name: string, input?: unknown): Promise<T> }, grantId: string, from: string): Promise<void> {
  const { grant } = await peerDesk.call<{ grant: { groupIds: string[] } }>('grants.get', { id: grantId });
  const monday = new Date(`${from}T12:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  for (let week = 0; week < 13; week++) {
    const weekStart = new Date(monday.getTime() + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const sessions = await peerDesk.call<WeekSession[]>('sessions.week', { weekStart });
    const s = sessions.find((x) => grant.groupIds.includes(x.groupId) && x.register && !x.cancelled && x.date >= from);
    if (s?.register) {
      const r = s.register;
      await peerDesk.call('sessions.saveRegister', { sessionId: s.id, marks: r.marks, walkIns: r.walkIns, anonymousCount: r.anonymousCount + 4, facilitatorsPresent: r.facilitatorsPresent });
      return;
    }
  }
  throw new Error('No register of the funded groups to change');
}

test('marks a report as sent, keeps its figures when a register is changed late, and can undo it', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  const recipient = 'Community Wellbeing Foundation — grants@cwf.example';
  await withSampleData(peerDesk);
  const reports = await ReportsList.open(await App.openAtHome(page, peerDesk));
  const grant = await reports.openGrant('Staying connected');
  const form = await grant.createReport(/^Create report for Year 1, quarter 1/);
  await form.create(/^Year 1, quarter 1/);
  const report = new ReportPage(page);

  // The dialog: today's date already in, and who it went to is needed.
  const dialog = await report.openMarkAsSent();
  await expect(dialog.getByLabel('Date it was sent')).toHaveValue(/^\d\d\/\d\d\/\d{4}$/);
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog.getByText('Enter who it was sent to')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Who it was sent to').fill(recipient);
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(report.sentHeading(recipient)).toBeVisible();
  await expect(page.getByText(/^The figures below are as sent/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The figures have changed since it was sent' })).toHaveCount(0);
  const [attendances] = await report.figure('Attendances');

  // A register corrected after it went: the page keeps the figures sent and says what changed.
  const { grantId, reportId } = report.ids();
  const { report: record } = await peerDesk.call<{ report: { from: string } }>('grants.report', { grantId, reportId });
  await correctARegisterLate(peerDesk, grantId, record.from);
  await page.reload();
  await expect(report.sentHeading(recipient)).toBeVisible();
  const later = String(Number(attendances.replace(/,/g, '')) + 4);
  await expect(page.getByText(/^Since it was sent, records keyed in late have changed this period’s figures:/)).toContainText(`Attendances ${attendances} → ${later}`);
  expect((await report.figure('Attendances'))[0]).toBe(attendances);
  await page.getByRole('button', { name: 'Show today’s figures' }).click();
  await expect(page.getByText('You are looking at today’s figures, not the ones sent.')).toBeVisible();
  expect((await report.figure('Attendances'))[0]).toBe(later);
  await expect(report.downloadCsvButton).toHaveText('Download CSV of today’s figures');
  await page.getByRole('button', { name: 'Show the figures as sent' }).click();
  const csv = await report.download(report.downloadCsvButton);
  expect(csv.suggestedFilename()).toMatch(/-sent\.csv$/);

  // Undo: asks first, then the figures are today's again.
  await page.getByRole('button', { name: 'Mark as not sent' }).click();
  await report.dialog('Mark this report as not sent?').getByRole('button', { name: 'Mark as not sent' }).click();
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeVisible();
  await expect(report.sentHeading(recipient)).toHaveCount(0);
  expect((await report.figure('Attendances'))[0]).toBe(later);
});

test('settings for reports: a new dated rate, small numbers and the logo', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-logo-'));
  try {
    await withSampleData(peerDesk);
    const app = await App.openAtHome(page, peerDesk);
    await SettingsPage.open(app, 'Funder reports');
    await expect(page.getByText('Check these rates before you send a report.')).toBeVisible();
    await expect(page.getByRole('row', { name: /National Living Wage 01\/04\/2026 £12\.71/ })).toBeVisible();

    // A rate from a date: checked first, then added.
    await page.getByLabel('Rate', { exact: true }).selectOption('Real Living Wage');
    await page.getByLabel('From', { exact: true }).fill('20/10/2026');
    await page.getByLabel('£ an hour').fill('lots');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await expect(page.getByText('Enter the rate in pounds an hour, like 12.71')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('£ an hour').fill('14.05');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await expect(page.getByText('Added Real Living Wage: £14.05 an hour from 20/10/2026')).toBeVisible();
    await expect(page.getByRole('row', { name: /Real Living Wage 20\/10\/2026 £14\.05/ })).toBeVisible();
    await page.getByLabel('Value volunteer time at').selectOption('Real Living Wage');
    await page.getByRole('button', { name: 'Save rate used' }).click();
    await expect(page.getByText('Reports value volunteer time at the Real Living Wage')).toBeVisible();
    expect((await peerDesk.call<{ volunteerRateName: string }>('settings.get')).volunteerRateName).toBe('Real Living Wage');

    await page.getByRole('button', { name: 'Remove the London Living Wage rate from 21/10/2025' }).click();
    await expectAccessible(page);
    await app.dialog().getByRole('button', { name: 'Remove rate' }).click();
    await expect(page.getByRole('row', { name: /London Living Wage 21\/10\/2025/ })).toHaveCount(0);

    // Small numbers.
    const small = page.getByLabel('Show counts of 1 to 4 as “<5”, so nobody can be identified (recommended)');
    await expect(small).toBeChecked();
    await small.uncheck();
    await expect(page.getByText('Reports now show every count in full')).toBeVisible();
    expect((await peerDesk.call<{ suppressSmallNumbers: boolean }>('settings.get')).suppressSmallNumbers).toBe(false);

    // The logo: a file that is not a picture is refused; a PNG is shown and can be removed.
    await page.getByLabel('Choose a logo').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
    await expect(page.getByText('That file is not a picture Peer Desk can print. Choose a PNG or JPEG file.')).toBeVisible();
    await expectAccessible(page);
    const logo = path.join(dir, 'hillside-logo.png');
    await writeFile(logo, makePng(360, 120));
    await page.getByLabel('Choose a logo').setInputFiles(logo);
    await expect(page.getByRole('img', { name: 'Your logo (hillside-logo.png)' })).toBeVisible();
    await expect(page.getByText('hillside-logo.png, 360 × 120 pixels')).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, 'settings-reports');
    await peerDesk.call('settings.update', { textSize: 'large' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Funder reports' })).toBeVisible();
    await keepScreenshot(page, 'settings-reports-large');
    await page.getByRole('button', { name: 'Remove logo' }).click();
    await expectAccessible(page);
    await app.dialog().getByRole('button', { name: 'Remove logo' }).click();
    await expect(page.getByText('No logo: the cover shows the organisation’s name only.')).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('asks before throwing away what was typed: a menu link from the grant form, Escape from a case study', async ({ page, peerDesk }) => {
  test.setTimeout(60_000);
  await withSampleData(peerDesk);
  const reports = await ReportsList.open(await App.openAtHome(page, peerDesk));
  const form = await reports.addGrant();
  await form.field('Funder').fill('Hallam Community Fund');
  await (await form.menuLink('Home')).click();
  const discard = form.dialog('Discard your changes?');
  await expect(discard.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
  await discard.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(form.heading('Add grant')).toBeVisible();
  await expect(form.field('Funder')).toHaveValue('Hallam Community Fund');
  await (await form.menuLink('Grants & reports')).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(form.heading('Grants & reports')).toBeVisible();

  const grant = await reports.openGrant('Staying connected');
  const caseStudy = await grant.addCaseStudy();
  await caseStudy.getByLabel('Title').fill('Back in touch');
  await page.keyboard.press('Escape');
  // The question sits above the form it is about, and is itself accessible.
  await expect(discard).toBeVisible();
  await expectAccessible(page);
  // Escape after Escape, with no click between, still only asks: Chromium stops letting a
  // page keep a dialog open after a few (it would close the form behind the question).
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Escape');
    await expect(discard).toHaveCount(0);
    await expect(caseStudy).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(discard).toBeVisible();
  }
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(caseStudy.getByLabel('Title')).toBeFocused();
  await expect(caseStudy.getByLabel('Title')).toHaveValue('Back in touch');
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add case study' })).toBeFocused();
});
