import { format } from 'date-fns';
import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';
import type { ComplianceOverview, HomeSummary, VolunteerSaveResult } from '../../shared/api';
import { expect, expectAccessible, KEEP_SCREENS, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { CompliancePage, VolunteerProfile } from './support/pages/compliance';
import { SettingsPage } from './support/pages/settings';
import { withSampleData } from './support/setup';

const uk = (d: Date) => format(d, 'dd/MM/yyyy');

/** Saves a downloaded PDF, keeps a picture of its first page to look at, and returns its text. */
async function pdfText(download: Download, file: string, screenName: string): Promise<string> {
  await download.saveAs(file);
  if (KEEP_SCREENS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, `test-results/screens/${screenName}`]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('with the sample data: who needs what this month, a DBS renewal turns a row OK', async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  await withSampleData(peerDesk);
  const app = await App.openAtHome(page, peerDesk);

  // Home lists the devices overdue, each linked to the member's record.
  const home = await peerDesk.call<HomeSummary>('home.thisWeek');
  const devices = page.getByRole('region', { name: 'Devices overdue' });
  if (home.devicesOverdue.length === 0) await expect(devices).toContainText('No devices overdue.');
  else {
    await expect(devices.getByRole('listitem')).toHaveCount(home.devicesOverdue.length);
    const first = home.devicesOverdue[0]!;
    await expect(devices.getByRole('listitem').first()).toHaveText(`${first.memberName}: ${first.item}, due back ${uk(new Date(`${first.due}T12:00:00`))} — ${first.daysOverdue} ${first.daysOverdue === 1 ? 'day' : 'days'} overdue`);
  }
  await keepScreenshot(page, 'home-devices-overdue');

  // Home says how many need action and links to Compliance.
  const card = page.getByRole('region', { name: 'Volunteer compliance' });
  await expect(card).toContainText(/\d+ volunteers? needs? a DBS check, training or supervision in the next 30 days/);
  await card.getByRole('link', { name: 'Open Compliance' }).click();
  await expect(app.heading('Compliance')).toBeVisible();
  const compliance = new CompliancePage(page);
  await expectAccessible(page);
  await keepScreenshot(page, 'compliance');

  // It opens on exactly those needing action in the next 30 days, most urgent first.
  const expected = await peerDesk.call<ComplianceOverview>('compliance.overview', { withinDays: 30 });
  expect(expected.rows.length).toBeGreaterThan(0);
  await expect(page.getByLabel('Needs action in the next 30 days')).toBeChecked();
  await expect(page.getByText(`Showing ${expected.rows.length} of ${expected.activeCount} active volunteers`)).toBeVisible();
  await expect(compliance.names).toHaveText(expected.rows.map((r) => r.name));
  for (const row of await page.locator('tbody tr').all()) await expect(row).toContainText(/Overdue|Missing|Due soon/);
  await keepScreenshot(page, 'compliance-needs-action');

  // A summary count lists just those people; Show everyone goes back to the whole list.
  const dbsOverdue = await peerDesk.call<ComplianceOverview>('compliance.overview', { area: 'dbs', state: 'overdue' });
  expect(dbsOverdue.rows.length, 'the sample has a DBS check overdue').toBeGreaterThan(0);
  await compliance.summaryCount('DBS', `${dbsOverdue.rows.length} overdue`).click();
  await expect(page.getByText(`Showing ${dbsOverdue.rows.length} of ${expected.activeCount} active volunteers: DBS overdue`)).toBeVisible();
  await expect(compliance.names).toHaveText(dbsOverdue.rows.map((r) => r.name));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(page.getByText(`Showing ${expected.activeCount} of ${expected.activeCount} active volunteers`)).toBeVisible();
  await expect(page.getByLabel('Needs action in the next 30 days')).not.toBeChecked();
  await page.getByLabel('Needs action in the next 30 days').check();
  await expect(page.getByText(`Showing ${expected.rows.length} of ${expected.activeCount} active volunteers`)).toBeVisible();

  // Print and export what is shown.
  const sheet = await pdfText(await compliance.download(page.getByRole('button', { name: 'Print compliance' })), test.info().outputPath('compliance.pdf'), 'compliance-pdf');
  expect(sheet).toContain('Volunteer compliance');
  expect(sheet).toContain(`${expected.rows.length} of ${expected.activeCount} active volunteers shown`);
  const exported = await compliance.download(page.getByRole('button', { name: 'Export CSV' }));
  expect(exported.suggestedFilename()).toMatch(/^compliance-\d{4}-\d{2}-\d{2}\.csv$/);

  // Someone whose DBS renewal is due or overdue: record the renewal, and the row turns OK.
  const due = expected.rows.find((r) => r.dbs.state === 'due-soon' || r.dbs.state === 'overdue');
  expect(due, 'the sample has a DBS renewal to do').toBeTruthy();
  const row = compliance.row(due!.name);
  await expect(row).toContainText(due!.dbs.text);
  await row.getByRole('link', { name: due!.name }).click();
  await expect(app.heading(due!.name)).toBeVisible();
  const profile = new VolunteerProfile(page);
  const dbs = await profile.openTab('DBS');
  await expect(dbs).toContainText(due!.dbs.text);
  await expectAccessible(page);
  const dialog = await profile.openDialog('Add DBS check');
  await dialog.getByLabel('Certificate number (optional)').fill('0012 3456 7890');
  await dialog.getByLabel('Issue date').fill(uk(new Date()));
  await dialog.getByLabel('Decision', { exact: true }).selectOption('accepted');
  await dialog.getByLabel('Decision made by').fill('Sam Okafor');
  await expectAccessible(page);
  await keepScreenshot(page, 'dbs-dialog');
  await dialog.getByRole('button', { name: 'Add DBS check' }).click();
  await expect(profile.status('Added the DBS check')).toBeVisible();
  await expect(dbs).toContainText('OK: renewal due');
  await keepScreenshot(page, 'dbs-tab');

  // The page opens on those needing action, which may no longer include them: show everyone.
  await (await CompliancePage.open(app)).showEveryone();
  await expect(compliance.row(due!.name).locator('td').nth(1)).toContainText('OK: renewal due');
});

test('mileage across 10,000 miles, a claim form and an hours letter; each tab and dialog is accessible', async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  await peerDesk.call('settings.update', { organisationName: 'Sutton Peer Support' });
  const created = await peerDesk.call<VolunteerSaveResult>('volunteers.create', {
    volunteer: { firstName: 'Tegan', lastName: 'Morris', roles: ['travel-buddy'], startDate: '2024-05-01' },
    status: 'active',
  });
  if (created.status !== 'saved') throw new Error('not saved');
  const id = created.volunteer.id;
  // Earlier this tax year (6 April to 5 April): 9,980 miles already claimed.
  const now = new Date();
  const taxYearStart = new Date(now.getMonth() > 3 || (now.getMonth() === 3 && now.getDate() >= 6) ? now.getFullYear() : now.getFullYear() - 1, 3, 6);
  for (const description of ['Trips, first half', 'Trips, second half']) {
    await peerDesk.call('compliance.saveExpense', { volunteerId: id, record: { date: format(taxYearStart, 'yyyy-MM-dd'), kind: 'mileage', description, miles: 4990 } });
  }

  const profile = await VolunteerProfile.visit(await App.openAtHome(page, peerDesk), id, 'Tegan Morris');

  await profile.openTab('Expenses');
  const expense = await profile.openDialog('Add expense');
  await expense.getByLabel('What it was for').fill('Hospital visits with a member');
  await expense.getByLabel('Miles', { exact: true }).fill('50');
  await expense.getByLabel('Passengers').fill('1');
  await expectAccessible(page);
  await expense.getByRole('button', { name: 'Add expense' }).click();
  // 20 miles at 45p, 30 at 25p, and 50 passenger miles at 5p: £9.00 + £7.50 + £2.50.
  await expect(profile.status('Added the expense: £19.00')).toBeVisible();
  const trip = page.getByRole('row', { name: /Hospital visits with a member/ });
  await expect(trip).toContainText('50 miles: 20 at 45p, 30 at 25p, 1 passenger at 5p a mile');
  await expect(trip).toContainText('£19.00');
  await expectAccessible(page);
  await keepScreenshot(page, 'expenses-tab');

  await page.getByLabel('Month to claim').selectOption({ label: format(now, 'MMMM yyyy') });
  const claimDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print claim form' }).click();
  const claim = await pdfText(await claimDownload, test.info().outputPath('claim.pdf'), 'claim-form');
  expect(claim).toContain(`Expenses claim: ${format(now, 'MMMM yyyy')}`);
  expect(claim).toContain('Volunteer: Tegan Morris');
  expect(claim).toContain('45p a mile for the first 10,000 miles');
  expect(claim).toMatch(/Total claimed\s+£19\.00/);
  expect(claim).toContain('Volunteer signature');

  // Hours: log some, and print the letter.
  const hoursTab = await profile.openTab('Hours');
  const hours = await profile.openDialog('Log hours');
  await hours.getByLabel('What they did').fill('Travel buddy trip to the library');
  await hours.getByLabel('Hours', { exact: true }).fill('2.5');
  await expectAccessible(page);
  await hours.getByRole('button', { name: 'Log hours' }).click();
  await expect(profile.status('Logged 2 hours 30 minutes')).toBeVisible();
  await expect(hoursTab).toContainText('2 hours 30 minutes in all');
  await expectAccessible(page);
  await keepScreenshot(page, 'hours-tab');
  const letterDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hours letter' }).click();
  const letter = await pdfText(await letterDownload, test.info().outputPath('letter.pdf'), 'hours-letter');
  expect(letter).toContain('Volunteer hours: Tegan Morris');
  expect(letter).toContain('Sutton Peer Support');
  expect(letter).toContain('2 hours 30 minutes of volunteering');

  // Training and supervision tabs and their dialogs.
  const trainingTab = await profile.openTab('Training');
  await expect(trainingTab).toContainText('Missing: Introduction to peer support, Safeguarding adults');
  const training = await profile.openDialog('Add training');
  await training.getByLabel('Course').selectOption({ label: 'Safeguarding adults (3 hours)' });
  await training.getByLabel('Certificate held').check();
  await training.getByLabel('Shadowing date').fill(uk(now));
  await training.getByLabel('Hours shadowing').fill('3');
  await training.getByRole('button', { name: 'Add shadowing session' }).click();
  await expect(training.getByRole('listitem')).toContainText('3 hours');
  await expectAccessible(page);
  await training.getByRole('button', { name: 'Add training' }).click();
  await expect(profile.status('Added the training record')).toBeVisible();
  await expect(trainingTab).toContainText('Missing: Introduction to peer support');
  await expectAccessible(page);
  await keepScreenshot(page, 'training-tab');

  const supervisionTab = await profile.openTab('Supervision');
  await expect(supervisionTab).toContainText('Missing: none recorded (every 8 weeks)');
  const supervision = await profile.openDialog('Add supervision');
  await supervision.getByLabel('Supervisor').fill('Jo Turner');
  await supervision.getByLabel('Private notes (optional)').fill('Private words');
  await expectAccessible(page);
  await supervision.getByRole('button', { name: 'Add supervision' }).click();
  await expect(supervisionTab).toContainText('OK: next supervision due');
  await expectAccessible(page);
  await keepScreenshot(page, 'supervision-tab');

  // Deleting asks first.
  await page.getByRole('button', { name: /Delete supervision on/ }).click();
  await expect(profile.dialog(/Delete the supervision on/)).toBeVisible();
  await expectAccessible(page);
  await profile.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(supervisionTab).toContainText('Jo Turner');
});

