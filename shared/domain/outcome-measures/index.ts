/**
 * Outcome measures: the built-in questionnaires (SWEMWBS, CORE-10, ONS4, UCLA 3-item
 * loneliness with the ONS direct question), a charity's custom scales, and the rules that
 * score them and compare a person's before and after. Pure functions, no I/O; the store and
 * screens import only from here.
 */
import { CORE10 } from './core10';
import { customMeasureDefinition, type CustomScale } from './custom';
import { UCLA3 } from './loneliness';
import { ONS4 } from './ons4';
import { SWEMWBS } from './swemwbs';
import type { BuiltInMeasureId, MeasureDefinition } from './types';

export * from './types';
export { compareScores, ONS4_CHANGE, ONS_LONELY_CHANGE, UCLA3_CHANGE } from './change';
export { scoreAnswers, riskItemAnswered } from './scoring';
export { answerLabel, answerRange, invalidAnswer, itemAnswers } from './answers';
export {
  customScaleSchema,
  customScaleInputSchema,
  customScaleFromInput,
  customMeasureDefinition,
  CUSTOM_SCALE_LIMITS,
  type CustomScale,
  type CustomScaleInput,
  type CustomScaleValues,
} from './custom';
export { fixedScaleChanges, fixedScaleSummary, type FixedScaleChange } from './custom-scale-changes';
export { SWEMWBS_METRIC, SWEMWBS_MEANINGFUL_CHANGE } from './swemwbs';
export { CORE10_CUT_OFF, CORE10_RELIABLE_CHANGE, core10Band } from './core10';
export { ons4AnxietyBand, ons4PositiveBand } from './ons4';
export { ONS_LONELY_ITEM_ID } from './loneliness';

/** The built-in measures, in the order settings and menus list them. */
export const BUILT_IN_MEASURES: readonly MeasureDefinition[] = [SWEMWBS, CORE10, ONS4, UCLA3];

const builtInById = new Map<string, MeasureDefinition>(BUILT_IN_MEASURES.map((m) => [m.id, m]));

export function isBuiltInMeasureId(id: string): id is BuiltInMeasureId {
  return builtInById.has(id);
}

/** A built-in measure by id, or the organisation's custom scale with that id. */
export function measureById(id: string, custom: readonly CustomScale[]): MeasureDefinition | undefined {
  const builtIn = builtInById.get(id);
  if (builtIn !== undefined) return builtIn;
  const scale = custom.find((s) => s.id === id);
  return scale === undefined ? undefined : customMeasureDefinition(scale);
}
