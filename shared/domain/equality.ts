import { z } from 'zod';
import { optionalText } from '../fields';

/**
 * Optional equality monitoring. Every question may be left blank (not asked or not
 * answered) or answered "Prefer not to say". Sex and gender identity are separate
 * questions; ethnicity uses the 19 groups of the 2021 Census for England and Wales.
 */

export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const ETHNIC_GROUPS = [
  {
    id: 'asian',
    label: 'Asian, Asian British or Asian Welsh',
    options: [
      { id: 'bangladeshi', label: 'Bangladeshi' },
      { id: 'chinese', label: 'Chinese' },
      { id: 'indian', label: 'Indian' },
      { id: 'pakistani', label: 'Pakistani' },
      { id: 'other-asian', label: 'Any other Asian background' },
    ],
  },
  {
    id: 'black',
    label: 'Black, Black British, Black Welsh, Caribbean or African',
    options: [
      { id: 'african', label: 'African' },
      { id: 'caribbean', label: 'Caribbean' },
      { id: 'other-black', label: 'Any other Black, Black British or Caribbean background' },
    ],
  },
  {
    id: 'mixed',
    label: 'Mixed or Multiple ethnic groups',
    options: [
      { id: 'white-and-asian', label: 'White and Asian' },
      { id: 'white-and-black-african', label: 'White and Black African' },
      { id: 'white-and-black-caribbean', label: 'White and Black Caribbean' },
      { id: 'other-mixed', label: 'Any other Mixed or Multiple ethnic background' },
    ],
  },
  {
    id: 'white',
    label: 'White',
    options: [
      { id: 'white-british', label: 'English, Welsh, Scottish, Northern Irish or British' },
      { id: 'irish', label: 'Irish' },
      { id: 'gypsy-or-irish-traveller', label: 'Gypsy or Irish Traveller' },
      { id: 'roma', label: 'Roma' },
      { id: 'other-white', label: 'Any other White background' },
    ],
  },
  {
    id: 'other',
    label: 'Other ethnic group',
    options: [
      { id: 'arab', label: 'Arab' },
      { id: 'any-other', label: 'Any other ethnic group' },
    ],
  },
] as const;

export type EthnicityId = (typeof ETHNIC_GROUPS)[number]['options'][number]['id'];
export const ETHNICITY_IDS: EthnicityId[] = ETHNIC_GROUPS.flatMap((g) => g.options.map((o): EthnicityId => o.id));

/** The top-level group of a detailed answer ("pakistani" → "asian"), for funder tables. */
export function ethnicGroupOf(id: string): (typeof ETHNIC_GROUPS)[number] | undefined {
  return ETHNIC_GROUPS.find((g) => g.options.some((o) => o.id === id));
}

export const SEX_OPTIONS = [
  { id: 'female', label: 'Female' },
  { id: 'male', label: 'Male' },
] as const;

export const GENDER_SAME_AS_SEX_OPTIONS = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
] as const;

export const DISABILITY_OPTIONS = [
  { id: 'yes-a-lot', label: 'Yes, limited a lot' },
  { id: 'yes-a-little', label: 'Yes, limited a little' },
  { id: 'no', label: 'No' },
] as const;

export const SEXUAL_ORIENTATION_OPTIONS = [
  { id: 'straight', label: 'Straight or heterosexual' },
  { id: 'gay-or-lesbian', label: 'Gay or lesbian' },
  { id: 'bisexual', label: 'Bisexual' },
  { id: 'other', label: 'Other sexual orientation' },
] as const;

export const RELIGION_OPTIONS = [
  { id: 'none', label: 'No religion' },
  { id: 'christian', label: 'Christian' },
  { id: 'buddhist', label: 'Buddhist' },
  { id: 'hindu', label: 'Hindu' },
  { id: 'jewish', label: 'Jewish' },
  { id: 'muslim', label: 'Muslim' },
  { id: 'sikh', label: 'Sikh' },
  { id: 'other', label: 'Any other religion' },
] as const;

const answer = (options: readonly { id: string }[]) => z.enum([PREFER_NOT_TO_SAY, ...options.map((o) => o.id)]).optional();

