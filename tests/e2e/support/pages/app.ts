import type { Locator, Page } from '@playwright/test';
import { expect, type PeerDesk } from '../fixtures';

export type MenuItem = 'Home' | 'Members' | 'Referrals' | 'Groups' | 'Programmes' | 'Venues' | 'Volunteers' | 'Compliance' | 'Newsletters' | 'Grants & reports' | 'Privacy' | 'Audit log' | 'Settings';

/** The page heading each menu item opens, where it is not the item's own name. */
const HEADINGS: Partial<Record<MenuItem, string>> = { Home: 'This week' };

/**
 * What every screen has: the main menu, one level-1 heading, status messages and dialogs.
 * Page objects for the screens are in the files beside this one; each is a small class over
 * role-based locators, named as a coordinator names things.
 */
export class App {
  readonly menu: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByRole('navigation', { name: 'Main' });
  }

  /** Opens Peer Desk on a folder that is already set up (through the API), at Home. */
  static async openAtHome(page: Page, desk: PeerDesk): Promise<App> {
    await desk.open(page);
    const app = new App(page);
    await expect(app.heading('This week')).toBeVisible();
    return app;
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  }

  /** Opens a screen from the main menu and waits for its heading. */
  async goTo(item: MenuItem): Promise<void> {
    await (await this.menuLink(item)).click();
    await expect(this.heading(HEADINGS[item] ?? item)).toBeVisible();
  }

  /**
   * A menu item's link, opening "More" first when the window is too narrow for it to sit on
   * the menu's one line.
   */
  async menuLink(item: MenuItem): Promise<Locator> {
    const link = this.menu.getByRole('link', { name: item, exact: true });
    if (!(await link.isVisible())) await this.menu.getByRole('button', { name: 'More' }).click();
    return link;
  }

  /** Goes straight to an address inside the app, as a link from elsewhere would. */
  async visit(route: string, heading: string | RegExp): Promise<void> {
    await this.page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
    await expect(this.heading(heading)).toBeVisible();
  }

  /** A status message (role "status") that contains the text. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  dialog(name?: string | RegExp): Locator {
    return this.page.getByRole('dialog', name === undefined ? {} : { name });
  }

  /** The "There is a problem" summary at the top of a form. */
  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** A form field by its exact label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Clicks a button that starts a download and waits for the file. */
  async download(button: Locator) {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }
}
