import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { App } from './app';

/** Compliance: every active volunteer's DBS, training and supervision. */
export class CompliancePage extends App {
  static async open(app: App): Promise<CompliancePage> {
    await app.goTo('Compliance');
    const compliance = new CompliancePage(app.page);
    await expect(compliance.count).toBeVisible();
    return compliance;
  }

  /** "Showing 12 of 40 active volunteers". */
  get count(): Locator {
    return this.page.getByText(/^Showing \d+ of \d+ active volunteers/);
  }

  /** The volunteers listed, in order. */
  get names(): Locator {
    return this.page.locator('tbody tr th');
  }

  /** A summary count that filters the list: summaryCount('DBS', '1 overdue'). */
  summaryCount(area: string, words: string): Locator {
    return this.page.getByRole('list', { name: 'Summary' }).getByRole('button', { name: `${area}: ${words}`, exact: true });
  }

  /** Takes every filter off: "Showing 40 of 40 active volunteers". */
  async showEveryone(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show everyone' }).click();
    await expect(this.page.getByText(/^Showing (\d+) of \1 active volunteers$/)).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }
}

/** A volunteer's record, with its tabs (Details, DBS, Training, Supervision, Hours, Expenses…). */
export class VolunteerProfile extends App {
  /** Opens the record straight from its address, as a link from Compliance or Home does. */
  static async visit(app: App, id: string, name: string): Promise<VolunteerProfile> {
    await app.visit(`/volunteers/${id}`, name);
    return new VolunteerProfile(app.page);
  }

  async openTab(name: string): Promise<Locator> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    return this.tabPanel(name);
  }

  tabPanel(name: string): Locator {
    return this.page.getByRole('tabpanel', { name });
  }

  /** Opens one of the record dialogs (Add DBS check, Log hours…) from its button. */
  async openDialog(button: string, dialog: string = button): Promise<Locator> {
    await this.page.getByRole('button', { name: button }).click();
    const opened = this.dialog(dialog);
    await expect(opened).toBeVisible();
    return opened;
  }
}