/** Stored and input shape alike: every answer is optional. */
export const equalitySchema = z.object({
  sex: answer(SEX_OPTIONS),
  /** "Is the gender you identify with the same as your sex registered at birth?" */
  genderSameAsSex: answer(GENDER_SAME_AS_SEX_OPTIONS),
  /** Free text, only when genderSameAsSex is "no" and they want to say. */
  genderIdentity: z.string().max(100).optional(),
  ethnicity: answer(ETHNIC_GROUPS.flatMap((g): readonly { id: string }[] => g.options)),
  /** Free text for the "any other…" answers. */
  ethnicityDetail: z.string().max(100).optional(),
  disability: answer(DISABILITY_OPTIONS),
  sexualOrientation: answer(SEXUAL_ORIENTATION_OPTIONS),
  religion: answer(RELIGION_OPTIONS),
});
export type Equality = z.infer<typeof equalitySchema>;

// ----- input: what the equality tab sends -------------------------------------------------

/** A select left on "Not answered" sends ''; it is stored as no answer at all. */
const answerInput = (options: readonly { id: string }[]) =>
  z
    .union([z.literal(''), z.enum([PREFER_NOT_TO_SAY, ...options.map((o) => o.id)])], { error: 'Choose one of the answers' })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const ETHNICITY_OPTIONS = ETHNIC_GROUPS.flatMap((g): readonly { id: string; label: string }[] => g.options);

/** Answers where the person may describe themselves in their own words. */
export function ethnicityTakesDetail(id: string | undefined): boolean {
  return id !== undefined && (id.startsWith('other-') || id === 'any-other');
}

/**
 * Same rules as the stored shape, plus: blank answers and blank free text are dropped, and
 * free text is kept only beside the answer it belongs to, so changing an answer never
 * leaves an old self-description behind (it is special category data).
 */
export const equalityInputSchema = z
  .object({
    sex: answerInput(SEX_OPTIONS),
    genderSameAsSex: answerInput(GENDER_SAME_AS_SEX_OPTIONS),
    genderIdentity: optionalText('gender identity', 100),
    ethnicity: answerInput(ETHNICITY_OPTIONS),
    ethnicityDetail: optionalText('ethnic group description', 100),
    disability: answerInput(DISABILITY_OPTIONS),
    sexualOrientation: answerInput(SEXUAL_ORIENTATION_OPTIONS),
    religion: answerInput(RELIGION_OPTIONS),
  })
  .transform((v): Equality => {
    const out: Equality = {};
    if (v.sex) out.sex = v.sex;
    if (v.genderSameAsSex) out.genderSameAsSex = v.genderSameAsSex;
    if (v.genderSameAsSex === 'no' && v.genderIdentity) out.genderIdentity = v.genderIdentity;
    if (v.ethnicity) out.ethnicity = v.ethnicity;
    if (ethnicityTakesDetail(v.ethnicity) && v.ethnicityDetail) out.ethnicityDetail = v.ethnicityDetail;
    if (v.disability) out.disability = v.disability;
    if (v.sexualOrientation) out.sexualOrientation = v.sexualOrientation;
    if (v.religion) out.religion = v.religion;
    return out;
  });
export type EqualityFormValues = z.input<typeof equalityInputSchema>;

// ----- words for answers --------------------------------------------------------------------

export const EQUALITY_QUESTIONS = {
  sex: 'Sex',
  genderSameAsSex: 'Gender the same as sex registered at birth',
  genderIdentity: 'Gender identity',
  ethnicity: 'Ethnic group',
  ethnicityDetail: 'Ethnic group, in their words',
  disability: 'Disability',
  sexualOrientation: 'Sexual orientation',
  religion: 'Religion or belief',
} as const satisfies Record<keyof Equality, string>;

const OPTION_LABELS: Record<Exclude<keyof Equality, 'genderIdentity' | 'ethnicityDetail'>, readonly { id: string; label: string }[]> = {
  sex: SEX_OPTIONS,
  genderSameAsSex: GENDER_SAME_AS_SEX_OPTIONS,
  ethnicity: ETHNICITY_OPTIONS,
  disability: DISABILITY_OPTIONS,
  sexualOrientation: SEXUAL_ORIENTATION_OPTIONS,
  religion: RELIGION_OPTIONS,
};

/** "Prefer not to say", the option's label, or '' when not answered. */
export function equalityAnswerLabel(question: keyof typeof OPTION_LABELS, id: string | undefined): string {
  if (id === undefined) return '';
  if (id === PREFER_NOT_TO_SAY) return 'Prefer not to say';
  const label = OPTION_LABELS[question].find((o) => o.id === id)?.label ?? id;
  // The detailed ethnic groups only make sense with their group ("Any other background").
  return question === 'ethnicity' ? `${ethnicGroupOf(id)?.label ?? ''}: ${label}`.replace(/^: /, '') : label;
}
