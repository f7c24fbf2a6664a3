import type { Page } from '@playwright/test';
import type { Member, MemberInput } from '../../../shared/domain/members';
import type { Volunteer, VolunteerStatus } from '../../../shared/domain/volunteers';
import { expect, type PeerDesk } from './fixtures';

/**
 * Volunteers and members for the person specs: records put in through the harness API, as
 * another window of Peer Desk would, so each test spends its time on the task it is about;
 * and the lists and records opened as a coordinator opens them.
 */

export type PeopleList = 'Volunteers' | 'Members';

export async function seedVolunteer(desk: PeerDesk, firstName: string, lastName: string, status: VolunteerStatus = 'active'): Promise<Volunteer> {
  return (await desk.call<{ volunteer: Volunteer }>('volunteers.create', { volunteer: { firstName, lastName }, status })).volunteer;
}

export async function seedMember(desk: PeerDesk, member: Partial<MemberInput> & { firstName: string; lastName: string }, status = 'referred'): Promise<Member> {
  return (await desk.call<{ member: Member }>('members.create', { member, status })).member;
}

/** Opens Peer Desk past the first-run welcome (shown or not, depending on what is on record). */
export async function openApp(page: Page, desk: PeerDesk): Promise<void> {
  await desk.open(page);
  const start = page.getByRole('button', { name: 'Start empty' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(start.or(nav)).toBeVisible();
  if (await start.isVisible()) {
    await page.getByLabel('Your name', { exact: true }).fill('Sam Coordinator');
    await page.getByLabel('Your organisation', { exact: true }).fill('Cwm Taf Peer Support');
    await start.click();
  }
  await expect(nav).toBeVisible();
}

/** Opens a list from the main menu, and waits for its count. */
export async function openList(page: Page, list: PeopleList): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: list, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: list })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Showing \\d+ of \\d+ ${list.toLowerCase()}`))).toBeVisible();
}

/** Opens Peer Desk at someone's record, found on their list. */
export async function openPerson(page: Page, desk: PeerDesk, list: PeopleList, name: string): Promise<void> {
  await openApp(page, desk);
  await openList(page, list);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
