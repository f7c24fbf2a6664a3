import { execFileSync } from 'node:child_process';
import type { MeasuresView } from '../../shared/api';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { SettingsPage } from './support/pages/settings';
import { withSampleData } from './support/setup';

test('Settings → Outcome measures: print a blank form, save the SWEMWBS registration, add and archive a custom scale by keyboard', async ({ page, peerDesk }) => {
  test.setTimeout(120_000);
  await withSampleData(peerDesk);
  const app = await App.openAtHome(page, peerDesk);
  const settings = await SettingsPage.open(app, 'Outcome measures');
  const section = settings.section('Outcome measures');
  const core = section.getByRole('region', { name: 'CORE-10' });
  await expect(core).toContainText('Not verified');
  await expect(core).toContainText('CC BY-NC-ND 4.0');
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-outcome-measures');
  await page.setViewportSize({ width: 1024, height: 768 });
  await keepScreenshot(page, 'settings-outcome-measures-1024');

  await section.getByLabel('SWEMWBS registration').fill('WEMWBS-2231');
  await section.getByRole('button', { name: 'Save registration' }).click();
  await expect(app.status('SWEMWBS registration saved')).toBeVisible();

  // The printed form carries the registration under the licence line.
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Print questionnaire: SWEMWBS' }).click();
  const file = test.info().outputPath('swemwbs.pdf');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toBe('swemwbs.pdf');
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('I’ve been feeling optimistic about the future');
  expect(text).toContain('all rights reserved. Registration: WEMWBS-2231');

  // A custom scale, from the keyboard alone, at large text.
  await peerDesk.call('settings.update', { textSize: 'large' });
  await page.reload();
  await expect(section).toBeVisible();
  const add = section.getByRole('button', { name: 'Add a custom scale' });
  await add.focus();
  await page.keyboard.press('Enter');
  const dialog = app.dialog('Add a custom scale');
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Confidence check');
  await dialog.getByRole('button', { name: 'Add scale' }).press('Enter');
  await expect(dialog.getByText('Add at least one question')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-custom-scale-dialog-large');

  await dialog.getByLabel(/^Questions/).fill('I feel confident going out\nI worry about money');
  await dialog.getByRole('checkbox', { name: 'I worry about money' }).press('Space');
  await dialog.getByLabel(/^Lowest answer/).fill('1');
  await dialog.getByLabel(/^Highest answer/).fill('4');
  await dialog.getByLabel(/^Answer labels/).fill('1 = Not at all\n4 = Very much');
  await dialog.getByRole('radio', { name: 'Yes, higher is better' }).press('Space');
  await dialog.getByLabel(/^Meaningful change/).fill('2');
  await dialog.getByRole('button', { name: 'Add scale' }).press('Enter');
  await expect(app.status('Added Confidence check')).toBeVisible();
  const scale = section.getByRole('region', { name: 'Confidence check' });
  await expect(scale).toContainText('Typed in by your organisation');
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-outcome-measures-large-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await keepScreenshot(page, 'settings-outcome-measures-large');

  await scale.getByRole('button', { name: 'Archive Confidence check' }).press('Enter');
  await app.dialog('Archive Confidence check?').getByRole('button', { name: 'Archive scale' }).press('Enter');
  await expect(scale.getByRole('button', { name: 'Bring back Confidence check' })).toBeVisible();
  const stored = await peerDesk.call<MeasuresView>('outcomes.measures');
  const saved = stored.measures.find((m) => m.definition.name === 'Confidence check')!;
  expect(saved.archived).toBe(true);
  expect(saved.scale?.items.map((i) => [i.text, i.reverse])).toEqual([
    ['I feel confident going out', false],
    ['I worry about money', true],
  ]);
});
