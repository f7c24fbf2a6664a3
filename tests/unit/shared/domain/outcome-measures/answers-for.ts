import type { Answers, MeasureDefinition } from '../../../../../shared/domain/outcome-measures';

/** Answers in item order, as written on the form: `answersFor(CORE10, [0, 4, 4, …])`; null is blank. */
export function answersFor(measure: MeasureDefinition, values: readonly (number | null)[]): Answers {
  if (values.length !== measure.items.length) throw new Error(`${measure.id} has ${measure.items.length} items, got ${values.length} answers`);
  return Object.fromEntries(measure.items.map((item, i) => [item.id, values[i] ?? null]));
}
