// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { LazyPages, lazyPage } from '../../../../renderer/components/LazyPage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Runs a step inside act and lets React finish what it started. */
async function settle(step: () => void): Promise<void> {
  await act(async () => {
    step();
    await Promise.resolve();
  });
}

function Heading({ text }: { text: string }) {
  return <h1>{text}</h1>;
}

/** A page load the test finishes by hand. */
function deferredPage() {
  const loads: { resolve: (page: typeof Heading) => void; reject: (error: unknown) => void }[] = [];
  const load = vi.fn(() => new Promise<typeof Heading>((resolve, reject) => loads.push({ resolve, reject })));
  return { Page: lazyPage(load), load, loads };
}

describe('lazy pages', () => {
  it('shows a polite "Loading…" status that takes no focus, then the page', async () => {
    const { Page, loads } = deferredPage();
    render(
      <>
        <button type="button">Volunteers</button>
        <LazyPages>
          <Page text="Volunteers" />
        </LazyPages>
      </>,
    );
    screen.getByRole('button', { name: 'Volunteers' }).focus();
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading…');
    expect(screen.getByRole('button', { name: 'Volunteers' })).toBe(document.activeElement);

    await settle(() => loads[0]!.resolve(Heading));
    expect(screen.getByRole('heading', { level: 1, name: 'Volunteers' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('fetches a page’s code once, however often it is shown', async () => {
    const { Page, load, loads } = deferredPage();
    const { rerender } = render(
      <LazyPages>
        <Page text="One" />
      </LazyPages>,
    );
    await settle(() => loads[0]!.resolve(Heading));
    rerender(
      <LazyPages>
        <Page text="Two" />
      </LazyPages>,
    );
    expect(screen.getByRole('heading', { name: 'Two' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says plainly when a page could not be loaded, and "Try again" fetches it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { Page, load, loads } = deferredPage();
    render(
      <LazyPages>
        <Page text="Groups" />
      </LazyPages>,
    );
    await settle(() => loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(screen.getByRole('heading', { level: 1, name: 'This page could not be opened' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/could not load this page\. Your saved data is safe\. Try again/);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await settle(() => loads[1]!.resolve(Heading));
    expect(screen.getByRole('heading', { level: 1, name: 'Groups' })).toBeTruthy();
  });

  it('clears the failure when the coordinator moves to another page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { hook, navigate } = memoryLocation({ path: '/groups' });
    const broken = deferredPage();
    render(
      <Router hook={hook}>
        <LazyPages>
          <broken.Page text="Groups" />
        </LazyPages>
      </Router>,
    );
    await settle(() => broken.loads[0]!.reject(new Error('offline')));
    expect(screen.getByText('This page could not be opened')).toBeTruthy();
    act(() => navigate('/venues'));
    expect(screen.queryByText('This page could not be opened')).toBeNull();
    expect(broken.load).toHaveBeenCalledTimes(2);
  });

  it('keeps "Opening Peer Desk…" up while the welcome or recovery screen loads, and puts a failure in the main landmark', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { Page, loads } = deferredPage();
    render(
      <LazyPages standalone>
        <Page text="Welcome to Peer Desk" />
      </LazyPages>,
    );
    expect(screen.getByRole('status').textContent).toBe('Opening Peer Desk…');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    await settle(() => loads[0]!.reject(new Error('offline')));
    expect(screen.getByRole('main').querySelector('h1')?.textContent).toBe('This page could not be opened');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle(() => loads[1]!.resolve(Heading));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Peer Desk' })).toBeTruthy();
  });

  it('passes on any other error unchanged', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('a bug in a page');
    }
    expect(() =>
      render(
        <LazyPages>
          <Broken />
        </LazyPages>,
      ),
    ).toThrow('a bug in a page');
  });
});
