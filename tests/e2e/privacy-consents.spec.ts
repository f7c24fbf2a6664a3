import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { NewsletterRecipients } from '../../shared/api';
import { formatUkDate, todayIso } from '../../shared/dates';
import type { Volunteer } from '../../shared/domain/volunteers';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { NewslettersList } from './support/pages/newsletters';
import { SettingsPage } from './support/pages/settings';
import { startedEmpty } from './support/setup';

/**
 * Issue 15 §5: a volunteer's consent log feeds the newsletter's email list (a contact
 * preference alone no longer does), and the privacy notice prints from Settings.
 */

const whoGetsIt = (page: Page) => page.getByRole('region', { name: 'Who gets it' });

test('a volunteer’s email consent puts them on the email list, and the privacy notice prints from Settings', async ({ page, peerDesk }, testInfo) => {
  test.setTimeout(90_000);
  await startedEmpty(peerDesk);
  await peerDesk.call('settings.update', { organisationName: 'Cwm Taf Peer Support' });
  const volunteer = { firstName: 'Ifeoma', lastName: 'Okonkwo', email: 'ifeoma@example.org', contactPreferences: ['email'] };
  await peerDesk.call<{ volunteer: Volunteer }>('volunteers.create', { volunteer, status: 'active' });
  await peerDesk.call('newsletters.create', { issue: { title: 'Winter 2026', date: todayIso() } });

  // Before: she asked for email, but a preference is not consent — and the screen says so.
  const app = await App.openAtHome(page, peerDesk);
  await (await NewslettersList.open(app)).openIssue('Winter 2026');
  await expect(whoGetsIt(page)).toContainText('The email list has 0 addresses');
  await expect(whoGetsIt(page)).toContainText('1 current volunteer has no consent to email on record, 1 of them chose email as a way to contact them.');

  // Record her consent on her Consents tab.
  await app.goTo('Volunteers');
  await page.getByRole('link', { name: 'Ifeoma Okonkwo' }).click();
  await expect(app.heading('Ifeoma Okonkwo')).toBeVisible();
  await page.getByRole('tab', { name: 'Consents' }).click();
  const consents = page.getByRole('tabpanel', { name: 'Consents' });
  await expect(consents).toContainText('No consents recorded yet.');
  await consents.getByRole('button', { name: 'Record consent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record consent' });
  await dialog.getByLabel('What they agreed to').fill('Contact by email');
  await dialog.getByLabel('In writing').check();
  const today = formatUkDate(todayIso());
  await expect(dialog.getByLabel('Date they agreed')).toHaveValue(today);
  await expect(dialog.getByLabel('Review by')).not.toHaveValue('');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Record consent' }).click();
  await expect(dialog).toBeHidden();
  const row = consents.locator('tbody tr').first();
  await expect(row).toContainText('Contact by email');
  await expect(row).toContainText(today);
  await expect(row).toContainText('Given, review by');
  await expectAccessible(page);
  await keepScreenshot(page, 'volunteer-consents');

  // After: the email list counts her, and nobody is left unasked.
  await (await NewslettersList.open(app)).openIssue('Winter 2026');
  await expect(whoGetsIt(page)).toContainText('The email list has 1 address');
  await expect(whoGetsIt(page)).not.toContainText('no consent to email on record');
  const recipients = await peerDesk.call<NewsletterRecipients>('newsletters.recipients');
  expect(recipients.recipients.map((r) => [r.name, r.channel])).toEqual([['Ifeoma Okonkwo', 'email']]);
  await expectAccessible(page);

  // The privacy notice, from the organisation's details.
  const settings = await SettingsPage.open(app, 'Organisation');
  const organisation = settings.section('Organisation');
  await expect(organisation.getByText('The notice will be missing: Address, Phone or email, Data protection contact.')).toBeVisible();
  await organisation.getByLabel('Address').fill('Tŷ Cymorth\n12 Heol y Felin\nMerthyr Tudful CF47 8UB');
  await organisation.getByLabel('Email', { exact: true }).fill('hello@cwmtafpeers.org.uk');
  await organisation.getByLabel('Data protection contact').fill('Siân Llŷr, Data Protection Lead');
  await organisation.getByLabel('ICO registration number').fill('ZA123456');
  await organisation.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(organisation.getByText(/The notice will be missing/)).toBeHidden();
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-organisation-privacy-notice');

  for (const [button, file] of [
    ['Print privacy notice', 'cwm-taf-peer-support-privacy-notice.pdf'],
    ['Print privacy notice in large print', 'cwm-taf-peer-support-privacy-notice-large-print.pdf'],
  ] as const) {
    const download = page.waitForEvent('download');
    await organisation.getByRole('button', { name: button, exact: true }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe(file);
    const path = testInfo.outputPath(file);
    await pdf.saveAs(path);
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Cwm Taf Peer Support is responsible for the information we keep about you');
    expect(text).toContain('ask Siân Llŷr, Data Protection Lead.');
    expect(text).toContain('Write to: Tŷ Cymorth, 12 Heol y Felin, Merthyr Tudful CF47 8UB');
    expect(text).toContain('number ZA123456');
    expect(text).toContain('legitimate interests');
    expect(text).toContain('6 years after our last contact with them');
    expect(text).toMatch(/ico\.org\.uk\/make-a-complaint, phone 0303.123.1113/);
  }
});
