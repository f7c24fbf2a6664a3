import { useAppStatus } from '../../lib/app-status';
import { useNumberSettings } from './use-number-settings';

const KEYS = ['referralTargetDays', 'prepMinutes', 'signInBlankRows'] as const;

/** Settings → Groups & referrals: the referral wait target, preparation time and walk-in rows. */
export function GroupsAndReferralsSettings() {
  const { status, refresh } = useAppStatus();
  const { field, onSubmit, dialog } = useNumberSettings(status.settings, KEYS, refresh);
  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        {field('referralTargetDays', 'Target wait for referrals (days)', 'From receiving a referral to assessing them. New referrals use this; the usual promise is 4–5 weeks.')}
        {field('prepMinutes', 'Preparation time per session (minutes)', 'Added to each session a volunteer facilitates when counting their hours')}
        {field('signInBlankRows', 'Blank rows for walk-ins on sign-in sheets', 'At least 5')}
        <button type="submit" className="button">
          Save group settings
        </button>
      </form>
      {dialog}
    </>
  );
}
