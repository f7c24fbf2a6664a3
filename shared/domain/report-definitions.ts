import { formatUkDate } from '../dates';
import type { ReferralScope } from './grants';
import { CORE10_CUT_OFF, CORE10_RELIABLE_CHANGE, ONS4_CHANGE, SWEMWBS_MEANINGFUL_CHANGE, UCLA3_CHANGE } from './outcome-measures';

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
  /** When the grant funds kinds of one-to-one programme: whether it funds groups too, and the travel time in Settings. */
  oneToOne?: { groups: boolean; travelMinutes: number };
  /** When the report has outcome figures: the ids of the measures in it. */
  outcomes?: readonly string[];
}

export function reportDefinitions(o: DefinitionOptions): Definition[] {
  const one = o.oneToOne;
  // A grant for programmes only has no group figures to define.
  const groups = !one || one.groups;
  const referralWho =
    o.referralScope === 'all'
      ? 'every referral the organisation received'
      : `referrals of people who were placed in one of the funded groups, are on its roster, or came to it at least once${one ? ', and of people accepted into, or supported in, a programme of a kind the grant funds' : ''}`;
  const groupHours = `For each session held, its length from start to end time for each volunteer marked as facilitating, ${o.prepMinutes > 0 ? `plus ${o.prepMinutes} minutes of preparation each (the preparation time set in Settings)` : 'with no preparation time added (as set in Settings)'}.`;
  const oneToOneHours = one
    ? `For each one-to-one session attended in a programme of a funded kind that counts for volunteer hours, its length for the volunteer who met the person, ${one.travelMinutes > 0 ? `plus ${one.travelMinutes} minutes of travel (the travel time set in Settings)` : 'with no travel time added (as set in Settings)'}. Missed and cancelled sessions give no hours.`
    : undefined;

  const sessionsHeld: Definition = {
    figure: 'Sessions held',
    how: 'Meetings of the funded groups in the period whose register was taken. Cancelled meetings are not counted (their number is noted), and nor are meetings whose register has not been keyed in yet. Meetings not recorded on Peer Desk (before a group’s registers started there, or marked as not recorded) are not counted either, and their number is noted apart from the cancellations.',
  };
  const attendances: Definition = {
    figure: 'Attendances',
    how: 'Every time someone came to a session held: group members marked present, named walk-ins, and people counted on the day but not named (a head count, for example at a drop-in). A person who came to ten sessions is ten attendances.',
  };
  const peopleSupported: Definition = {
    figure: 'People supported',
    how: !one
      ? 'Different named people who came to at least one session held in the period, each counted once however often they came. People counted but not named cannot be told apart, so they are in attendances but not here.'
      : one.groups
        ? 'Different named people who came to at least one session of a funded group held in the period, or to at least one one-to-one session of a funded kind in the period: each counted once, however often they came and whether they came to a group, one to one or both. People counted at a group but not named cannot be told apart, so they are in attendances but not here.'
        : 'Different people who came to at least one one-to-one session of a funded kind in the period, each counted once however often they came.',
  };
  const averageAttendance: Definition = { figure: 'Average attendance per session', how: 'Attendances divided by sessions held, to one decimal place.' };
  const activeVolunteers: Definition = {
    figure: 'Active volunteers',
    how: !one
      ? 'Different volunteers who gave time to the funded groups in the period: at present, those marked as facilitating a session held.'
      : `Different volunteers who gave time to the funded work in the period: ${one.groups ? 'those marked as facilitating a session of a funded group held, and ' : ''}those who met a person one to one in a programme of a funded kind that counts for volunteer hours.`,
  };
  return [
    ...(groups ? [sessionsHeld, attendances] : []),
    peopleSupported,
    {
      figure: 'New people',
      how: 'People supported whose first contact with the organisation was in the period. First contact is the earliest of: the first session they came to (any group or one-to-one programme, not only the funded ones), the date a referral for them was received, and the date they joined as recorded on their member record.',
    },
    {
      figure: 'Returning people',
      how: 'People supported whose first contact was before the period began. This includes people who left and came back (“okay to leave, okay to come back”). Every person supported is either new or returning.',
    },
    ...(groups ? [averageAttendance] : []),
    {
      figure: 'Referrals received',
      how: `Referrals received in the period: ${referralWho}. By source, as recorded on the referral.`,
    },
    {
      figure: 'Median days from referral to assessment',
      how: 'For referrals counted above that were assessed in the period: the days from receiving the referral to the assessment, middle value. Half waited less and half longer.',
    },
    activeVolunteers,
    {
      figure: 'Volunteer hours',
      how: `${[groups ? groupHours : undefined, oneToOneHours].filter(Boolean).join(' ')} Shown to one decimal place.`,
    },
    {
      figure: 'Value of volunteer time',
      how: `Volunteer hours multiplied by the ${o.rateName}, using the rate in effect on the day each hour was given (the rates table is in Settings). This is what the time would have cost at that wage; it is not money spent.`,
    },
    ...(one ? oneToOneDefinitions() : []),
    ...(o.outcomes ? outcomeDefinitions(o.outcomes) : []),
    {
      figure: 'Targets and grant to date',
      how: `Targets are for the whole grant. “Grant to date” counts from the first day of the grant to the last day of this period, with people counted once across the whole span; the percentage is grant to date as a share of the target.${one ? ' A target for sessions counts one-to-one sessions delivered as well as group sessions held.' : ''}`,
    },
    {
      figure: 'Charts',
      how: `Drawn from the same figures. ${groups ? 'Attendances by month: attendances at sessions held in each month. ' : ''}${one ? 'One-to-one sessions by month: sessions delivered in each month. ' : ''}New people by month: each new person once, in the month they first came in the period. Referrals by source: referrals received in the period.`,
    },
    {
      figure: 'Age',
      how: `Age on ${formatUkDate(o.ageOn)}, the last day of the period, from the date of birth on the member record. “Not known”: no date of birth recorded, or the person’s details were erased at their request.`,
    },
    {
      figure: 'Sex, ethnic group, disability',
      how: 'As answered on the optional equality monitoring questions. Disability: whether a health problem or disability limits their day-to-day activities. Ethnic groups are the 2021 Census groups for England and Wales, under their five headings. “Prefer not to say”: the person chose not to answer. “Not known”: the question was not answered or not asked, or the person’s details were erased at their request (they are still counted in every other figure).',
    },
    {
      figure: 'Small numbers',
      how: o.suppress ? smallNumbersText(one !== undefined, o.outcomes !== undefined) : 'All counts are shown in full (hiding counts under 5 is switched off in Settings).',
    },
  ];
}

