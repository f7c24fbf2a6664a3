import type { Page } from '@playwright/test';
import { expect, type PeerDesk } from '../fixtures';
import { App } from './app';

/** The screen Peer Desk opens on when part of the data folder cannot be read. */
export class RecoveryScreen extends App {
  static async open(page: Page, desk: PeerDesk): Promise<RecoveryScreen> {
    await desk.open(page);
    const recovery = new RecoveryScreen(page);
    await expect(recovery.heading('Some of your data could not be opened')).toBeVisible();
    return recovery;
  }
}
