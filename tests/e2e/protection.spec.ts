import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, guideScreenshot, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { withSampleData } from './support/setup';

/**
 * Issue 15's "Protect with a passphrase", done as a coordinator would: the sample data
 * protected (passphrase twice, the plain warning ticked, the recovery key printed and ticked),
 * locked with "Lock now" to a screen that shows nothing of the records, a wrong passphrase
 * told plainly, unlocked, the data folder holding no readable name, the passphrase changed and
 * used, and the recovery key used instead.
 */

test.use({ viewport: { width: 1280, height: 800 } });

const PASSPHRASE = 'kettle orange bicycle meadow';
const NEW_PASSPHRASE = 'lanterns above a quiet harbour';

/** Every file under the folder that holds any of the needles (gzip unpacked, as a reader would). */
async function filesHolding(dir: string, needles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(full);
    const view = bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes;
    if (needles.some((n) => view.includes(Buffer.from(n, 'utf8')))) found.push(path.relative(dir, full));
  }
  return found;
}

async function expectLockedScreen(page: Page, hidden: readonly string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Peer Desk is locked' })).toBeVisible();
  await expect(page).toHaveTitle('Unlock – Peer Desk');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const shown = await page.locator('body').innerText();
  for (const text of hidden) expect(shown).not.toContain(text);
}

