import { format } from 'date-fns';
import { execFileSync } from 'node:child_process';
import type { Download, Page } from '@playwright/test';
import type { ComplianceOverview, VolunteerSaveResult } from '../../shared/api';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { loadSampleData } from './support/tasks';

const uk = (d: Date) => format(d, 'dd/MM/yyyy');

/** Saves a downloaded PDF, keeps a picture of its first page to look at, and returns its text. */
async function pdfText(download: Download, file: string, screenName: string): Promise<string> {
  await download.saveAs(file);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, `test-results/screens/${screenName}`]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function openCompliance(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compliance' })).toBeVisible();
  await expect(page.getByText(/^Showing \d+ of \d+ active volunteers/)).toBeVisible();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

test('with the sample data: who needs what this month, a DBS renewal turns a row OK', async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  await peerDesk.open(page);
  await loadSampleData(page);

  // Home says how many need action and links to Compliance.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  const card = page.getByRole('region', { name: 'Volunteer compliance' });
  await expect(card).toContainText(/\d+ volunteers? needs? a DBS check, training or supervision in the next 30 days/);
  await card.getByRole('link', { name: 'Open Compliance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compliance' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'compliance');

  // Exactly those needing action in the next 30 days.
  const expected = await peerDesk.call<ComplianceOverview>('compliance.overview', { withinDays: 30 });
  expect(expected.rows.length).toBeGreaterThan(0);
  await page.getByLabel('Needs action in the next 30 days').check();
  await expect(page.getByText(`Showing ${expected.rows.length} of ${expected.activeCount} active volunteers`)).toBeVisible();
  await expect(page.locator('tbody tr th')).toHaveText(expected.rows.map((r) => r.name));
  for (const row of await page.locator('tbody tr').all()) await expect(row).toContainText(/Overdue|Missing|Due soon/);
  await expectAccessible(page);
  await keepScreenshot(page, 'compliance-needs-action');

  // Print and export what is shown.
  const printed = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print compliance' }).click();
  const sheet = await pdfText(await printed, test.info().outputPath('compliance.pdf'), 'compliance-pdf');
  expect(sheet).toContain('Volunteer compliance');
  expect(sheet).toContain(`${expected.rows.length} of ${expected.activeCount} active volunteers shown`);
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await exported).suggestedFilename()).toMatch(/^compliance-\d{4}-\d{2}-\d{2}\.csv$/);

  // Someone whose DBS renewal is due or overdue: record the renewal, and the row turns OK.
  const due = expected.rows.find((r) => r.dbs.state === 'due-soon' || r.dbs.state === 'overdue');
  expect(due, 'the sample has a DBS renewal to do').toBeTruthy();
  const row = page.getByRole('row', { name: new RegExp(due!.name) });
  await expect(row).toContainText(due!.dbs.text);
  await row.getByRole('link', { name: due!.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: due!.name })).toBeVisible();
  await openTab(page, 'DBS');
  await expect(page.getByRole('tabpanel', { name: 'DBS' })).toContainText(due!.dbs.text);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add DBS check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add DBS check' });
  await dialog.getByLabel('Certificate number (optional)').fill('0012 3456 7890');
  await dialog.getByLabel('Issue date').fill(uk(new Date()));
  await dialog.getByLabel('Decision', { exact: true }).selectOption('accepted');
  await dialog.getByLabel('Decision made by').fill('Sam Okafor');
  await expectAccessible(page);
  await keepScreenshot(page, 'dbs-dialog');
  await dialog.getByRole('button', { name: 'Add DBS check' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the DBS check' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'DBS' })).toContainText('OK: renewal due');
  await keepScreenshot(page, 'dbs-tab');

  await openCompliance(page);
  await expect(page.getByRole('row', { name: new RegExp(due!.name) }).locator('td').nth(1)).toContainText('OK: renewal due');
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

  await peerDesk.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await page.evaluate((vid) => (window.location.hash = `#/volunteers/${vid}`), id);
  await expect(page.getByRole('heading', { level: 1, name: 'Tegan Morris' })).toBeVisible();

  await openTab(page, 'Expenses');
  await page.getByRole('button', { name: 'Add expense' }).click();
  const expense = page.getByRole('dialog', { name: 'Add expense' });
  await expense.getByLabel('What it was for').fill('Hospital visits with a member');
  await expense.getByLabel('Miles', { exact: true }).fill('50');
  await expense.getByLabel('Passengers').fill('1');
  await expectAccessible(page);
  await expense.getByRole('button', { name: 'Add expense' }).click();
  // 20 miles at 45p, 30 at 25p, and 50 passenger miles at 5p: £9.00 + £7.50 + £2.50.
  await expect(page.getByRole('status').filter({ hasText: 'Added the expense: £19.00' })).toBeVisible();
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
  await openTab(page, 'Hours');
  await page.getByRole('button', { name: 'Log hours' }).click();
  const hours = page.getByRole('dialog', { name: 'Log hours' });
  await hours.getByLabel('What they did').fill('Travel buddy trip to the library');
  await hours.getByLabel('Hours', { exact: true }).fill('2.5');
  await expectAccessible(page);
  await hours.getByRole('button', { name: 'Log hours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged 2 hours 30 minutes' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Hours' })).toContainText('2.5 hours in all');
  await expectAccessible(page);
  await keepScreenshot(page, 'hours-tab');
  const letterDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hours letter' }).click();
  const letter = await pdfText(await letterDownload, test.info().outputPath('letter.pdf'), 'hours-letter');
  expect(letter).toContain('Volunteer hours: Tegan Morris');
  expect(letter).toContain('Sutton Peer Support');
  expect(letter).toContain('2.5 hours of volunteering');

  // Training and supervision tabs and their dialogs.
  await openTab(page, 'Training');
  await expect(page.getByRole('tabpanel', { name: 'Training' })).toContainText('Missing: Introduction to peer support, Safeguarding adults');
  await page.getByRole('button', { name: 'Add training' }).click();
  const training = page.getByRole('dialog', { name: 'Add training' });
  await training.getByLabel('Course').selectOption({ label: 'Safeguarding adults (3 hours)' });
  await training.getByLabel('Certificate held').check();
  await training.getByLabel('Shadowing date').fill(uk(now));
  await training.getByLabel('Hours shadowing').fill('3');
  await training.getByRole('button', { name: 'Add shadowing session' }).click();
  await expect(training.getByRole('listitem')).toContainText('3 hours');
  await expectAccessible(page);
  await training.getByRole('button', { name: 'Add training' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the training record' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Training' })).toContainText('Missing: Introduction to peer support');
  await expectAccessible(page);
  await keepScreenshot(page, 'training-tab');

  await openTab(page, 'Supervision');
  await expect(page.getByRole('tabpanel', { name: 'Supervision' })).toContainText('Missing: none recorded (every 8 weeks)');
  await page.getByRole('button', { name: 'Add supervision' }).click();
  const supervision = page.getByRole('dialog', { name: 'Add supervision' });
  await supervision.getByLabel('Supervisor').fill('Jo Turner');
  await supervision.getByLabel('Private notes (optional)').fill('Private words');
  await expectAccessible(page);
  await supervision.getByRole('button', { name: 'Add supervision' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Supervision' })).toContainText('OK: next supervision due');
  await expectAccessible(page);
  await keepScreenshot(page, 'supervision-tab');

  // Deleting asks first.
  await page.getByRole('button', { name: /Delete supervision on/ }).click();
  await expect(page.getByRole('dialog', { name: /Delete the supervision on/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Supervision' })).toContainText('Jo Turner');
});

test('making someone active lists what is missing and asks for a reason; settings hold the rules', async ({ page, peerDesk }) => {
  await peerDesk.call('settings.update', { organisationName: 'Sutton Peer Support' });
  const created = await peerDesk.call<VolunteerSaveResult>('volunteers.create', {
    volunteer: { firstName: 'Ifan', lastName: 'Rhys', roles: ['group-facilitator'] },
    status: 'training',
  });
  if (created.status !== 'saved') throw new Error('not saved');
  await peerDesk.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await page.evaluate((vid) => (window.location.hash = `#/volunteers/${vid}`), created.volunteer.id);
  await expect(page.getByRole('heading', { level: 1, name: 'Ifan Rhys' })).toBeVisible();
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByRole('dialog').getByLabel('Status', { exact: true }).selectOption('active');
  await page.getByRole('dialog').getByRole('button', { name: 'Change status' }).click();
  const missing = page.getByRole('dialog', { name: 'Ifan Rhys is missing what their roles need' });
  await expect(missing).toContainText('Enhanced DBS check: none on record');
  await expect(missing).toContainText('Training: Foundation in peer support');
  await missing.getByRole('button', { name: 'Make active anyway' }).click();
  await expect(missing.getByText('Enter the reason for making them active without these')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'activation-dialog');
  await missing.getByLabel('Reason for making them active without these').fill('DBS applied for; shadowing only until it comes');
  await missing.getByRole('button', { name: 'Make active anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ifan Rhys: status is now Active' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What each role needs' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Training courses' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Intentional peer support/ })).toContainText('5, with shadowing');
  await page.getByLabel('Renew DBS checks after (months)').fill('24');
  await page.getByRole('button', { name: 'Save check settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Add course' }).click();
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-compliance');

  // Large text: the Compliance page still reads.
  await page.getByLabel('Large').check();
  await openCompliance(page);
  await expectAccessible(page);
  await keepScreenshot(page, 'compliance-large-text');
});
