import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../fields';
import { parsePounds } from '../money';
import { addressInputSchema, addressRecordSchema } from './person';

/** Yes / no / not checked: an access feature nobody has checked must not read as "no". */
export const ACCESS_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type AccessAnswer = (typeof ACCESS_ANSWERS)[number];

export const ACCESS_FEATURES = [
  { key: 'stepFree', label: 'Step-free access' },
  { key: 'hearingLoop', label: 'Hearing loop' },
  { key: 'accessibleToilet', label: 'Accessible toilet' },
  { key: 'parking', label: 'Parking' },
] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number]['key'];

const accessRecord = z.object({
  stepFree: z.enum(ACCESS_ANSWERS),
  hearingLoop: z.enum(ACCESS_ANSWERS),
  accessibleToilet: z.enum(ACCESS_ANSWERS),
  parking: z.enum(ACCESS_ANSWERS),
});

export const venueRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  name: z.string(),
  address: addressRecordSchema,
  access: accessRecord,
  transportNotes: z.string().optional(),
  contact: z.object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }),
  /** Room hire per session, in pence. */
  roomCostPence: z.number().int().optional(),
  notes: z.string().optional(),
});
export type Venue = z.infer<typeof venueRecordSchema>;

const accessAnswer = z.enum(ACCESS_ANSWERS).default('unknown');

const venueFields = {
  name: requiredText('the venue name', 150),
  address: addressInputSchema.prefault({}),
  access: z
    .object({ stepFree: accessAnswer, hearingLoop: accessAnswer, accessibleToilet: accessAnswer, parking: accessAnswer })
    .prefault({}),
  transportNotes: optionalText('public transport notes', 1000),
  contact: z
    .object({ name: optionalText('contact name', 100), phone: optionalPhone, email: optionalEmail })
    .prefault({}),
  roomCostPence: z.number().int().min(0, 'Room cost cannot be negative').max(10_000_000).optional(),
  notes: optionalText('notes', 5000),
};

export const venueInputSchema = z.object(venueFields);
export type VenueInput = z.output<typeof venueInputSchema>;

/** The venue form: the room cost is typed in pounds ("£12.50"). */
export const venueFormSchema = z.object({
  ...venueFields,
  roomCostPence: z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = text?.trim() ?? '';
      if (t === '') return undefined;
      const pence = parsePounds(t);
      if (pence === null) {
        ctx.addIssue({ code: 'custom', message: 'Enter the room cost in pounds, like 12.50' });
        return z.NEVER;
      }
      return pence;
    }),
});
export type VenueFormValues = z.input<typeof venueFormSchema>;

/** "Step-free access, hearing loop; no accessible toilet" — for rosters and the group page. */
export function accessSummary(v: Pick<Venue, 'access'>): string {
  const yes = ACCESS_FEATURES.filter((f) => v.access[f.key] === 'yes').map((f) => f.label);
  const no = ACCESS_FEATURES.filter((f) => v.access[f.key] === 'no').map((f) => f.label.toLowerCase());
  const parts: string[] = [];
  if (yes.length) parts.push(yes.join(', '));
  if (no.length) parts.push(`no ${no.join(', no ')}`);
  return parts.join('; ') || 'Access not recorded';
}
