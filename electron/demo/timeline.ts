import type { VolunteerStatus } from '../../shared/domain/volunteers';
import type { DayNumber } from './calendar';
import { weightedPicker, type Random } from './random';

/**
 * A volunteer's journey through the recruitment pipeline and beyond, as dated steps. The
 * history is built backwards from where the person is today, so the current status is
 * always the last step and nothing is dated after yesterday (a record "changed" later
 * today would look odd against a clock that has not reached that time yet).
 */

export interface TimelineStep {
  status: VolunteerStatus;
  day: DayNumber;
  note?: string;
  reason?: string;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The day they became active, if they ever did. */
  startDay?: DayNumber;
  leftDay?: DayNumber;
  leftReason?: string;
  /** Why they are on a break, for paused volunteers. */
  pauseNote?: string;
}

/** Enquiry to active, in the order a coordinator moves people along. */
export const PIPELINE: readonly VolunteerStatus[] = ['enquiry', 'applied', 'interviewed', 'references', 'dbs', 'training', 'active'];

/** Days from each pipeline step to the next: [fewest, most]. Training is the longest wait. */
const GAP_TO_NEXT: readonly (readonly [number, number])[] = [
  [2, 21], // enquiry → applied
  [5, 28], // applied → interviewed
  [1, 10], // interviewed → references
  [5, 28], // references → dbs
  [10, 42], // dbs → training
  [14, 70], // training → active (a 10-session course plus shadowing)
];

/** How long someone can sit at a pipeline stage before the coordinator would chase it. */
const MAX_DAYS_AT_STAGE: readonly number[] = [45, 30, 21, 35, 45, 70];

/** Sample data covers about eight years of a service's records. */
export const HISTORY_DAYS = 8 * 365;

const STEP_NOTES: Partial<Record<VolunteerStatus, readonly string[]>> = {
  enquiry: [
    'Enquired through the website.',
    'Picked up a leaflet at the library.',
    'Heard about us from a friend who volunteers.',
    'Came to a taster workshop.',
    'Suggested by their social prescriber.',
    'Former member of one of our peer groups.',
    'Met us at a community open day.',
  ],
  interviewed: ['Informal interview with the coordinator.', 'Interview with the coordinator and a peer volunteer.'],
  references: ['Two references requested.', 'One reference back; waiting for the second.'],
  dbs: ['Enhanced DBS check (no barred list) applied for.', 'Already on the DBS Update Service; status check done.'],
  training: [
    'Booked on the intentional peer support course (10 half-day sessions).',
    'Went to the 2-hour introduction; starting the full course.',
    'Shadowing at the Sunday drop-in.',
  ],
  active: ['Finished training and shadowing.', 'Co-facilitating with an experienced volunteer to start.'],
};

export const PAUSE_NOTES: readonly string[] = [
  'Taking a break for health reasons; agreed a check-in call in three months.',
  'Caring for a family member for now; hopes to come back in the spring.',
  'Paused while studying for exams.',
  'Taking time out after a bereavement; monthly catch-up call offered.',
  'Moving house; will restart once settled.',
  'Working extra hours until the new year.',
  'Break after a difficult few months; keen to return to group facilitation.',
  'Recovering from an operation; expected back in about six weeks.',
];

const REASONS_YOUNGER = weightedPicker<string>([
  ['Started full-time work', 18],
  ['Started studying', 14],
  ['Moved away', 18],
  ['Health', 8],
  ['Other commitments', 12],
  ['Moved into paid peer support work', 8],
  ['Lost touch', 8],
  ['Felt it was time to move on', 6],
]);
const REASONS_MIDDLE = weightedPicker<string>([
  ['Moved away', 16],
  ['Started full-time work', 12],
  ['Health', 12],
  ['Caring responsibilities', 12],
  ['Other commitments', 14],
  ['Moved into paid peer support work', 7],
  ['Started studying', 3],
  ['Lost touch', 6],
  ['Felt it was time to move on', 6],
]);
const REASONS_OLDER = weightedPicker<string>([
  ['Health', 18],
  ['Retired from volunteering', 14],
  ['Caring responsibilities', 12],
  ['Moved away', 10],
  ['Other commitments', 8],
  ['Lost touch', 5],
  ['Felt it was time to move on', 6],
]);

/** Why someone left, given how old they were then: nobody retires at 25 or starts a degree at 80. */
function leavingReason(random: Random, ageThen: number): string {
  if (ageThen < 30) return REASONS_YOUNGER(random);
  if (ageThen < 65) return REASONS_MIDDLE(random);
  return REASONS_OLDER(random);
}

const pickDropoutReason = weightedPicker<string>([
  ['Other commitments', 10],
  ['Health', 6],
  ['Lost touch', 8],
  ['Moved away', 4],
  ['Decided the role was not right for them', 6],
]);

const LEAVING_NOTES = [
  'Thanked with a card and certificate.',
  'Happy to be contacted about future roles.',
  'Exit conversation held.',
  'ID badge returned.',
];

/** Earlier stages are where most people who drop out do so. */
const pickDropoutStage = weightedPicker<number>([
  [0, 30],
  [1, 20],
  [2, 12],
  [3, 10],
  [4, 10],
  [5, 18],
]);

