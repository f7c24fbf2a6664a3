import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Small coordinator tasks shared by specs, written with the names a person sees. */

/** Start empty, which opens Home, then go to the Volunteers page. */
export async function startEmpty(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await goTo(page, 'Volunteers');
}

export async function loadSampleData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await goTo(page, 'Volunteers');
  await expect(page.getByText(/^Showing \d+ of \d+ volunteers/)).toBeVisible();
}

export function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

export async function addVolunteer(page: Page, details: { first: string; last: string; email?: string; phone?: string; dob?: string }): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volunteers' }).click();
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await field(page, 'First name').fill(details.first);
  await field(page, 'Last name').fill(details.last);
  if (details.email) await field(page, 'Email').fill(details.email);
  if (details.phone) await field(page, 'Phone').fill(details.phone);
  if (details.dob) await field(page, 'Date of birth').fill(details.dob);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${details.first} ${details.last}` })).toBeVisible();
}

const HEADINGS: Record<string, string> = { Home: 'This week' };

export async function goTo(page: Page, navLabel: 'Home' | 'Members' | 'Referrals' | 'Groups' | 'Venues' | 'Volunteers' | 'Audit log' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: navLabel, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADINGS[navLabel] ?? navLabel, exact: true })).toBeVisible();
}
