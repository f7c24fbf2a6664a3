import type { OutcomeComparison } from '../../../shared/contracts/outcomes';
import {
  CORE10_RELIABLE_CHANGE,
  ONS4_CHANGE,
  ONS_LONELY_ITEM_ID,
  SWEMWBS_MEANINGFUL_CHANGE,
  UCLA3_CHANGE,
  type ChangeDirection,
  type MeasureDefinition,
  type MeasureScore,
} from '../../../shared/domain/outcome-measures';

/**
 * The words the Outcomes tab and "Enter answers" use for scores and change. Numbers are
 * always derived from the answers (scoreAnswers / compareScores); this only says them.
 */

/** ONS names the four questions this way in its own tables. */
const ONS4_SHORT: Record<string, string> = { 'life-satisfaction': 'Life satisfaction', worthwhile: 'Worthwhile', happiness: 'Happiness', anxiety: 'Anxiety' };

export function itemShortName(measure: MeasureDefinition, itemId: string): string {
  return ONS4_SHORT[itemId] ?? (itemId === ONS_LONELY_ITEM_ID ? 'Lonely' : (measure.items.find((i) => i.id === itemId)?.text ?? itemId));
}

// Two places like every metric score elsewhere: a change of 3.90 reads "3.90", not "3.9".
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** "Not scored: all seven answers are needed": the reason, always starting with "Not scored". */
export function notScoredText(score: MeasureScore): string {
  const reason = score.reason ?? 'no answers';
  if (/^not scored/i.test(reason)) return reason;
  return `Not scored: ${reason.replace(/: not scored/i, '')}`;
}

/** One completion's score as its measure reports it. */
export function scoreText(measure: MeasureDefinition | undefined, score: MeasureScore): string {
  if (!score.scored) return notScoredText(score);
  const prorated = score.prorated ? ' (one answer missing: pro-rated)' : '';
  switch (measure?.rules.kind) {
    case 'swemwbs':
      return `Raw ${score.score ?? ''}, metric ${score.metric?.toFixed(2) ?? ''}`;
    case 'core-10':
      return `Clinical score ${score.score ?? ''}${prorated}: ${score.band ?? ''}`;
    case 'ons4':
      return Object.entries(score.perItem ?? {})
        .map(([id, s]) => `${itemShortName(measure, id)} ${s.value === null ? 'not answered' : `${s.value} (${s.band ?? ''})`}`)
        .join('; ');
    case 'ucla-3': {
      const lonely = score.perItem?.[ONS_LONELY_ITEM_ID];
      return `Total ${score.score ?? ''}; lonely: ${lonely?.band ?? 'not answered'}`;
    }
    default:
      return `Total ${score.score ?? ''}${prorated}`;
  }
}

/** The number a chart plots: the SWEMWBS metric score, otherwise the total. */
export function chartValue(score: MeasureScore): number | undefined {
  if (!score.scored) return undefined;
  return score.metric ?? score.score;
}

/** How big a change must be to count, in the measure's own words. */
export function thresholdText(measure: MeasureDefinition): string {
  switch (measure.rules.kind) {
    case 'swemwbs':
      return `${SWEMWBS_MEANINGFUL_CHANGE} or more is a meaningful change`;
    case 'core-10':
      return `${CORE10_RELIABLE_CHANGE} or more is a reliable change`;
    case 'ons4':
      return `${ONS4_CHANGE} or more on a question counts as a change`;
    case 'ucla-3':
      return `${UCLA3_CHANGE} or more counts as a change`;
    case 'custom':
      return `${points(measure.rules.meaningfulChange)} or more is a meaningful change`;
  }
}

const DIRECTION_WORDS: Record<ChangeDirection, string> = {
  improved: 'Improved',
  worse: 'Worse',
  'no-reliable-change': 'No reliable change',
  'not-comparable': 'Not compared',
};

/** Only CORE-10 has a published reliable change; the others count a change of a set size as meaningful. */
function directionWords(measure: MeasureDefinition, direction: ChangeDirection): string {
  return direction === 'no-reliable-change' && measure.rules.kind !== 'core-10' ? 'No meaningful change' : DIRECTION_WORDS[direction];
}

function moved(change: number): string {
  if (change === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${points(Math.abs(change))}`;
}

/** "Improved: up 4.2 (3 or more is a meaningful change)". */
export function changeText(measure: MeasureDefinition, comparison: OutcomeComparison): string {
  const { change } = comparison;
  if (measure.rules.kind === 'ons4') {
    return Object.entries(change.perItem ?? {})
      .map(([id, c]) => `${itemShortName(measure, id)}: ${directionWords(measure, c.direction).toLowerCase()}${c.change === null ? '' : `, ${moved(c.change)}`}`)
      .join('; ')
      .concat(` (${thresholdText(measure)})`);
  }
  if (change.change === null) {
    const unscored = [comparison.first.score, comparison.latest.score].find((s) => !s.scored);
    return `Not compared: ${unscored ? notScoredText(unscored).replace(/^Not scored: /, '').toLowerCase() : 'no scores to compare'}`;
  }
  const words = directionWords(measure, change.direction);
  const main = `${words}: ${moved(change.change)} (${thresholdText(measure)})`;
  const lonely = change.perItem?.[ONS_LONELY_ITEM_ID];
  const lonelyText = lonely && lonely.direction !== 'not-comparable' ? `. Lonely: ${directionWords(measure, lonely.direction).toLowerCase()}` : '';
  const clinical = change.clinicallyAndReliablyImproved ? '. Clinically and reliably improved: from 11 or more to below 11, down at least 6' : '';
  return `${main}${clinical}${lonelyText}`;
}
