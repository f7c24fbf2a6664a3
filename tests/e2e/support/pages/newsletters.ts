import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { App } from './app';

/** Newsletters: the list of issues. */
export class NewslettersList extends App {
  static async open(app: App): Promise<NewslettersList> {
    await (await app.menuLink('Newsletters')).click();
    await expect(app.heading('Newsletters')).toBeVisible();
    return new NewslettersList(app.page);
  }

  row(title: string | RegExp): Locator {
    return this.page.getByRole('row', { name: typeof title === 'string' ? new RegExp(title) : title });
  }

  async openIssue(title: string | RegExp): Promise<NewsletterIssue> {
    await this.page.getByRole('link', { name: title }).click();
    return new NewsletterIssue(this.page);
  }
}

/** One issue: its sections in order, and what can be done with it. */
export class NewsletterIssue extends App {
  get sections(): Locator {
    return this.page.locator('.nl-section');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Opens a dialog from the button of the same name. */
  async openDialog(button: string, dialog: string = button): Promise<Locator> {
    await this.button(button).click();
    const opened = this.dialog(dialog);
    await expect(opened).toBeVisible();
    return opened;
  }

  async addSection(): Promise<void> {
    await this.button('Add section').click();
    await expect(this.heading('Add section')).toBeVisible();
  }

  async preview(title: string): Promise<void> {
    await this.button('Preview').click();
    await expect(this.heading(`Preview: ${title}`)).toBeVisible();
  }
}
