import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_KINDS } from '../../electron/documents';
import { plainCodec } from '../../electron/store/codec';
import { emptyManifest } from '../../electron/store/open-store';
import { readBackupWithDate, RESTORE_STAGING, stageRestore } from '../../electron/store/restore';
import { tombstonesKind } from '../../electron/store/tombstones';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { addVolunteer, goTo, startEmpty } from './support/tasks';

test('backs up now, then restores that backup after confirming', async ({ page, peerDesk }) => {
  await peerDesk.open(page);
  await startEmpty(page);
  await addVolunteer(page, { first: 'Angharad', last: 'Rees' });

  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').getByText(/Backup made: .*1 volunteer/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('Back up now');

  await addVolunteer(page, { first: 'Dafydd', last: 'Jones' });
  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 2 of 2 volunteers')).toBeVisible();

  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  const chooser = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(chooser.getByRole('radio')).toHaveCount(1);
  await expect(chooser).toContainText('1 volunteer');
  await expectAccessible(page);
  await keepScreenshot(page, 'restore-choose');
  await chooser.getByRole('radio').first().check();
  await chooser.getByRole('button', { name: 'Restore this backup' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace your records with this backup?' });
  await expect(confirm).toContainText('backs up what you have now first');
  await confirm.getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status').getByText(/Restored the backup from/)).toBeVisible();
  // A backup of the state before the restore was taken first.
  await expect(table).toContainText('Automatic (before a restore)');
  await expect(table).toContainText('2 volunteers');

  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Angharad Rees' })).toBeVisible();
});

test('saves a backup to a file of the coordinator’s choosing and restores from it', async ({ page, peerDesk }, testInfo) => {
  await peerDesk.open(page);
  await startEmpty(page);
  await addVolunteer(page, { first: 'Rhys', last: 'Evans' });
  await goTo(page, 'Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdbackup$/);
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);

  await addVolunteer(page, { first: 'Nia', last: 'Hughes' });
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await page.getByLabel('Or choose a backup file').setInputFiles(saved);
  await page.getByRole('dialog', { name: 'Replace your records with this backup?' }).getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status').getByText(/Restored the backup file/)).toBeVisible();
  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();

  // A file that is not a backup is refused and nothing changes.
  const junk = testInfo.outputPath('junk.pdbackup');
  await writeFile(junk, 'this is not a backup');
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await page.getByLabel('Or choose a backup file').setInputFiles(junk);
  await page.getByRole('dialog', { name: 'Replace your records with this backup?' }).getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status')).toContainText(/backup/i);
  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  expect(await readFile(path.join(peerDesk.dataDir, 'volunteers.json'), 'utf8')).toContain('Rhys');
});

test('a restore cut short by Peer Desk closing is finished on the next open, and the coordinator is told', async ({ page, peerDesk }) => {
  // Set-up through the API: what this test is about is the open after the crash.
  await peerDesk.call('system.startEmpty');
  const person = (first: string, last: string) => ({ volunteer: { firstName: first, lastName: last }, status: 'enquiry' });
  await peerDesk.call('volunteers.create', person('Angharad', 'Rees'));
  const backup = await peerDesk.call<{ name: string }>('backups.create');
  await peerDesk.call('volunteers.create', person('Dafydd', 'Jones'));
  await peerDesk.harness.stop();

  // What a crash part way through "Restore" leaves: the restore decided (its marker written),
  // volunteers.json already moved into place, the other files still waiting beside it.
  const bytes = await readFile(path.join(peerDesk.dataDir, 'backups', backup.name));
  const { documents, createdAt } = await readBackupWithDate(bytes, plainCodec, [...APP_KINDS, tombstonesKind]);
  await stageRestore(peerDesk.dataDir, documents, plainCodec, (docs) => ({ ...emptyManifest('e2e', new Date(), 10), feedFloor: 10, documents: docs }), `the backup from ${createdAt}`, new Date());
  await rename(path.join(peerDesk.dataDir, RESTORE_STAGING, 'volunteers.json'), path.join(peerDesk.dataDir, 'volunteers.json'));

  await peerDesk.restart();
  await peerDesk.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'was interrupted' });
  await expect(notice).toContainText('It has now been finished: your data is as it was in that backup.');
  await expectAccessible(page);
  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Angharad Rees' })).toBeVisible();
  await goTo(page, 'Audit log');
  await expect(page.getByRole('main')).toContainText('was interrupted');
});
