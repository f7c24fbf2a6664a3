import type { SessionMode } from '../../shared/domain/programmes';
import type { DemoArea } from './places';

/**
 * What coordinators and volunteers write in one-to-one programmes, for the sample data:
 * goals in the member's own words with their small steps, session notes, the reasons a
 * volunteer changed or a programme was extended, and members' matching preferences. None of
 * it names anyone, so a line fits whoever it is given to.
 */

export interface GoalWords {
  text: string;
  steps: readonly string[];
}

export const GOALS: readonly GoalWords[] = [
  { text: 'Get out of the house at least twice a week', steps: ['Walk to the corner shop and back', 'Go to the park on a dry day', 'Get the bus into town once'] },
  { text: 'Feel confident enough to go to a group on my own', steps: ['Go to a group with my volunteer', 'Find out which bus gets there', 'Go on my own and text my volunteer after'] },
  { text: 'Sort out my sleep so I am not awake all night', steps: ['Same bedtime every night for a week', 'No phone after 10pm', 'Try the breathing exercise when I wake up'] },
  { text: 'Phone my sister once a week', steps: ['Write down what I want to say', 'Ring on Sunday afternoons'] },
  { text: 'Go back to swimming', steps: ['Find out the quiet times at the leisure centre', 'Buy a new costume', 'Go once with my volunteer'] },
  { text: 'Cook a proper meal three times a week', steps: ['Plan three meals on Sunday', 'Do one big shop instead of lots of small ones', 'Try one new recipe'] },
  { text: 'Look into volunteering myself', steps: ['Talk to the volunteer coordinator', 'Fill in the form', 'Go to a taster session'] },
  { text: 'Stop letting the post pile up', steps: ['Open the post every Monday', 'Ring about the council tax letter', 'Ask Citizens Advice about the benefits form'] },
  { text: 'Manage my anxiety on the bus', steps: ['Practise the grounding exercise at home', 'Short trip of two stops', 'Ride into town and back'] },
  { text: 'Get back into reading', steps: ['Join the library', 'Read ten minutes before bed', 'Go to the library reading group'] },
  { text: 'Be able to say no to people without feeling guilty', steps: ['Notice when I say yes and mean no', 'Practise with my volunteer', 'Say no once this fortnight'] },
  { text: 'Go to my GP appointments and say what I need to', steps: ['Write my questions down before', 'Take the list with me', 'Ask about changing my tablets'] },
  { text: 'Have a routine for the mornings', steps: ['Get up by nine', 'Breakfast before anything else', 'Get dressed even on bad days'] },
  { text: 'Start walking for my mood', steps: ['Ten-minute walk three times a week', 'Try the Tuesday walking group', 'Walk to the shops instead of the bus'] },
  { text: 'Feel less lonely at weekends', steps: ['List things on at weekends near me', 'Go to one of them', 'Swap numbers with someone from the group'] },
  { text: 'Get my garden back under control', steps: ['Clear one bed', 'Ask about the community garden tools', 'Plant something for the spring'] },
  { text: 'Learn to use video calls to see my grandchildren', steps: ['Set up the tablet', 'Practise a call with my volunteer', 'Call the family on Sunday'] },
  { text: 'Think about what work I might do', steps: ['Write down what I am good at', 'Look at the Recovery College courses', 'Talk to the work coach'] },
  { text: 'Spend less time on my own in the flat', steps: ['Sit in the café for half an hour', 'Go to the library twice a week'] },
  { text: 'Understand my triggers and plan for bad days', steps: ['Keep a mood diary for two weeks', 'Write a plan for bad days with my volunteer', 'Share the plan with my daughter'] },
  { text: 'Get to my hospital appointments on my own by the spring', steps: ['Learn the bus route with my buddy', 'Do the journey with my buddy following', 'Go on my own and ring when I get there'] },
];

export const REVIEW_COMMENTS: Readonly<Record<'not-started' | 'some-progress' | 'mostly-there' | 'achieved', readonly string[]>> = {
  'not-started': ['Not been well enough to start yet.', 'Had a difficult few weeks; we agreed to keep it.', 'Wants to keep this one but start smaller.'],
  'some-progress': ['Managed the first step twice.', 'Did it once, then a bad week.', 'Getting there slowly.', 'Tried it with support; wants to try alone next.'],
  'mostly-there': ['Doing it most weeks now.', 'Only missed once this month.', 'Nearly there; one step left.', 'Much more confident than at the start.'],
  achieved: ['Done, and says it feels normal now.', 'Did it on their own and was proud of it.', 'Achieved; wants a new goal.', 'Achieved before the target date.'],
};

/** Notes on attended sessions: what was talked about, never who. Any way of meeting. */
export const ATTENDED_NOTES: readonly string[] = [
  'Talked through the week; practised the breathing exercise.',
  'Looked at the steps for the first goal; agreed the next one.',
  'Quieter today; we kept it short and planned the next session.',
  'Reviewed the mood diary together.',
  'Talked about the benefits letter; signposted to Citizens Advice.',
  'Good session. Lots of laughing about the gardening disaster.',
  'Practised what to say at the GP appointment.',
  'Talked about the group and what to expect there.',
  'Planned for the bank holiday weekend, which is a hard time.',
];

/** Notes that only fit one way of meeting. */
export const ATTENDED_NOTES_BY_MODE: Readonly<Partial<Record<SessionMode, readonly string[]>>> = {
  'in-person': ['Met as planned; stayed the whole hour.', 'Met in person; talked about the week ahead.'],
  'home-visit': ['Cup of tea at home; talked about getting out more.', 'Home visit; looked at the letters together.'],
  'ward-visit': ['Visited on the ward; talked about going home.', 'Ward visit; talked about what helps on a bad day.'],
  'out-and-about': ['Walked round the park and talked about the goals.', 'Tried the bus route together; managed both ways.'],
  phone: ['Phone call; sounded brighter than last week.', 'Short call; agreed to meet in person next time.'],
  video: ['Video call worked well this time.', 'Video call; the sound kept dropping but we managed.'],
};

