import type { Locator } from '@playwright/test';
import type { SettingsSection } from '../../../../renderer/pages/settings/settings-sections';
import { expect } from '../fixtures';
import { App } from './app';

export type SettingsSectionName = SettingsSection['label'];

/** Settings: one section at a time, chosen from the list of sections beside it. */
export class SettingsPage extends App {
  /** Opens Settings from the main menu, then the section. */
  static async open(app: App, section: SettingsSectionName): Promise<SettingsPage> {
    await app.goTo('Settings');
    const settings = new SettingsPage(app.page);
    await settings.showSection(section);
    return settings;
  }

  get sections(): Locator {
    return this.page.getByRole('navigation', { name: 'Settings sections' });
  }

  sectionLink(name: SettingsSectionName): Locator {
    return this.sections.getByRole('link', { name, exact: true });
  }

  /** The section on show: a region named by its heading. */
  section(name: SettingsSectionName): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async showSection(name: SettingsSectionName): Promise<void> {
    await this.sectionLink(name).click();
    await expect(this.page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expect(this.sectionLink(name)).toHaveAttribute('aria-current', 'page');
  }
}

/** Settings → Data & backups: making backups and restoring one. */
export class BackupSettings extends SettingsPage {
  static override async open(app: App): Promise<BackupSettings> {
    await SettingsPage.open(app, 'Data & backups');
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
