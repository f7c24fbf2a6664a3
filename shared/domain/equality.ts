import { z } from 'zod';

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
export const ETHNICITY_IDS = ETHNIC_GROUPS.flatMap((g) => g.options.map((o) => o.id)) as EthnicityId[];

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
