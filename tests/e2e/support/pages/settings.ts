import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { App } from './app';

/** Settings → Backups: making backups and restoring one. */
export class BackupSettings extends App {
  static async open(app: App): Promise<BackupSettings> {
    await app.goTo('Settings');
    return new BackupSettings(app.page);
  }

  get backups(): Locator {
    return this.page.getByRole('table', { name: 'Backups, newest first' });
  }

  get confirmRestore(): Locator {
    return this.dialog('Replace your records with this backup?');
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.page.getByRole('status').getByText(/Backup made/)).toBeVisible();
  }

  /** Opens "Restore from backup", which lists the backups and offers a file instead. */
  async openRestore(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Restore from backup' }).click();
    const chooser = this.dialog('Restore from backup');
    await expect(chooser).toBeVisible();
    return chooser;
  }

  /** Restores from a backup file: chosen, then confirmed. */
  async restoreFromFile(file: string): Promise<void> {
    const chooser = await this.openRestore();
    await chooser.getByLabel('Or choose a backup file').setInputFiles(file);
    await this.confirmRestore.getByRole('button', { name: 'Yes, restore it' }).click();
  }
}
