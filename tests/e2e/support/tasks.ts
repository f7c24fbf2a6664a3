import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { App, type MenuItem } from './pages/app';
import { WelcomeScreen } from './pages/welcome';

/**
 * Small coordinator tasks shared by specs, written with the names a person sees. New specs
 * use the page objects in ./pages directly, and set up what they are not about through the
 * API (./setup.ts).
 */

/** Start empty, which opens Home, then go to the Volunteers page. */
export async function startEmpty(page: Page): Promise<void> {
  const app = await new WelcomeScreen(page).startEmpty();
  await app.goTo('Volunteers');
}

export async function loadSampleData(page: Page): Promise<void> {
  const app = await new WelcomeScreen(page).loadSampleData();
  await app.goTo('Volunteers');
  await expect(page.getByText(/^Showing \d+ of \d+ volunteers/)).toBeVisible();
}

export function field(page: Page, label: string) {
  return new App(page).field(label);
}

export async function addVolunteer(page: Page, details: { first: string; last: string; email?: string; phone?: string; dob?: string }): Promise<void> {
  await new App(page).menu.getByRole('link', { name: 'Volunteers' }).click();
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await field(page, 'First name').fill(details.first);
  await field(page, 'Last name').fill(details.last);
  if (details.email) await field(page, 'Email').fill(details.email);
  if (details.phone) await field(page, 'Phone').fill(details.phone);
  if (details.dob) await field(page, 'Date of birth').fill(details.dob);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${details.first} ${details.last}` })).toBeVisible();
}

export async function goTo(page: Page, item: MenuItem): Promise<void> {
  await new App(page).goTo(item);
}
