/**
 * The shapes every outcome measure shares: its definition (wording, answers, source, licence)
 * and what scoring and comparing return. Built-in measures and a charity's custom scales are
 * both turned into a `MeasureDefinition`, so screens, paper and reports handle them alike.
 */

export const BUILT_IN_MEASURE_IDS = ['swemwbs', 'core-10', 'ons4', 'ucla-3'] as const;
/**
 * The ONS direct loneliness question ("How often do you feel lonely?") is an extra item of
 * 'ucla-3' (id 'ons-lonely'), not a measure of its own: ONS recommends asking the four
 * questions together, and they print on one page. It is reported per answer and never added
 * to the UCLA total.
 */
export type BuiltInMeasureId = (typeof BUILT_IN_MEASURE_IDS)[number];

export interface AnswerOption {
  value: number;
  label: string;
}

export interface MeasureItem {
  id: string;
  text: string;
  /** Scored as (max − value + min) before adding up, e.g. CORE-10 items 2 and 3. */
  reverse?: boolean;
  /** Any answer above the lowest is a safeguarding flag (CORE-10 item 6). */
  risk?: boolean;
  /** This item's own answers, where it differs from the measure's (the ONS loneliness question). */
  answers?: AnswerOption[];
  /** False for an item reported on its own and not added to the total (the ONS loneliness question). */
  inTotal?: boolean;
  /** False where a lower answer is the better one (ONS anxiety); true by default. */
  higherIsBetter?: boolean;
}

/** How a measure is scored; custom scales carry their own rules. */
export type MeasureRules =
  | { kind: 'swemwbs' }
  | { kind: 'core-10' }
  | { kind: 'ons4' }
  | { kind: 'ucla-3' }
  | {
      kind: 'custom';
      higherIsBetter: boolean;
      /** A change of at least this many points (either way) counts as a change for a person. */
      meaningfulChange: number;
      /** 'none': every answer is needed; 'prorate-one': one missing answer is filled with the mean of the rest. */
      missing: MissingRule;
    };

export type MissingRule = 'none' | 'prorate-one';

export interface MeasureDefinition {
  id: string;
  /** "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)" */
  name: string;
  /** "SWEMWBS" — for tables and charts. */
  shortName: string;
  /** What the person reads before the items, in the authors' words. */
  instructions: string;
  /** "over the last 2 weeks"; empty where the items say it themselves. */
  recallPeriod: string;
  items: MeasureItem[];
  /** The answers shared by every item (items with their own `answers` override them). */
  answers: AnswerOption[];
  /** Where the measure and its wording come from. */
  source: string;
  /** The line printed on every form and shown on screen. */
  licence: string;
  builtIn: boolean;
  /**
   * False when any item or answer wording could not be checked against the authors' published
   * text; screens and printed forms say so (see `wordingNote`).
   */
  wordingVerified: boolean;
  /** Which wording is unverified and why, when `wordingVerified` is false. */
  wordingNote?: string;
  /** True when a higher score means better (SWEMWBS); false for CORE-10 and UCLA. */
  higherIsBetter: boolean;
  rules: MeasureRules;
}

/** Item id → answer value; null or absent means not answered. */
export type Answers = Record<string, number | null>;

export interface ItemScore {
  value: number | null;
  /** ONS4 threshold band ("High"), or the answer's label for items reported on their own. */
  band?: string;
}

export interface MeasureScore {
  scored: boolean;
  /** Why there is no score, in plain English: "Two or more answers missing: not scored". */
  reason?: string;
  /** Raw total (SWEMWBS 7–35, CORE-10 clinical score 0–40, UCLA 3–9, custom total). */
  score?: number;
  /** SWEMWBS metric score from Warwick's conversion table. */
  metric?: number;
  /** CORE-10 severity band ("Mild"). */
  band?: string;
  /** True when the score was pro-rated from one missing answer. */
  prorated?: boolean;
  perItem?: Record<string, ItemScore>;
  /** A risk item was answered above its lowest value. */
  riskFlag?: boolean;
}

export type ChangeDirection = 'improved' | 'no-reliable-change' | 'worse' | 'not-comparable';

export interface ItemChange {
  change: number | null;
  direction: ChangeDirection;
}

export interface ScoreChange {
  /** After minus before, on the measure's comparison scale (SWEMWBS metric, others raw). */
  change: number | null;
  direction: ChangeDirection;
  /** CORE-10 only: from 11 or more to below 11 with a drop of at least 6. */
  clinicallyAndReliablyImproved?: boolean;
  /** ONS4 (and the ONS loneliness question): compared question by question. */
  perItem?: Record<string, ItemChange>;
}