export const TRAVEL_NOTES: readonly string[] = [
  'Went with them to the hospital outpatients and waited.',
  'Bus to the dentist and back; calm all the way.',
  'Taxi there, bus back. Long wait at the clinic.',
  'Went to the benefits assessment together.',
  'Walked to the surgery; they did the talking.',
  'Trip to the opticians; stopped for a cup of tea after.',
];

export const CANCELLED_BY_MEMBER_NOTES: readonly string[] = ['Member unwell; rearranged for next week.', 'Member had a hospital appointment.', 'Family visiting; asked to move it.', 'Texted to say not up to it today.'];
export const CANCELLED_BY_VOLUNTEER_NOTES: readonly string[] = ['Volunteer unwell.', 'Volunteer on holiday; agreed in advance.', 'Volunteer had a family emergency.'];
export const DID_NOT_ATTEND_NOTES: readonly string[] = ['Texted and rang, no answer.', 'Rang twice; no reply. Will try again next week.'];
export const DID_NOT_ATTEND_NOTES_BY_MODE: Readonly<Partial<Record<SessionMode, readonly string[]>>> = {
  'in-person': ['Did not come to the meeting place; left a message.'],
  'home-visit': ['No answer at the door; left a card.'],
  'out-and-about': ['Not at the meeting point; waited twenty minutes.'],
  video: ['Did not join the call; sent a text.'],
};

/** Private notes: for the coordinator's eyes only, never printed, exported or audited. */
export const PRIVATE_NOTES: readonly string[] = [
  'Mentioned money worries again; check in about the food bank.',
  'Said things at home are difficult. Follow up at supervision.',
  'Talked about a past hospital stay; was upset after. Keep an eye.',
  'Asked for the crisis line number; gave the card.',
  'Worried about a neighbour; nothing to act on now.',
  'Drinking more since the bereavement, by their own account.',
];

export const CHANGE_REASONS: readonly string[] = [
  'The member asked for someone closer to home',
  'The volunteer’s working hours changed',
  'They did not get on; both agreed to a change',
  'A better match for language came free',
  'The volunteer moved to another role',
];
export const LEFT_REASON = 'The volunteer stopped volunteering with us';
export const BREAK_REASON = 'The volunteer is taking a break';

export const EXTENSION_REASONS: readonly string[] = [
  'Wants a few more sessions to finish the goal about getting back to work',
  'Missed several weeks in hospital; agreed more at the review',
  'Agreed at the review: more sessions to help with the move to a group',
  'Making good progress; a few more to finish the plan',
];

export const ENDING_NOTES: Readonly<Record<'completed' | 'member-choice' | 'lost-contact' | 'moved-away' | 'needs-more-support', readonly string[]>> = {
  completed: ['Finished the sessions and says they feel ready.', 'Goals reviewed at the last session; two achieved.', 'Ended well; knows they can come back.'],
  'member-choice': ['Felt they had got what they needed.', 'Did not want to carry on; door left open.', 'Started a new job; no time for sessions.'],
  'lost-contact': ['Three attempts by phone and a letter; no reply.', 'No contact for six weeks despite messages.'],
  'moved-away': ['Moved to be near family.', 'Housed in another borough.'],
  'needs-more-support': ['Needs more than peer support can offer just now; referred back with consent.', 'Mental health got worse; the community team is involved.'],
};

/** Onward referrals written as free text ("other"). */
export const OTHER_ONWARD: readonly string[] = ['Hearing Voices group', 'Local walking group', 'Housing support service', 'Carers Centre', 'Peer support group near their new home'];

/** Members' preferences for a match, in their words. */
export const MATCHING_NOTES: readonly string[] = [
  'Prefers to meet in town, not near home.',
  'Would like someone who has been through something similar.',
  'Happier on the phone to start with.',
  'Not keen on video calls.',
  'Mornings are hard because of medication; afternoons are better.',
  'Would like to meet outdoors where possible.',
  'Prefers a quiet café; busy places make the anxiety worse.',
  'Carer for their mum: sessions have to fit round her day centre.',
  'Would rather not meet anyone from their old job.',
  'Uses a walking stick; somewhere with seats and step-free.',
];

export const OUT_AND_ABOUT_PLACES: readonly string[] = ['Walk in the park', 'Town centre', 'The library', 'Garden centre café', 'Along the canal', 'The market'];
export const CAFES: readonly string[] = ['Café at the library', 'Community centre café', 'Station café', 'The office'];
export const VIDEO_PLACES: readonly string[] = ['Zoom', 'WhatsApp video'];
export const HOME = 'At home';
export const APPOINTMENTS: readonly string[] = ['Hospital outpatients', 'Dentist', 'GP surgery', 'Benefits assessment centre', 'Opticians', 'Jobcentre', 'Hearing clinic'];

/** Mental-health wards peer workers visit, by area. */
export const WARDS: Readonly<Record<DemoArea, readonly string[]>> = {
  sheffield: ['Maple Ward, Longley Centre', 'Stanage Ward, Michael Carlisle Centre', 'Burbage Ward, Michael Carlisle Centre'],
  sutton: ['Jupiter Ward, Springfield University Hospital', 'Ruby Ward, Springfield University Hospital'],
  'south-london': ['Ward 1, Lambeth Hospital', 'Gresham Ward, Maudsley Hospital', 'Ruskin Ward, Maudsley Hospital'],
};
