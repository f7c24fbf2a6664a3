// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Venue } from '../../../../../shared/domain/venues';
import { VenueFormPage } from '../../../../../renderer/pages/venues/VenueFormPage';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const VENUE: Venue = {
  id: 'venue-1',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  name: 'Canolfan Gymunedol Llanfair',
  address: { line1: '1 Stryd Fawr', town: 'Llanfair', postcode: 'LL55 4RE' },
  access: { stepFree: 'yes', hearingLoop: 'no', accessibleToilet: 'yes', parking: 'unknown' },
  contact: {},
};

describe('deleting a venue', () => {
  it('asks first: Cancel and Escape delete nothing and give focus back to Delete venue; confirming deletes', async () => {
    const user = userEvent.setup();
    const { calls, location } = renderAt('/venues/venue-1/edit', { '/venues/:id/edit': <VenueFormPage />, '/venues': <h1>Venues</h1> }, (call) => {
      if (call === 'venues.get') return VENUE;
      if (call === 'venues.delete') return { deleted: true };
      return undefined;
    });
    await screen.findByDisplayValue('Canolfan Gymunedol Llanfair');
    const remove = screen.getByRole('button', { name: 'Delete venue' });

    await user.click(remove);
    let dialog = screen.getByRole('dialog', { name: 'Delete this venue?' });
    expect(dialog.textContent).toContain('Groups that meet here must move first');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);

    await user.keyboard('{Enter}');
    dialog = screen.getByRole('dialog', { name: 'Delete this venue?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(pressEscapeIn(dialog)).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(callsTo(calls, 'venues.delete')).toEqual([]);
    expect(location.history.at(-1)).toBe('/venues/venue-1/edit');

    await user.click(remove);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete venue' }));
    await screen.findByRole('heading', { level: 1, name: 'Venues' });
    expect(callsTo(calls, 'venues.delete')).toEqual([{ id: 'venue-1' }]);
    expect(screen.getByRole('status').textContent).toContain('Venue deleted');
  });
});

describe('leaving the venue form', () => {
  it('asks before Cancel discards a change, and leaves an untouched form at once', async () => {
    const user = userEvent.setup();
    const { location } = renderAt('/venues/venue-1/edit', { '/venues/:id/edit': <VenueFormPage />, '/venues': <h1>Venues</h1> }, (call) =>
      call === 'venues.get' ? VENUE : undefined,
    );
    const name = await screen.findByDisplayValue('Canolfan Gymunedol Llanfair');
    await user.type(name, ' a’r Ardd');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    const dialog = screen.getByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(document.activeElement).toBe(cancel);
    expect((name as HTMLInputElement).value).toBe('Canolfan Gymunedol Llanfair a’r Ardd');
    expect(location.history.at(-1)).toBe('/venues/venue-1/edit');

    await user.click(cancel);
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Venues' });
  });

  it('leaves without asking when nothing was changed', async () => {
    const user = userEvent.setup();
    renderAt('/venues/venue-1/edit', { '/venues/:id/edit': <VenueFormPage />, '/venues': <h1>Venues</h1> }, (call) => (call === 'venues.get' ? VENUE : undefined));
    await screen.findByDisplayValue('Canolfan Gymunedol Llanfair');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'Venues' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
