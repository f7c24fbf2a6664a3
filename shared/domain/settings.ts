import { z } from 'zod';
import { optionalText } from '../fields';
import { REPORT_SETTINGS_DEFAULTS, reportSettingsInputShape, reportSettingsShape } from './report-settings';
import { COMPLIANCE_SETTINGS_DEFAULTS, complianceSettingsInputShape, complianceSettingsShape } from './compliance-settings';
import { DEFAULT_PROGRAMME_KINDS, programmeKindSchema } from './programmes';
import { customScaleSchema } from './outcome-measures';
import { organisationDetailsInputShape, organisationDetailsShape } from './organisation-details';
import { DEFAULT_LOCK_AFTER_IDLE_MINUTES, LOCK_AFTER_IDLE_CHOICES } from './protection';
import { DEFAULT_RETENTION_MONTHS, retentionSettingsInputShape, retentionSettingsShape } from './retention-settings';

export const TEXT_SIZES = ['standard', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const copyProgrammeKinds = () => DEFAULT_PROGRAMME_KINDS.map((k) => ({ ...k, roles: [...k.roles] }));

export const settingsSchema = z.object({
  organisationName: z.string(),
  /** Who is using this laptop; recorded in the audit log. Blank: the computer's user name. */
  yourName: z.string().optional(),
  textSize: z.enum(TEXT_SIZES),
  /** False until the coordinator chooses "Start empty" or "Load sample data". */
  setUpDone: z.boolean(),
  /** Promised days from referral to assessment. */
  referralTargetDays: z.number().int().default(35),
  /** Preparation time added to each facilitated session when counting volunteer hours. */
  prepMinutes: z.number().int().default(30),
  /** Blank rows for walk-ins at the foot of a sign-in sheet. */
  signInBlankRows: z.number().int().default(5),
  ...reportSettingsShape,
  ...complianceSettingsShape,
  /** One-to-one programme kinds (Settings → Programme kinds); defaults fill a folder from before programmes. */
  programmeKinds: z.array(programmeKindSchema).default(copyProgrammeKinds),
  /** Days without a session before a programme shows as "no contact" on the Programmes page. */
  noContactDays: z.number().int().default(21),
  /** Travel time added to each attended one-to-one session when counting volunteer hours. */
  oneToOneTravelMinutes: z.number().int().default(0),
  /** The charity's own questionnaires (Settings → Outcome measures); none in a folder from before them. */
  customScales: z.array(customScaleSchema).default(() => []),
  /** Custom scales no longer offered for new answers; their past answers keep their wording and scores. */
  archivedCustomScales: z.array(z.string()).default(() => []),
  /** The organisation's SWEMWBS registration (licence) reference, printed on the form when set. */
  swemwbsRegistration: z.string().optional(),
  /** Address, phone, email, data protection contact, ICO registration: printed on the privacy notice. */
  ...organisationDetailsShape,
  /** With "Protect with a passphrase" on: minutes without use before Peer Desk locks itself. */
  lockAfterIdleMinutes: z.number().int().default(DEFAULT_LOCK_AFTER_IDLE_MINUTES),
  /** Settings → Retention: months each kind of record is kept after it ends. */
  ...retentionSettingsShape,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  textSize: 'standard',
  setUpDone: false,
  referralTargetDays: 35,
  prepMinutes: 30,
  signInBlankRows: 5,
  ...REPORT_SETTINGS_DEFAULTS,
  ...COMPLIANCE_SETTINGS_DEFAULTS,
  programmeKinds: copyProgrammeKinds(),
  noContactDays: 21,
  oneToOneTravelMinutes: 0,
  customScales: [],
  archivedCustomScales: [],
  lockAfterIdleMinutes: DEFAULT_LOCK_AFTER_IDLE_MINUTES,
  retentionMonths: { ...DEFAULT_RETENTION_MONTHS },
};

export const settingsInputSchema = z.object({
  organisationName: optionalText('organisation name', 150).optional(),
  yourName: optionalText('your name', 100).optional(),
  textSize: z.enum(TEXT_SIZES, { error: 'Choose standard or large text' }).optional(),
  referralTargetDays: z.number().int().min(1, 'Enter at least 1 day').max(365, 'Enter a year or less').optional(),
  prepMinutes: z.number().int().min(0, 'Enter 0 or more minutes').max(480, 'Enter 480 minutes (8 hours) or fewer').optional(),
  signInBlankRows: z.number().int().min(5, 'Sign-in sheets keep at least 5 blank rows').max(30, 'Enter 30 rows or fewer').optional(),
  ...reportSettingsInputShape,
  ...complianceSettingsInputShape,
  noContactDays: z.number().int().min(1, 'Enter at least 1 day').max(365, 'Enter a year or less').optional(),
  oneToOneTravelMinutes: z.number().int().min(0, 'Enter 0 or more minutes').max(240, 'Enter 240 minutes (4 hours) or fewer').optional(),
  swemwbsRegistration: optionalText('SWEMWBS registration', 100).optional(),
  ...organisationDetailsInputShape,
  lockAfterIdleMinutes: z
    .number()
    .int()
    .refine((m) => (LOCK_AFTER_IDLE_CHOICES as readonly number[]).includes(m), `Choose ${LOCK_AFTER_IDLE_CHOICES.join(', ')} minutes`)
    .optional(),
  ...retentionSettingsInputShape,
});
export type SettingsInput = z.input<typeof settingsInputSchema>;
