import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { App } from './app';

/** Venues: the list and the Add venue form. */
export class VenuesList extends App {
  static async open(app: App): Promise<VenuesList> {
    await app.goTo('Venues');
    return new VenuesList(app.page);
  }

  async addVenue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add venue' }).click();
  }

  /** A yes/no/not known question of the access part of the form. */
  access(question: string): Locator {
    return this.page.getByRole('group', { name: question });
  }
}

/** Groups: the list, with the month's facilitator rota. */
export class GroupsList extends App {
  static async open(app: App): Promise<GroupsList> {
    await app.goTo('Groups');
    return new GroupsList(app.page);
  }

  row(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }

  async addGroup(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add group' }).click();
  }

  async openGroup(name: string): Promise<GroupPage> {
    await this.page.getByRole('link', { name }).click();
    await expect(this.heading(name)).toBeVisible();
    return new GroupPage(this.page);
  }
}

/** One group: the next-session card, then tabs for members, the waiting list, sessions and past members. */
export class GroupPage extends App {
  /** Shows one of the page's tabs: 'Members', 'Waiting list', 'Sessions' or 'Past members' (their labels also carry a count). */
  async showTab(name: 'Members' | 'Waiting list' | 'Sessions' | 'Past members'): Promise<void> {
    const tab = this.page.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The card at the top: the next session, and any register due. */
  nextSession(): Locator {
    return this.page.getByRole('region', { name: 'Next session' });
  }

  member(name: string): Locator {
    return this.page.getByRole('link', { name });
  }

  /** In the sessions table (the Sessions tab); the card's buttons name the date in words instead. */
  signInSheetButton(ukDate: string): Locator {
    return this.page.getByRole('button', { name: `Print sign-in sheet for ${ukDate}` });
  }

  async takeRegister(ukDate: string, group: string): Promise<RegisterPage> {
    await this.page.getByRole('button', { name: `Take register for ${ukDate}` }).click();
    const register = new RegisterPage(this.page);
    await expect(register.heading(`Register: ${group}`)).toBeVisible();
    return register;
  }
}

/** A session's register, keyed in from the paper sheet. */
export class RegisterPage extends App {
  mark(person: string, mark: 'Present' | 'Apologies' | 'Absent'): Locator {
    return this.page.getByRole('radio', { name: `${person} ${mark}` });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save register' }).click();
    await expect(this.status('Register saved')).toBeVisible();
  }
}

/** Referrals: the open list and the Add referral form. */
export class ReferralsList extends App {
  static async open(app: App): Promise<ReferralsList> {
    await app.goTo('Referrals');
    return new ReferralsList(app.page);
  }

  row(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }

  async addReferral(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add referral' }).click();
  }
}