test('the sample data is protected, locked, unlocked, unreadable on disk, and opened with a new passphrase and the recovery key', async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  await withSampleData(peerDesk);
  const { organisationName } = await peerDesk.call<{ organisationName: string }>('settings.get');
  const { rows } = await peerDesk.call<{ rows: { name: string }[] }>('volunteers.list', { limit: 500 });
  // Three surnames long enough not to turn up in random bytes by chance.
  const names = rows.map((v) => v.name.split(' ').at(-1)!).filter((n) => n.length >= 7).slice(0, 3);
  expect(names).toHaveLength(3);
  expect(await filesHolding(peerDesk.dataDir, names)).not.toEqual([]);

  const app = await App.openAtHome(page, peerDesk);
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);

  // ----- Settings → Protect with a passphrase: what it protects against, and what not.
  await app.goTo('Settings');
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Protect with a passphrase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Protect with a passphrase' })).toBeVisible();
  await expect(page.getByText('Protection is off')).toBeVisible();
  await expect(page.getByText(/A lost or stolen laptop/)).toBeVisible();
  await expect(page.getByText(/Someone using the laptop while Peer Desk is unlocked/)).toBeVisible();
  await expectAccessible(page);
  await guideScreenshot(page, 'protection-settings');

  // ----- Set-up: the passphrase twice, with the length rule and a strength hint.
  await page.getByRole('button', { name: 'Protect with a passphrase' }).click();
  const setUp = app.dialog('Protect with a passphrase');
  await setUp.getByLabel('Passphrase', { exact: true }).fill('short');
  await expect(setUp.getByText(/^Use at least 10 characters/)).toBeVisible();
  await setUp.getByRole('button', { name: 'Next' }).click();
  await expect(setUp.getByText('Enter a passphrase of at least 10 characters')).toBeVisible();
  await setUp.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await expect(setUp.getByText(/^Strong\./)).toBeVisible();
  await setUp.getByLabel('Passphrase again').fill('kettle orange bicycle');
  await setUp.getByRole('button', { name: 'Next' }).click();
  await expect(setUp.getByText('The two passphrases are not the same. Type it again')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'protection-set-up');
  await setUp.getByLabel('Passphrase again').fill(PASSPHRASE);
  await setUp.getByRole('button', { name: 'Next' }).click();

  // ----- The plain warning, ticked before anything happens.
  await expect(setUp.getByText('If you lose both your passphrase and your recovery key, nobody can get your records back — not even us.')).toBeVisible();
  await setUp.getByRole('button', { name: 'Protect my records' }).click();
  await expect(setUp.getByText('Tick to confirm you understand')).toBeVisible();
  await expectAccessible(page);
  await setUp.getByRole('checkbox', { name: /I understand/ }).check();
  await setUp.getByRole('button', { name: 'Protect my records' }).click();

  // ----- The recovery key, once: the dialog stays until it is ticked as kept.
  await expect(setUp.getByText('This is your recovery key. It is shown only now.')).toBeVisible({ timeout: 30_000 });
  const recoveryKey = (await setUp.locator('.recovery-key').innerText()).replace(/\s+/g, '-');
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await expectAccessible(page);
  await guideScreenshot(page, 'protection-recovery-key');
  await page.keyboard.press('Escape');
  await expect(setUp).toBeVisible();

  const download = await app.download(setUp.getByRole('button', { name: 'Print recovery sheet' }));
  const sheet = test.info().outputPath('recovery-sheet.pdf');
  await download.saveAs(sheet);
  const text = execFileSync('pdftotext', ['-layout', sheet, '-'], { encoding: 'utf8' });
  expect(text).toContain('Peer Desk recovery key');
  expect(text).toContain(organisationName);
  expect(text).toContain(`The same key on one line: ${recoveryKey}`);
  expect(text.replace(/\s+/g, '')).toContain(recoveryKey.replace(/-/g, '').slice(0, 16));
  expect(text).toMatch(/Where to keep this sheet[\s\S]*How to use it/);
  expect(execFileSync('pdfinfo', [sheet], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);

  await setUp.getByRole('button', { name: 'Done' }).click();
  await expect(setUp.getByText('Tick the box once you have printed or written down the recovery key. It cannot be shown again.')).toBeVisible();
  await setUp.getByRole('checkbox', { name: 'I have printed or written down the recovery key' }).check();
  await setUp.getByRole('button', { name: 'Done' }).click();
  await expect(setUp).toHaveCount(0);
  await expect(app.status('Your records are now protected with your passphrase')).toBeVisible();
  await expect(page.getByText(/^Protected since \w{3} \d{1,2} \w{3} \d{4}$/)).toBeVisible();
  await expectAccessible(page);

  // ----- Nothing readable is left in the folder.
  expect(await filesHolding(peerDesk.dataDir, names)).toEqual([]);

  // ----- Lock now: nothing of the records on screen; a wrong passphrase told plainly.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expectLockedScreen(page, [organisationName, ...names]);
  await expectAccessible(page);
  await guideScreenshot(page, 'protection-unlock');
  await app.field('Passphrase').fill('kettle orange bicycle marsh');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/That passphrase is not right\./)).toBeVisible();
  await expect(app.field('Passphrase')).toBeFocused();
  await expectAccessible(page);
  await app.field('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Back where the coordinator was when it locked.
  await expect(app.heading('Settings')).toBeVisible();
  await app.goTo('Volunteers');
  await expect(page.getByRole('link', { name: new RegExp(names[0]!) }).first()).toBeVisible();

  // ----- A file saved outside the data folder: the one "not protected" notice says so.
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await app.download(app.dialog(/^Export volunteers to CSV/).getByRole('button', { name: /^Export/ }));
  const notice = app.status(`${csv.suggestedFilename()} is not protected.`);
  await expect(notice).toContainText('your passphrase does not protect it');
  await expectAccessible(page);
  await keepScreenshot(page, 'protection-unprotected-file');
  await notice.getByRole('button', { name: 'Close' }).click();
  await expect(notice).toHaveCount(0);

  // ----- The Privacy page says so too.
  await app.goTo('Privacy');
  await expect(page.getByRole('region', { name: 'Protect with a passphrase' })).toContainText(/^Protect with a passphraseProtected since \w{3} \d{1,2} \w{3} \d{4}\. Every file/);

  // ----- Change passphrase, then unlock with the new one.
  await app.goTo('Settings');
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Protect with a passphrase' }).click();
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  const change = app.dialog('Change passphrase');
  await change.getByLabel('Current passphrase').fill('not it at all, sorry');
  await change.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await change.getByLabel('New passphrase again').fill(NEW_PASSPHRASE);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText(/That passphrase is not right\./)).toBeVisible();
  await expectAccessible(page);
  await change.getByLabel('Current passphrase').fill(PASSPHRASE);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(app.status('Passphrase changed. Use the new one next time you unlock Peer Desk')).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expectLockedScreen(page, [organisationName, ...names]);
  await app.field('Passphrase').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.heading('Settings')).toBeVisible();

  // ----- The recovery key instead: then a new passphrase is offered.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expectLockedScreen(page, [organisationName, ...names]);
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(app.field('Recovery key')).toBeFocused();
  await app.field('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.heading('Choose a new passphrase')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(app.heading('Settings')).toBeVisible();
  await expect(page.getByText(/^Protected since/)).toBeVisible();

  // ----- The audit log names each change, never the secrets.
  const audit = await peerDesk.call<{ entries: { entity: string; summary: string }[] }>('audit.list', { limit: 20 });
  const summaries = audit.entries.filter((e) => e.entity === 'protection').map((e) => e.summary);
  expect(summaries).toContain('Changed the passphrase');
  expect(summaries).toContain('Unlocked with the recovery key');
  expect(JSON.stringify(audit)).not.toContain(PASSPHRASE);
});

test('after five wrong passphrases the unlock screen counts down before the next try', async ({ page, peerDesk }) => {
  test.setTimeout(60_000);
  await withSampleData(peerDesk);
  await peerDesk.call('protection.turnOn', { passphrase: PASSPHRASE, understood: true });
  await peerDesk.call('protection.lock');
  await peerDesk.open(page);
  await expectLockedScreen(page, []);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel('Passphrase', { exact: true }).fill(`wrong passphrase number ${i}`);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText(/That passphrase is not right\./)).toBeVisible();
  }
  await expect(page.getByText('Too many wrong tries. Wait 30 seconds, then try again.')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0:(30|29|28)$/);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await expectAccessible(page);
  await keepScreenshot(page, 'protection-wait');
});
