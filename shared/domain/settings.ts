import { z } from 'zod';
import { optionalText } from '../fields';

export const TEXT_SIZES = ['standard', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const settingsSchema = z.object({
  organisationName: z.string(),
  /** Who is using this laptop; recorded in the audit log. Blank: the computer's user name. */
  yourName: z.string().optional(),
  textSize: z.enum(TEXT_SIZES),
  /** False until the coordinator chooses "Start empty" or "Load sample data". */
  setUpDone: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  textSize: 'standard',
  setUpDone: false,
};

export const settingsInputSchema = z.object({
  organisationName: optionalText('organisation name', 150).optional(),
  yourName: optionalText('your name', 100).optional(),
  textSize: z.enum(TEXT_SIZES, { error: 'Choose standard or large text' }).optional(),
});
export type SettingsInput = z.input<typeof settingsInputSchema>;
