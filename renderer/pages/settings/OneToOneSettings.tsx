import { useContext } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api } from '../../lib/api';
import { AppStatusContext } from '../../lib/app-status';
import { useLoad } from '../../lib/use-load';
import { useNumberSettings } from './use-number-settings';

/**
 * Settings → Programme kinds, under the kinds: the travel time counted with each one-to-one
 * session (beside "Counts for hours", where a coordinator deciding what 1-1 work is worth
 * looks) and the days without a session before a programme shows as "no contact".
 */
export function OneToOneSettings() {
  const settings = useLoad(() => api.settings.get(), []);
  return (
    <section aria-labelledby="one-to-one-settings-title">
      <h3 id="one-to-one-settings-title">Hours and contact</h3>
      <ErrorNotice message={settings.error} />
      {settings.data ? <OneToOneForm settings={settings.data} /> : settings.error ? null : <p role="status">Loading…</p>}
    </section>
  );
}

const KEYS = ['oneToOneTravelMinutes', 'noContactDays'] as const;

function OneToOneForm({ settings }: { settings: Settings }) {
  // The app's copy of Settings, kept in step when there is one (component tests render without it).
  const appStatus = useContext(AppStatusContext);
  const { field, onSubmit, dialog } = useNumberSettings(settings, KEYS, async () => {
    await appStatus?.refresh();
  });
  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        {field(
          'oneToOneTravelMinutes',
          'Travel time added to each one-to-one session (minutes)',
          "Added to the volunteer's hours for each attended session of a kind that counts for hours, as preparation time is for groups. 0 adds none.",
        )}
        {field('noContactDays', 'Days without a session before "no contact"', 'Open programmes this long since the last session show under "No contact" on the Programmes page and on Home. Usually 21.')}
        <button type="submit" className="button">
          Save hours and contact
        </button>
      </form>
      {dialog}
    </>
  );
}
