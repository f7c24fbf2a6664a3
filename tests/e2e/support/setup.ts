import type { PeerDesk } from './fixtures';

/**
 * Setting up through the API what a test is not about, as the welcome screen's buttons would.
 * The journeys these stand for are clicked through in their own tests (first-run and
 * sample-data specs).
 */

export async function withSampleData(desk: PeerDesk): Promise<void> {
  await desk.call('system.loadSampleData');
}

export async function startedEmpty(desk: PeerDesk): Promise<void> {
  await desk.call('system.startEmpty');
}