function stepNote(random: Random, status: VolunteerStatus, probability: number): string | undefined {
  const notes = STEP_NOTES[status];
  return notes && random.chance(probability) ? random.pick(notes) : undefined;
}

function step(status: VolunteerStatus, day: DayNumber, note?: string, reason?: string): TimelineStep {
  const s: TimelineStep = { status, day };
  if (note !== undefined) s.note = note;
  if (reason !== undefined) s.reason = reason;
  return s;
}

/** Pipeline steps 0..lastIndex, the last one on `lastDay`, earlier ones spaced back from it. */
function pipelineTo(random: Random, lastIndex: number, lastDay: DayNumber): TimelineStep[] {
  const days: DayNumber[] = new Array<DayNumber>(lastIndex + 1);
  days[lastIndex] = lastDay;
  for (let i = lastIndex - 1; i >= 0; i--) {
    const [lo, hi] = GAP_TO_NEXT[i] as readonly [number, number];
    days[i] = (days[i + 1] as DayNumber) - random.int(lo, hi);
  }
  const steps: TimelineStep[] = [];
  for (let i = 0; i <= lastIndex; i++) {
    const status = PIPELINE[i] as VolunteerStatus;
    steps.push(step(status, days[i] as DayNumber, stepNote(random, status, status === 'enquiry' ? 0.5 : 0.3)));
  }
  return steps;
}

/** Longest run of pipeline gaps: the most days from enquiry to becoming active. */
const MAX_PIPELINE_DAYS = GAP_TO_NEXT.reduce((sum, [, hi]) => sum + hi, 0);

/** Days since starting, skewed towards recent starters because long-serving volunteers are rarer. */
function tenureDays(random: Random, min: number, max: number): number {
  return min + Math.floor(Math.pow(random.next(), 1.35) * (max - min));
}

export interface Person {
  /** Whole years old today. */
  age: number;
  /**
   * How many days back their story may start: nobody's first contact predates their
   * 16th birthday (MIN_VOLUNTEER_AGE), and sample data keeps to eight years.
   */
  maxDaysBack: number;
}

export function buildTimeline(random: Random, status: VolunteerStatus, today: DayNumber, person: Person): Timeline {
  const yesterday = today - 1;
  // Leave room before the start date for the pipeline steps that led to it.
  const maxTenure = Math.max(150, Math.min(HISTORY_DAYS, person.maxDaysBack - MAX_PIPELINE_DAYS));
  const ageOn = (day: DayNumber): number => person.age - (today - day) / 365.25;
  const stage = PIPELINE.indexOf(status);
  if (stage >= 0 && stage < 6) {
    const atStage = random.int(1, MAX_DAYS_AT_STAGE[stage] as number);
    return { steps: pipelineTo(random, stage, today - atStage) };
  }

  if (status === 'active') {
    const tenure = tenureDays(random, 14, maxTenure);
    const startDay = today - tenure;
    const steps = pipelineTo(random, 6, startDay);
    if (tenure > 240 && random.chance(0.18)) {
      const pauseDay = startDay + random.int(90, tenure - 120);
      const resumeDay = pauseDay + random.int(28, Math.min(240, yesterday - pauseDay));
      steps.push(step('paused', pauseDay, random.pick(PAUSE_NOTES)));
      steps.push(step('active', resumeDay, 'Back from a break.'));
    }
    return { steps, startDay };
  }

  if (status === 'paused') {
    const tenure = random.int(120, maxTenure);
    const startDay = today - tenure;
    const pauseDay = today - random.int(3, Math.min(330, tenure - 60));
    const pauseNote = random.pick(PAUSE_NOTES);
    const steps = pipelineTo(random, 6, startDay);
    steps.push(step('paused', pauseDay, pauseNote));
    return { steps, startDay, pauseNote };
  }

  // Left: about a quarter never finished the pipeline; the rest volunteered for a while.
  const note = random.chance(0.4) ? random.pick(LEAVING_NOTES) : undefined;
  if (random.chance(0.25)) {
    const leftDay = today - random.int(1, maxTenure - 60);
    const reached = pickDropoutStage(random);
    const leftReason =
      reached === 5 && random.chance(0.5) ? 'Did not complete training' : random.chance(0.6) ? pickDropoutReason(random) : leavingReason(random, ageOn(leftDay));
    const steps = pipelineTo(random, reached, leftDay - random.int(7, 60));
    steps.push(step('left', leftDay, note, leftReason));
    return { steps, leftDay, leftReason };
  }
  const tenure = random.int(90, maxTenure);
  const startDay = today - tenure;
  const leftDay = startDay + random.int(45, Math.min(tenure - 1, 5 * 365));
  const leftReason = leavingReason(random, ageOn(leftDay));
  const steps = pipelineTo(random, 6, startDay);
  if (leftDay - startDay > 150 && random.chance(0.2)) {
    steps.push(step('paused', leftDay - random.int(30, 120), random.pick(PAUSE_NOTES)));
  }
  steps.push(step('left', leftDay, note, leftReason));
  return { steps, startDay, leftDay, leftReason };
}
