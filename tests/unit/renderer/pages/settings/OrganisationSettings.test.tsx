// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganisationSettings } from '../../../../../renderer/pages/settings/OrganisationSettings';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/domain/settings';
import { makeStatus, WithStatus } from '../../bridge';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function open(settings: Partial<Settings>) {
  return renderAt(
    '/settings/organisation',
    {
      '/settings/:section': (
        <WithStatus initial={makeStatus({ settings: { ...DEFAULT_SETTINGS, ...settings } })}>
          <OrganisationSettings />
        </WithStatus>
      ),
    },
    (name, input) => {
      if (name === 'settings.update') return { ...DEFAULT_SETTINGS, ...(input as object) };
      if (name === 'settings.printPrivacyNotice') return { filename: 'privacy-notice.pdf', mimeType: 'application/pdf', base64: '' };
      return undefined;
    },
  );
}

describe('Settings → Organisation', () => {
  it('saves how people reach the organisation, for the privacy notice', async () => {
    const user = userEvent.setup();
    const { calls } = open({ organisationName: 'Grŵp Cymorth' });
    await user.type(screen.getByLabelText('Address'), 'Tŷ Cymorth{Enter}12 Heol y Felin{Enter}CF47 8UB');
    await user.type(screen.getByLabelText('Phone'), '01685 496 000');
    await user.type(screen.getByLabelText('Email'), 'hello@example.org');
    await user.type(screen.getByLabelText('Data protection contact'), 'Siân Llŷr, Data Protection Lead');
    await user.type(screen.getByLabelText('ICO registration number'), 'za123456');
    expect(screen.getByText('Save the settings first: the notice is printed from the saved details.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await vi.waitFor(() => expect(callsTo(calls, 'settings.update')).toHaveLength(1));
    expect(callsTo(calls, 'settings.update')[0]).toEqual({
      organisationName: 'Grŵp Cymorth',
      yourName: '',
      organisationAddress: 'Tŷ Cymorth\n12 Heol y Felin\nCF47 8UB',
      organisationPhone: '01685 496 000',
      organisationEmail: 'hello@example.org',
      dataProtectionContact: 'Siân Llŷr, Data Protection Lead',
      icoRegistration: 'za123456',
    });
  });

  it('says what the notice will lack, and prints it in standard or large print', async () => {
    const user = userEvent.setup();
    const { calls } = open({ organisationName: 'Grŵp Cymorth', organisationEmail: 'hello@example.org' });
    expect(screen.getByText(/The notice will be missing/).closest('p')?.textContent).toBe(
      'The notice will be missing: Address, Data protection contact. Fill them in above and save first.',
    );
    await user.click(screen.getByRole('button', { name: 'Print privacy notice' }));
    await user.click(screen.getByRole('button', { name: 'Print privacy notice in large print' }));
    expect(callsTo(calls, 'settings.printPrivacyNotice')).toEqual([{ size: 'standard' }, { size: 'large' }]);
  });
});
