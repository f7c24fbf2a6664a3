// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RetentionSettings } from '../../../../../renderer/pages/settings/RetentionSettings';
import { makeStatus, WithStatus } from '../../bridge';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function open(retentionMonths = { 'people-left': 72, 'referrals-closed': 24, 'dbs-numbers': 6, 'supervision-notes': 72 }) {
  return renderAt(
    '/settings/retention',
    {
      '/settings/retention': (
        <WithStatus initial={makeStatus({ settings: { ...makeStatus().settings, retentionMonths } })}>
          <RetentionSettings />
        </WithStatus>
      ),
    },
    () => undefined,
  );
}

const amount = (what: string) => screen.getByLabelText<HTMLInputElement>(`Keep ${what} for`);
const unit = (what: string) => screen.getByLabelText<HTMLSelectElement>(`Years or months for ${what}`);

describe('Settings → Retention', () => {
  it('shows each period in whole years where it is, with the usual period and why', () => {
    open({ 'people-left': 72, 'referrals-closed': 24, 'dbs-numbers': 6, 'supervision-notes': 18 });
    expect([amount('DBS certificate numbers').value, unit('DBS certificate numbers').value]).toEqual(['6', 'months']);
    expect([amount('records of members and volunteers who have left').value, unit('records of members and volunteers who have left').value]).toEqual(['6', 'years']);
    expect([amount('private notes from volunteer supervision').value, unit('private notes from volunteer supervision').value]).toEqual(['18', 'months']);
    expect(screen.getByRole('group', { name: 'DBS certificate numbers' }).textContent).toContain('Usually 6 months after the decision about the check. The Disclosure and Barring Service asks');
  });

  it('saves every period in months, 3 years as 36', async () => {
    const user = userEvent.setup();
    const { calls } = open();
    await user.clear(amount('referrals that were declined or withdrawn'));
    await user.type(amount('referrals that were declined or withdrawn'), '3');
    await user.click(screen.getByRole('button', { name: 'Save retention periods' }));
    await screen.findByText('Retention periods saved');
    expect(callsTo(calls, 'settings.update')).toEqual([{ retentionMonths: { 'people-left': 72, 'referrals-closed': 36, 'dbs-numbers': 6, 'supervision-notes': 72 } }]);
  });

  it('asks for a whole number in plain words, and saves nothing', async () => {
    const user = userEvent.setup();
    const { calls } = open();
    await user.clear(amount('DBS certificate numbers'));
    await user.type(amount('DBS certificate numbers'), '1.5');
    await user.click(screen.getByRole('button', { name: 'Save retention periods' }));
    expect(screen.getByText('Enter a whole number of months, like 18')).toBeTruthy();
    expect(callsTo(calls, 'settings.update')).toEqual([]);
  });
});