test('making someone active lists what is missing and asks for a reason; settings hold the rules', async ({ page, peerDesk }) => {
  await peerDesk.call('settings.update', { organisationName: 'Sutton Peer Support' });
  const created = await peerDesk.call<VolunteerSaveResult>('volunteers.create', {
    volunteer: { firstName: 'Ifan', lastName: 'Rhys', roles: ['group-facilitator'] },
    status: 'training',
  });
  if (created.status !== 'saved') throw new Error('not saved');
  const app = await App.openAtHome(page, peerDesk);
  const profile = await VolunteerProfile.visit(app, created.volunteer.id, 'Ifan Rhys');
  const status = await profile.openDialog('Change status', 'Change the status of Ifan Rhys');
  await status.getByLabel('Status', { exact: true }).selectOption('active');
  await status.getByRole('button', { name: 'Change status' }).click();
  const missing = profile.dialog('Ifan Rhys is missing what their roles need');
  await expect(missing).toContainText('Enhanced DBS check: none on record');
  await expect(missing).toContainText('Training: Foundation in peer support');
  await missing.getByRole('button', { name: 'Make active anyway' }).click();
  await expect(missing.getByText('Enter the reason for making them active without these')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'activation-dialog');
  await missing.getByLabel('Reason for making them active without these').fill('DBS applied for; shadowing only until it comes');
  await missing.getByRole('button', { name: 'Make active anyway' }).click();
  await expect(profile.status('Ifan Rhys: status is now Active')).toBeVisible();

  const settings = await SettingsPage.open(app, 'Compliance rules');
  await expect(page.getByRole('heading', { name: 'What each role needs' })).toBeVisible();
  await page.getByLabel('Renew DBS checks after (months)').fill('24');
  await page.getByRole('button', { name: 'Save compliance rules' }).click();
  await expect(app.status('Compliance rules saved')).toBeVisible();
  expect((await peerDesk.call<{ dbsRenewalMonths: number }>('settings.get')).dbsRenewalMonths).toBe(24);
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-compliance');

  await settings.showSection('Courses');
  await expect(page.getByRole('row', { name: /Intentional peer support/ })).toContainText('5, with shadowing');
  await page.getByRole('button', { name: 'Add course' }).click();
  await expectAccessible(page);
  await app.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-courses');

  // Large text: the Compliance page still reads.
  await settings.showSection('Text size');
  await page.getByLabel('Large').check();
  await CompliancePage.open(app);
  await expectAccessible(page);
  await keepScreenshot(page, 'compliance-large-text');
});