/**
 * What is hidden with suppression on. The people tables hide only their small counts
 * (report-suppression.ts); the outcome figures hide a second count beside a lone "<5"
 * (complementary-suppression.ts). The appendix says both, so neither is promised more than it does.
 */
function smallNumbersText(oneToOne: boolean, outcomes: boolean): string {
  const tables = `the tables of people by age, sex, ethnic group and disability${oneToOne ? ', and of how one-to-one programmes ended and where people were referred on to' : ''}`;
  const parts = [
    `In ${tables}${outcomes ? ', and in the outcome measures,' : ''} a count from 1 to 4 is shown as “<5” (and its percentage left out) so that nobody can be identified.`,
    `${outcomes ? 'Apart from the outcome measures, only' : 'Only'} the counts under 5 are hidden, so that the rest of each table stays useful: where a table has a single “<5”, it could be worked out from the table’s total.`,
  ];
  if (outcomes) {
    parts.push(
      'In the outcome measures, which say how people’s wellbeing changed, a second figure is hidden when the first could be worked out from the total: where improved, no reliable change and worse have a single “<5” among them, the smallest of the other two (even a 0) is “Not shown” too; and clinically and reliably improved is “Not shown” when the people who did not improve that way number 1 to 4.',
      'Averages of fewer than 5 people’s scores are not shown.',
    );
  }
  parts.push('Other figures are shown in full.');
  return parts.join(' ');
}

