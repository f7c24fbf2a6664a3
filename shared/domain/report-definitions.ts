import { formatUkDate } from '../dates';
import type { ReferralScope } from './grants';

/**
 * How each figure is counted, in words a funder can check: printed as the report's appendix,
 * shown under the figures on screen, and written beside each figure in the CSV.
 */

export interface Definition {
  figure: string;
  how: string;
}

export interface DefinitionOptions {
  referralScope: ReferralScope;
  prepMinutes: number;
  rateName: string;
  suppress: boolean;
  ageOn: string;
}

export function reportDefinitions(o: DefinitionOptions): Definition[] {
  const referralWho =
    o.referralScope === 'all'
      ? 'every referral the organisation received'
      : 'referrals of people who were placed in one of the funded groups, are on its roster, or came to it at least once';
  return [
    {
      figure: 'Sessions held',
      how: 'Meetings of the funded groups in the period whose register was taken. Cancelled meetings are not counted (their number is noted), and nor are meetings whose register has not been keyed in yet. Meetings not recorded on Peer Desk (before a group’s registers started there, or marked as not recorded) are not counted either, and their number is noted apart from the cancellations.',
    },
    {
      figure: 'Attendances',
      how: 'Every time someone came to a session held: group members marked present, named walk-ins, and people counted on the day but not named (a head count, for example at a drop-in). A person who came to ten sessions is ten attendances.',
    },
    {
      figure: 'People supported',
      how: 'Different named people who came to at least one session held in the period, each counted once however often they came. People counted but not named cannot be told apart, so they are in attendances but not here.',
    },
    {
      figure: 'New people',
      how: 'People supported whose first contact with the organisation was in the period. First contact is the earliest of: the first session they came to (any group, not only the funded ones), the date a referral for them was received, and the date they joined as recorded on their member record.',
    },
    {
      figure: 'Returning people',
      how: 'People supported whose first contact was before the period began. This includes people who left and came back (“okay to leave, okay to come back”). Every person supported is either new or returning.',
    },
    {
      figure: 'Average attendance per session',
      how: 'Attendances divided by sessions held, to one decimal place.',
    },
    {
      figure: 'Referrals received',
      how: `Referrals received in the period: ${referralWho}. By source, as recorded on the referral.`,
    },
    {
      figure: 'Median days from referral to assessment',
      how: 'For referrals counted above that were assessed in the period: the days from receiving the referral to the assessment, middle value. Half waited less and half longer.',
    },
    {
      figure: 'Active volunteers',
      how: 'Different volunteers who gave time to the funded groups in the period: at present, those marked as facilitating a session held.',
    },
    {
      figure: 'Volunteer hours',
      how: `For each session held, its length from start to end time for each volunteer marked as facilitating, ${o.prepMinutes > 0 ? `plus ${o.prepMinutes} minutes of preparation each (the preparation time set in Settings)` : 'with no preparation time added (as set in Settings)'}. Shown to one decimal place.`,
    },
    {
      figure: 'Value of volunteer time',
      how: `Volunteer hours multiplied by the ${o.rateName}, using the rate in effect on the day each hour was given (the rates table is in Settings). This is what the time would have cost at that wage; it is not money spent.`,
    },
    {
      figure: 'Targets and grant to date',
      how: 'Targets are for the whole grant. “Grant to date” counts from the first day of the grant to the last day of this period, with people counted once across the whole span; the percentage is grant to date as a share of the target.',
    },
    {
      figure: 'Charts',
      how: 'Drawn from the same figures. Attendances by month: attendances at sessions held in each month. New people by month: each new person once, in the month they first came in the period. Referrals by source: referrals received in the period.',
    },
    {
      figure: 'Age',
      how: `Age on ${formatUkDate(o.ageOn)}, the last day of the period, from the date of birth on the member record. “Not known”: no date of birth recorded.`,
    },
    {
      figure: 'Sex, ethnic group, disability',
      how: 'As answered on the optional equality monitoring questions. Disability: whether a health problem or disability limits their day-to-day activities. Ethnic groups are the 2021 Census groups for England and Wales, under their five headings. “Prefer not to say”: the person chose not to answer. “Not known”: the question was not answered or not asked.',
    },
    {
      figure: 'Small numbers',
      how: o.suppress
        ? 'In the tables of people by age, sex, ethnic group and disability, a count from 1 to 4 is shown as “<5” (and its percentage left out) so that nobody can be identified. Other figures are shown in full.'
        : 'All counts are shown in full (hiding counts under 5 is switched off in Settings).',
    },
  ];
}
