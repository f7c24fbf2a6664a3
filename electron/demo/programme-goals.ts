import { GOAL_PROGRESS, type Goal, type GoalProgress } from '../../shared/domain/programmes';
import { isoFromDay } from './calendar';
import { GOALS, REVIEW_COMMENTS } from './programme-words';
import { weightedPicker, type Random } from './random';

/**
 * A sample programme's recovery action plan: goals set in the first sessions, in the member's
 * words, reviewed every few sessions as progress comes and goes, and a last review when the
 * programme completes.
 */

export interface GoalDay {
  day: number;
  /** When it was written down: the session's log time. */
  at: string;
}

export interface PlannedGoals {
  goals: Goal[];
  /** When each goal and review was saved, for the programme's updatedAt. */
  times: string[];
}

const GOAL_COUNT = weightedPicker<number>([
  [1, 20],
  [2, 35],
  [3, 35],
  [4, 10],
]);
/** The travel-buddy goal: getting there alone. */
const TRAVEL_GOAL = GOALS[GOALS.length - 1]!;
const OTHER_GOALS = GOALS.slice(0, -1);

/**
 * Goals over the attended sessions given (oldest first). `completed`: the last session was the
 * final review. `travel`: a travel buddy programme, which seldom sets goals.
 */
export function goalsFor(random: Random, attended: readonly GoalDay[], options: { travel: boolean; completed: boolean }): PlannedGoals {
  const out: PlannedGoals = { goals: [], times: [] };
  if (attended.length === 0) return out;
  const count = options.travel ? (random.chance(0.25) ? 1 : 0) : GOAL_COUNT(random);
  const words = options.travel ? [TRAVEL_GOAL] : random.sample(OTHER_GOALS, count);
  const last = attended[attended.length - 1]!;
  words.forEach((w, i) => {
    // The first goals at the first or second session; a later one part way through.
    const setIndex = Math.min(attended.length - 1, i < 2 ? random.int(0, 1) : random.int(2, 5));
    const set = attended[setIndex]!;
    const goal: Goal = { id: random.uuid(), text: w.text, steps: random.chance(0.8) ? [...w.steps] : w.steps.slice(0, 2) } as Goal;
    if (random.chance(0.75)) goal.targetDate = isoFromDay(set.day + random.int(42, 120));
    goal.setOn = isoFromDay(set.day);
    goal.reviews = [];
    out.times.push(set.at);
    let level = random.chance(0.6) ? 0 : 1;
    let i2 = setIndex + random.int(2, 4);
    const review = (d: GoalDay): void => {
      const progress = GOAL_PROGRESS[level] as GoalProgress;
      const r: Goal['reviews'][number] = { date: isoFromDay(d.day), progress };
      if (random.chance(0.4)) r.comment = random.pick(REVIEW_COMMENTS[progress]);
      goal.reviews.push(r);
      out.times.push(d.at);
    };
    for (; i2 < attended.length && level < 3; i2 += random.int(2, 4)) {
      const roll = random.next();
      if (roll < 0.55) level++;
      else if (roll < 0.65 && level > 0) level--;
      review(attended[i2]!);
    }
    const lastReview = goal.reviews[goal.reviews.length - 1];
    if (options.completed && level < 3 && lastReview?.date !== isoFromDay(last.day) && last.day >= set.day) {
      level = Math.min(3, Math.max(level, random.chance(0.6) ? 3 : 2));
      review(last);
    }
    out.goals.push(goal);
  });
  return out;
}
