import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, guideScreenshot, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { withSampleData } from './support/setup';

/**
 * Issue 15's breach log, as a coordinator meets it: a register left on the bus is recorded on
 * the Privacy page, Home counts down the ICO's 72 hours, the countdown's link opens the breach
 * to record that it was reported, Home lets it go, and the record is printed.
 */

test.use({ viewport: { width: 1280, height: 800 } });

/** A moment on the clock the browser shows (Europe/London, playwright.config.ts), as the dialog takes it. */
function ukClock(msAgo: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(Date.now() - msAgo),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('day')}/${part('month')}/${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}

test('a breach is recorded, counted down on Home until the ICO question is answered, and printed', async ({ page, peerDesk }) => {
  test.setTimeout(60_000);
  // The sample data: Home as a coordinator knows it, for the guide's picture of the countdown.
  await withSampleData(peerDesk);
  const app = await App.openAtHome(page, peerDesk);
  // Found three hours ago: 69 hours left (68 if a minute ticks over while the test runs).
  const found = ukClock(3 * 60 * 60 * 1000);
  const today = ukClock(0).date;

  // ----- The Privacy page, empty: it says what the log is for.
  await app.goTo('Privacy');
  const empty = page.getByRole('region', { name: 'Breaches (0)' });
  await expect(empty.getByText(/^No breaches recorded\./)).toBeVisible();
  await expectAccessible(page);

  // ----- "Record a breach": nothing typed is refused in plain words, then the breach is recorded.
  await empty.getByRole('button', { name: 'Record a breach' }).click();
  const dialog = app.dialog('Record a breach');
  await dialog.getByRole('button', { name: 'Record breach' }).click();
  await expect(dialog.getByText('Enter what happened')).toBeVisible();
  await expect(dialog.getByText('Choose how likely it is to harm people')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Date', { exact: true }).fill(found.date);
  await dialog.getByLabel('Time', { exact: true }).fill(found.time);
  await dialog.getByLabel('What happened').fill('The Tuesday register was left on the 93 bus after the session');
  await dialog.getByLabel('What personal data was involved').fill('Names and phone numbers of the Tuesday group');
  await dialog.getByLabel('How many people are affected').fill('14');
  await dialog.getByRole('radio', { name: 'Could harm' }).check();
  await expect(dialog.getByRole('group', { name: 'Reported to the ICO?' })).toContainText(/Report it within 72 hours of finding it: by \d\d:\d\d \w{3} \d{1,2} \w{3}\./);
  await keepScreenshot(page, 'privacy-breach-dialog');
  await dialog.getByRole('button', { name: 'Record breach' }).click();
  await expect(app.status(/^Recorded the breach found /)).toBeVisible();

  const section = page.getByRole('region', { name: 'Breaches (1)' });
  await expect(section.getByText('1 breach recorded; 1 waiting for the ICO decision.')).toBeVisible();
  await expect(section.getByRole('row').nth(1)).toContainText(/Not yetReport to the ICO within 6[89] hours — by /);
  await expectAccessible(page);

  // ----- Home counts down, and its link opens the breach.
  await app.goTo('Home');
  const card = page.getByRole('region', { name: 'A data breach to report to the ICO' });
  await expect(card).toContainText(/\(could harm\): Report to the ICO within 6[89] hours — by \d\d:\d\d \w{3} \d{1,2} \w{3}/);
  await expectAccessible(page);
  await guideScreenshot(page, 'breach-countdown');
  await card.getByRole('link', { name: /^Breach found / }).click();
  await expect(app.heading('Privacy')).toBeVisible();
  const change = app.dialog('Change the breach record');
  await expect(change.getByLabel('What happened')).toHaveValue('The Tuesday register was left on the 93 bus after the session');
  await change.getByRole('radio', { name: 'Yes, reported' }).check();
  await change.getByLabel('Date reported to the ICO').fill(today);
  await change.getByLabel('Lessons learned (optional)').fill('Registers stay in the office');
  await change.getByRole('button', { name: 'Save breach' }).click();
  await expect(app.status(/^Saved the breach found /)).toBeVisible();
  await expect(section.getByRole('row').nth(1)).toContainText(`Reported on ${today}`);

  // ----- Printed: every field on A4.
  const download = await app.download(section.getByRole('button', { name: /^Print the breach found / }));
  const file = test.info().outputPath('breach.pdf');
  await download.saveAs(file);
  const printed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const text of ['Data breach record', 'What happened The Tuesday register was left on the 93 bus', 'People affected 14', 'Risk Could harm', `Reported to the ICO Reported on ${today}`, 'Lessons learned Registers stay in the office']) {
    expect(printed).toContain(text);
  }

  // ----- Answered: Home no longer counts it down.
  await app.goTo('Home');
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('region', { name: /to report to the ICO/ })).toHaveCount(0);
});
