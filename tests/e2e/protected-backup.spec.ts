import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { APP_KINDS } from '../../electron/documents';
import { ProtectionService } from '../../electron/protection/service';
import { openServices, type Services } from '../../electron/services';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { BackupSettings } from './support/pages/settings';
import { startedEmpty } from './support/setup';

const PASSPHRASE = 'the lighthouse keeper';

/**
 * "Another laptop": a protected folder elsewhere saves a backup to a file, as Settings → Data &
 * backups does there. Made here in the test's own process, through the same API calls.
 */
async function protectedBackupFile(outDir: string): Promise<{ file: string; recoveryKey: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-e2e-source-'));
  const service = await ProtectionService.start<Services>({
    dataDir,
    kinds: APP_KINDS,
    scryptParams: { N: 2 ** 14, r: 8, p: 1 },
    open: (protection) => openServices({ dataDir, appVersion: '0.0.0-e2e', protection, storeOptions: { dailyBackupDelayMs: -1 } }),
  });
  try {
    const call = async <T,>(name: string, input: unknown): Promise<T> => {
      const result = await service.current!.call(name, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    await call('system.startEmpty', {});
    await call('volunteers.create', { volunteer: { firstName: 'Gwenllian', lastName: 'Pritchard' }, status: 'enquiry' });
    const { recoveryKey } = await service.turnOn(PASSPHRASE);
    const download = await call<{ filename: string; base64: string }>('backups.download', {});
    const file = path.join(outDir, download.filename);
    await writeFile(file, Buffer.from(download.base64, 'base64'));
    return { file, recoveryKey };
  } finally {
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

test('a protected backup saved elsewhere restores on another laptop with the passphrase or the recovery key', async ({ page, peerDesk }, testInfo) => {
  const { file, recoveryKey } = await protectedBackupFile(testInfo.outputPath());
  expect((await readFile(file)).includes('Pritchard')).toBe(false);
  await startedEmpty(peerDesk);
  await peerDesk.call('volunteers.create', { volunteer: { firstName: 'Osian', lastName: 'Lloyd' }, status: 'enquiry' });

  const app = await App.openAtHome(page, peerDesk);
  const settings = await BackupSettings.open(app);
  await settings.restoreFromFile(file);
  const asking = settings.dialog('This backup is protected');
  await expect(asking).toContainText('Type the passphrase that was in use when it was made, or the recovery key');
  await expect(asking.getByLabel('Passphrase')).toBeFocused();
  await expectAccessible(page);
  await keepScreenshot(page, 'restore-protected-backup');

  await asking.getByLabel('Passphrase').fill('not the right one');
  await asking.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(asking.getByText(/That passphrase does not open this backup/)).toBeVisible();
  await expect(asking.getByLabel('Passphrase')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await asking.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(asking.getByLabel('Recovery key')).toBeFocused();
  await asking.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await asking.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(asking).toBeHidden();
  await expect(page.getByRole('status').getByText(/Restored the backup file/)).toBeVisible();
  // This folder is not protected, and stays so: the coordinator is told, and where to change it.
  await expect(page.getByRole('status').filter({ hasText: 'without protection' })).toContainText('Settings → Protect with a passphrase');

  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 1 of 1 volunteers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gwenllian Pritchard' })).toBeVisible();
  expect(await readFile(path.join(peerDesk.dataDir, 'volunteers.json'), 'utf8')).toContain('Pritchard');
});
