// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { VolunteerCompliance } from '../../../../../shared/api';
import { FlashProvider } from '../../../../../renderer/components/Flash';
import { TrainingTab } from '../../../../../renderer/pages/volunteers/compliance/TrainingTab';
import { answerCalls, makeStatus, WithStatus } from '../../bridge';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

/** A volunteer with no training yet, whose roles need none: only what the tab reads. */
function openTrainingTab() {
  const view = { volunteerId: 'v-1', name: 'Rhodri Ó Súilleabháin', training: [], courseStatuses: [], trainingHoursCount: false } as Partial<VolunteerCompliance> as VolunteerCompliance;
  answerCalls(() => undefined);
  render(
    <WithStatus initial={makeStatus()}>
      <FlashProvider>
        <TrainingTab view={view} onChange={() => undefined} />
      </FlashProvider>
    </WithStatus>,
  );
}

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

describe('the Add training form', () => {
  it('counts shadowing, added or half typed, as something to ask about before Cancel throws it away', async () => {
    const user = userEvent.setup();
    openTrainingTab();
    const add = screen.getByRole('button', { name: 'Add training' });
    await user.click(add);
    let dialog = screen.getByRole('dialog', { name: 'Add training' });

    // Hours typed for a shadowing session not yet added.
    await user.type(within(dialog).getByLabelText('Hours shadowing'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));

    // Added to the list: the boxes empty again, but the session is still unsaved work.
    await user.type(within(dialog).getByLabelText('Who or where (optional)'), 'With Siân at the Tuesday group');
    await user.click(within(dialog).getByRole('button', { name: 'Add shadowing session' }));
    expect(within(dialog).getByLabelText<HTMLInputElement>('Hours shadowing').value).toBe('');
    expect(dialog.textContent).toContain('With Siân at the Tuesday group');
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(add);

    // Nothing typed: it closes at once.
    await user.click(add);
    dialog = screen.getByRole('dialog', { name: 'Add training' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
