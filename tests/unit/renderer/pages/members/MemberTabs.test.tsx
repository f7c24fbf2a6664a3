// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Link } from 'wouter';
import type { Member } from '../../../../../shared/domain/members';
import { ConsentsTab } from '../../../../../renderer/pages/people/ConsentsTab';
import { api } from '../../../../../renderer/lib/api';
import { EqualityTab } from '../../../../../renderer/pages/members/EqualityTab';
import { makeMember } from '../../../../factories/members';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

describe('the Equality tab', () => {
  it('asks before a link leaves answers not yet saved; once saved, the link just goes', async () => {
    const user = userEvent.setup();
    const member = makeMember({ id: 'mem-eq', firstName: 'Adaeze', lastName: 'Okafor' });
    const onSaved = vi.fn();
    const { calls, location } = renderAt(
      '/members/mem-eq',
      {
        '/members/:id': (
          <>
            <Link href="/members">Back to members</Link>
            <EqualityTab member={member} onSaved={onSaved} />
          </>
        ),
        '/members': <h1>Members</h1>,
      },
      (name, input) => (name === 'members.saveEquality' ? { ...member, equality: (input as { equality: Member['equality'] }).equality } : undefined),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sex' }), 'Female');
    const back = screen.getByRole('link', { name: 'Back to members' });
    await user.click(back);
    await user.click(within(discard()).getByRole('button', { name: 'Stay on this page' }));
    expect(location.history.at(-1)).toBe('/members/mem-eq');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sex' }).value).toBe('female');

    await user.click(screen.getByRole('button', { name: 'Save equality answers' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(calls, 'members.saveEquality')).toMatchObject([{ id: 'mem-eq', equality: { sex: 'female' } }]);
    await user.click(back);
    await screen.findByRole('heading', { level: 1, name: 'Members' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('withdrawing a consent (a dated step in a dialog)', () => {
  it('asks before Escape throws away a changed date; untouched, it closes at once', async () => {
    const user = userEvent.setup();
    const member = makeMember({ id: 'mem-c', consents: [{ id: 'c-1', what: 'Photos in the newsletter', date: '2026-02-01', how: 'verbal' }] });
    renderAt('/m', { '/m': <ConsentsTab person={member} area={api.members} onSaved={() => undefined} /> }, () => undefined);
    const withdraw = screen.getByRole('button', { name: 'Withdraw (Photos in the newsletter)' });

    await user.click(withdraw);
    expect(pressEscapeIn(screen.getByRole('dialog', { name: 'Withdraw consent' }))).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(withdraw);
    const dialog = screen.getByRole('dialog', { name: 'Withdraw consent' });
    const date = within(dialog).getByLabelText('Date they withdrew it');
    await user.clear(date);
    await user.type(date, '03/03/2026');
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    expect((date as HTMLInputElement).value).toBe('03/03/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(withdraw);
  });
});
