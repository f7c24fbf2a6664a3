import type { CustomScale, CustomScaleValues } from './custom';

/**
 * What may change on a custom scale once answers have been given on it. Answers are kept as
 * numbers against question ids and scored when read, so anything that changes what a stored
 * number means, or which numbers add up to the total, would quietly rescore (or unscore) every
 * past form, and the before-and-after pairs in funder reports with them.
 *
 * Fixed once answered: the answer range; the questions themselves (none added, taken away or
 * moved); which are reverse scored; whether a higher score is better; the meaningful change;
 * and the rule for a missing answer. The last three do not touch a single score, but they
 * decide who counts as improved or worse, and a report must not be able to get better by
 * editing the scale after the event.
 *
 * Free to change: the name, instructions, the time the questions ask about, a question's
 * wording (to mend a typo: its answers stay with it), answer labels, source and licence line.
 */

export interface FixedScaleChange {
  /** The field of the scale form the message belongs beside. */
  field: 'answerMin' | 'answerMax' | 'items' | 'higherIsBetter' | 'meaningfulChange' | 'missing';
  message: string;
}

const ANSWERED = 'Answers have already been given on this scale, so';
const INSTEAD = 'Make a new scale instead, or';

/** As the scale form words the choices. */
const MISSING_WORDS: Record<CustomScale['missing'], string> = {
  none: 'Do not score it: every answer is needed',
  'prorate-one': 'Fill in one missing answer with the average of the others',
};

const quoted = (texts: readonly string[]): string => texts.map((t) => `“${t}”`).join(', ');

/** The changes from `before` to `after` that answers already given rule out; none when it is safe. */
export function fixedScaleChanges(before: CustomScale, after: CustomScaleValues): FixedScaleChange[] {
  const out: FixedScaleChange[] = [];
  if (after.answerMin !== before.answerMin || after.answerMax !== before.answerMax) {
    const message = `${ANSWERED} its answer range cannot change. ${INSTEAD} put back ${before.answerMin} to ${before.answerMax}.`;
    if (after.answerMin !== before.answerMin) out.push({ field: 'answerMin', message });
    if (after.answerMax !== before.answerMax) out.push({ field: 'answerMax', message });
  }
  const sameItems = after.items.length === before.items.length && after.items.every((item, i) => item.id === before.items[i]!.id);
  if (!sameItems) {
    out.push({
      field: 'items',
      message: `${ANSWERED} no question can be added, taken away or moved (you can still reword one). ${INSTEAD} put back its ${before.items.length === 1 ? 'question' : `${before.items.length} questions in their order`}.`,
    });
  } else if (after.items.some((item, i) => item.reverse !== before.items[i]!.reverse)) {
    const reversed = before.items.filter((i) => i.reverse).map((i) => i.text);
    out.push({
      field: 'items',
      message: `${ANSWERED} which questions are reverse scored cannot change. ${INSTEAD} put the ticks back as they were (${reversed.length === 0 ? 'none ticked' : quoted(reversed)}).`,
    });
  }
  if (after.higherIsBetter !== before.higherIsBetter) {
    out.push({
      field: 'higherIsBetter',
      message: `${ANSWERED} whether a higher score is better cannot change. ${INSTEAD} put back “${before.higherIsBetter ? 'Yes, higher is better' : 'No, lower is better'}”.`,
    });
  }
  if (after.meaningfulChange !== before.meaningfulChange) {
    out.push({
      field: 'meaningfulChange',
      message: `${ANSWERED} its meaningful change cannot be altered: people already counted as improved or worse would be counted again differently. ${INSTEAD} put back ${before.meaningfulChange.toLocaleString('en-GB')} points.`,
    });
  }
  if (after.missing !== before.missing) {
    out.push({ field: 'missing', message: `${ANSWERED} what happens when an answer is missing cannot change. ${INSTEAD} put back “${MISSING_WORDS[before.missing]}”.` });
  }
  return out;
}

/** The line above the form: the one problem in full, or a summary when there are several. */
export function fixedScaleSummary(changes: readonly FixedScaleChange[]): string {
  const messages = [...new Set(changes.map((c) => c.message))];
  if (messages.length === 1) return messages[0]!;
  return `${ANSWERED} how it is scored cannot change. ${INSTEAD} put back the highlighted fields.`;
}
