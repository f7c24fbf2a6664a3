import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_KINDS } from '../../electron/documents';
import { plainCodec } from '../../electron/store/codec';
import { emptyManifest } from '../../electron/store/open-store';
import { readBackupWithDate, RESTORE_STAGING, stageRestore } from '../../electron/store/restore';
import { tombstonesKind } from '../../electron/store/tombstones';
import { expect, expectAccessible, keepScreenshot, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { BackupSettings } from './support/pages/settings';
import { startedEmpty } from './support/setup';

/** A volunteer put in through the API, as the Add volunteer form would (its own spec tests that form). */
async function addVolunteer(desk: PeerDesk, firstName: string, lastName: string): Promise<void> {
  await desk.call('volunteers.create', { volunteer: { firstName, lastName }, status: 'enquiry' });
}

test('backs up now, then restores that backup after confirming', async ({ page, peerDesk }) => {
  await startedEmpty(peerDesk);
  await addVolunteer(peerDesk, 'Angharad', 'Rees');
  const app = await App.openAtHome(page, peerDesk);

  const settings = await BackupSettings.open(app);
  await settings.backUpNow();
  await expect(page.getByRole('status').getByText(/Backup made: .*1 volunteer/)).toBeVisible();
  // The day's automatic backup, 3 s after the folder opened, may or may not have been made
  // by now (it is skipped once a backup from today exists): only the coordinator's own counts.
  await expect(settings.backups.locator('tbody tr', { hasText: 'Back up now' })).toHaveCount(1);

  await addVolunteer(peerDesk, 'Dafydd', 'Jones');
  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 2 of 2 volunteers')).toBeVisible();

  await BackupSettings.open(app);
  const chooser = await settings.openRestore();
  const mine = chooser.getByRole('radio', { name: /Back up now/ });
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAccessibleName(/1 volunteer/);
  await expectAccessible(page);
  await keepScreenshot(page, 'restore-choose');
  await mine.check();
  await chooser.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(settings.confirmRestore).toContainText('backs up what you have now first');
  await settings.confirmRestore.getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status').getByText(/Restored the backup from/)).toBeVisible();
  // A backup of the state before the restore was taken first.
  await expect(settings.backups).toContainText('Automatic (before a restore)');
  await expect(settings.backups).toContainText('2 volunteers');

  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Angharad Rees' })).toBeVisible();
});

test('saves a backup to a file of the coordinator’s choosing and restores from it', async ({ page, peerDesk }, testInfo) => {
  await startedEmpty(peerDesk);
  await addVolunteer(peerDesk, 'Rhys', 'Evans');
  const app = await App.openAtHome(page, peerDesk);
  const settings = await BackupSettings.open(app);
  const file = await settings.download(page.getByRole('button', { name: 'Save a backup to a file' }));
  expect(file.suggestedFilename()).toMatch(/\.pdbackup$/);
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);

  await addVolunteer(peerDesk, 'Nia', 'Hughes');
  await settings.restoreFromFile(saved);
  await expect(page.getByRole('status').getByText(/Restored the backup file/)).toBeVisible();
  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();

  // A file that is not a backup is refused and nothing changes.
  const junk = testInfo.outputPath('junk.pdbackup');
  await writeFile(junk, 'this is not a backup');
  await BackupSettings.open(app);
  await settings.restoreFromFile(junk);
  await expect(page.getByRole('status')).toContainText(/backup/i);
  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  expect(await readFile(path.join(peerDesk.dataDir, 'volunteers.json'), 'utf8')).toContain('Rhys');
});

test('a restore cut short by Peer Desk closing is finished on the next open, and the coordinator is told', async ({ page, peerDesk }) => {
  // Set-up through the API: what this test is about is the open after the crash.
  await startedEmpty(peerDesk);
  await addVolunteer(peerDesk, 'Angharad', 'Rees');
  const backup = await peerDesk.call<{ name: string }>('backups.create');
  await addVolunteer(peerDesk, 'Dafydd', 'Jones');
  await peerDesk.harness.stop();

  // What a crash part way through "Restore" leaves: the restore decided (its marker written),
  // volunteers.json already moved into place, the other files still waiting beside it.
  const bytes = await readFile(path.join(peerDesk.dataDir, 'backups', backup.name));
  const { documents, createdAt } = await readBackupWithDate(bytes, plainCodec, [...APP_KINDS, tombstonesKind]);
  await stageRestore(peerDesk.dataDir, documents, plainCodec, (docs) => ({ ...emptyManifest('e2e', new Date(), 10), feedFloor: 10, documents: docs }), `the backup from ${createdAt}`, new Date());
  await rename(path.join(peerDesk.dataDir, RESTORE_STAGING, 'volunteers.json'), path.join(peerDesk.dataDir, 'volunteers.json'));

  await peerDesk.restart();
  const app = await App.openAtHome(page, peerDesk);
  const notice = page.getByRole('status').filter({ hasText: 'was interrupted' });
  await expect(notice).toContainText('It has now been finished: your data is as it was in that backup.');
  // (Home with a notice on it is scanned for accessibility in corrupted-file.spec.ts.)
  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Angharad Rees' })).toBeVisible();
  await app.goTo('Audit log');
  await expect(page.getByRole('main')).toContainText('was interrupted');
});
