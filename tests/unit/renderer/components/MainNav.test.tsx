// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { MainNav } from '../../../../renderer/components/MainNav';

/**
 * happy-dom lays nothing out, so widths are given: every item and "More" 100 px wide in a
 * menu of `navWidth` px (gaps of 4).
 */
function layOut(navWidth: number): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('app-nav') ? navWidth : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => DOMRect.fromRect({ width: 100, height: 40 }));
}

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <button type="button">Before the menu</button>
      <MainNav />
    </Router>,
  );
  return location;
}

const menu = () => screen.getByRole('navigation', { name: 'Main' });
const menuLinks = () => within(menu()).queryAllByRole('link').map((a) => a.textContent);

beforeEach(() => vi.restoreAllMocks());
afterEach(cleanup);

describe('MainNav', () => {
  it('shows every item when there is room, and no "More"', () => {
    layOut(2000);
    renderAt('/');
    expect(menuLinks()).toHaveLength(13);
    expect(within(menu()).queryByRole('button', { name: /More/ })).toBeNull();
  });

  it('puts what does not fit on one line under "More", in order, opened by keyboard', async () => {
    // 4 items and More: 5 × 100 + 4 × 4 = 516.
    layOut(520);
    renderAt('/');
    expect(menuLinks()).toEqual(['Home', 'Members', 'Referrals', 'Groups']);
    const more = within(menu()).getByRole('button', { name: /More/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');

    const user = userEvent.setup();
    more.focus();
    await user.keyboard('{Enter}');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(menuLinks()).toEqual(['Home', 'Members', 'Referrals', 'Groups', 'Programmes', 'Volunteers', 'Compliance', 'Grants & reports', 'Newsletters', 'Venues', 'Privacy', 'Audit log', 'Settings']);

    // Escape closes it and leaves focus on the button.
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Programmes');
    await user.keyboard('{Escape}');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
  });

  it('closes "More" when focus or a click goes elsewhere, and after choosing an item', async () => {
    layOut(520);
    const location = renderAt('/');
    const user = userEvent.setup();
    const more = within(menu()).getByRole('button', { name: /More/ });
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Before the menu' }));
    expect(more.getAttribute('aria-expanded')).toBe('false');

    await user.click(more);
    await user.click(within(menu()).getByRole('link', { name: 'Settings' }));
    expect(location.history.at(-1)).toBe('/settings');
    expect(more.getAttribute('aria-expanded')).toBe('false');

    // Back on the page it was opened on, it stays closed.
    await user.click(within(menu()).getByRole('link', { name: 'Home' }));
    expect(location.history.at(-1)).toBe('/');
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks "More" when the page open is under it, and the link itself as current', async () => {
    layOut(520);
    renderAt('/settings/organisation');
    const more = within(menu()).getByRole('button', { name: /More/ });
    expect(more.className).toContain('is-current');
    await userEvent.setup().click(more);
    expect(within(menu()).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(within(menu()).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
  });
});