/** How each figure of the one-to-one section is counted. */
function oneToOneDefinitions(): Definition[] {
  return [
    {
      figure: 'People supported one to one',
      how: 'Different people who came to at least one one-to-one session in the period, in a programme of a kind the grant funds, each counted once however many sessions or programmes they had. They are among the people supported above, and in the tables of who we supported.',
    },
    {
      figure: 'New to one-to-one support',
      how: 'People supported one to one whose first session ever, in any programme of a funded kind, was in the period. Someone back for a second programme is not new.',
    },
    {
      figure: 'One-to-one sessions delivered',
      how: 'Sessions in the period that the person came to, by how they met: in person, phone, video, home visit, ward visit, or out and about. Sessions the person did not attend, and sessions cancelled by them or by the volunteer, are counted apart and not as delivered.',
    },
    {
      figure: 'Average sessions per person',
      how: 'One-to-one sessions delivered divided by people supported one to one, to one decimal place.',
    },
    {
      figure: 'Programmes ended',
      how: 'Programmes of a funded kind ended in the period, by how they ended: completed, or stopped early (the member’s choice, lost contact, moved away, or needing more support than peer support). A programme reopened after it ended is not counted as ended unless it is ended again.',
    },
    {
      figure: 'Onward referrals',
      how: 'Where people were referred on to when a programme ended in the period, each place once per programme. Places typed in rather than chosen from the list are counted as Other, and their names are not printed.',
    },
    {
      figure: 'Goals set and goals achieved',
      how: 'Goals in the members’ own words, set in the period in a programme of a funded kind; and goals whose first review marking them achieved is dated in the period (a goal is achieved once, however often it is reviewed again).',
    },
    {
      figure: 'Wait from referral to first session',
      how: 'For programmes started from a referral whose first attended session was in the period: the days from receiving the referral to that session. The median is the middle value (half waited less and half longer); the longest is the longest of them.',
    },
    {
      figure: 'Volunteer hours on one-to-one work',
      how: 'The one-to-one part of the volunteer hours: attended sessions’ lengths and the travel time added to each, valued at the same rate as the rest.',
    },
  ];
}

/** How the outcome figures are counted: the pair, the averages, and each measure's rule for a change. */
function outcomeDefinitions(measureIds: readonly string[]): Definition[] {
  const has = (id: string) => measureIds.includes(id);
  const rules = [
    has('swemwbs') ? `SWEMWBS: metric scores (Warwick’s conversion table), improved or worse when the metric score moves by ${SWEMWBS_MEANINGFUL_CHANGE} or more.` : '',
    has('core-10')
      ? `CORE-10: clinical scores (0 to 40, lower is better; one missing answer is filled in from the rest), improved or worse when the score moves by ${CORE10_RELIABLE_CHANGE} or more. Clinically and reliably improved: a before of ${CORE10_CUT_OFF} or more, an after below ${CORE10_CUT_OFF}, and a fall of ${CORE10_RELIABLE_CHANGE} or more; counted out of the people whose before was ${CORE10_CUT_OFF} or more.`
      : '',
    has('ucla-3') ? `UCLA 3-item loneliness: total scores (3 to 9, lower is better), improved or worse when the total moves by ${UCLA3_CHANGE} or more (there is no published reliable change for a person).` : '',
    has('ons4')
      ? `ONS4: each question on its own (0 to 10; for anxiety lower is better), improved or worse when the answer moves by ${ONS4_CHANGE} or more; each question counts the people who answered it both times.`
      : '',
    measureIds.some((id) => !['swemwbs', 'core-10', 'ucla-3', 'ons4'].includes(id)) ? 'Custom scales: total scores, improved or worse by the number of points set for the scale in Settings.' : '',
  ].filter((r) => r !== '');
  return [
    {
      figure: 'Outcomes: before and after',
      how: 'For each questionnaire filled in by people the grant reaches (on a funded group’s roster, at one of its sessions, or in a programme of a funded kind). A person’s before is their first completion of that questionnaire in the programme or group it was given in (or their first at all, for completions not given in one); their after is their last completion in the period, on a later date than the before. The before can be from before the period. Completions given in a group or programme the grant does not fund are left out, and so are forms with too many answers missing to be scored. When a person’s details are erased at their request, their answers are deleted and the score of each form is kept without them, so past figures do not change. A person with a before and an after in two programmes counts once, with the pair whose after is latest.',
    },
    {
      figure: 'Outcomes: averages and change',
      how: `The averages are the mean of the befores and of the afters, to one decimal place (SWEMWBS metric scores to two, as the published conversion table gives them); n is the number of people each figure is worked out from. Improved, no reliable change and worse compare each person’s after with their own before. ${rules.join(' ')}`,
    },
  ];
}
