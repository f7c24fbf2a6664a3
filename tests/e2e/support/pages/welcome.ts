import type { Locator, Page } from '@playwright/test';
import { expect, type PeerDesk } from '../fixtures';
import { App } from './app';

/** The first screen of a new data folder: start empty, or with made-up people to explore. */
export class WelcomeScreen extends App {
  static async open(page: Page, desk: PeerDesk): Promise<WelcomeScreen> {
    await desk.open(page);
    const welcome = new WelcomeScreen(page);
    await expect(welcome.heading('Welcome to Peer Desk')).toBeVisible();
    return welcome;
  }

  get startEmptyButton(): Locator {
    return this.page.getByRole('button', { name: 'Start empty' });
  }

  /** Either button opens Home. Starting empty asks who the coordinator is and for the organisation's name. */
  async startEmpty(names: { yourName: string; organisation: string } = { yourName: 'Sam Coordinator', organisation: 'Cwm Taf Peer Support' }): Promise<App> {
    await this.field('Your name').fill(names.yourName);
    await this.field('Your organisation').fill(names.organisation);
    await this.startEmptyButton.click();
    await expect(this.heading('This week')).toBeVisible();
    return new App(this.page);
  }

  async loadSampleData(): Promise<App> {
    await this.page.getByRole('button', { name: 'Load sample data' }).click();
    await expect(this.heading('This week')).toBeVisible();
    return new App(this.page);
  }
}
