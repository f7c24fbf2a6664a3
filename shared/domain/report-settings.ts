import { z } from 'zod';
import { DEFAULT_RATE_NAME, DEFAULT_RATES, rateSchema, ratesInputSchema } from './rates';

/**
 * Settings for funder reports, joined into the settings document. Each has a default, so a
 * data folder saved before reports existed opens with them filled in.
 */

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
/** Big enough for a crisp logo on A4, small enough to keep settings quick to save. */
export const LOGO_MAX_BYTES = 300 * 1024;

export const logoSchema = z.object({
  fileName: z.string(),
  mimeType: z.enum(LOGO_MIME_TYPES),
  base64: z.string(),
  /** Pixels, read from the file when it was uploaded. */
  width: z.number().int(),
  height: z.number().int(),
});
export type Logo = z.infer<typeof logoSchema>;

/** A logo a report was sent with, kept once however many reports used it: `id` is its SHA-256. */
export const sentLogoSchema = logoSchema.extend({ id: z.string() });
export type SentLogo = z.infer<typeof sentLogoSchema>;

export const reportSettingsShape = {
  /** Hourly rates for valuing volunteer time, each with the date it took effect. */
  rates: z.array(rateSchema).default(() => DEFAULT_RATES.map((r) => ({ ...r }))),
  /** The rate series reports use unless a grant names another. */
  volunteerRateName: z.string().default(DEFAULT_RATE_NAME),
  /** Show counts of 1–4 in tables of people as "<5". */
  suppressSmallNumbers: z.boolean().default(true),
  /** Printed on the cover of funder reports. */
  logo: logoSchema.optional(),
};

export const REPORT_SETTINGS_DEFAULTS = {
  rates: DEFAULT_RATES.map((r) => ({ ...r })),
  volunteerRateName: DEFAULT_RATE_NAME,
  suppressSmallNumbers: true,
};

export const reportSettingsInputShape = {
  rates: ratesInputSchema.optional(),
  volunteerRateName: z.string().trim().min(1, 'Choose the rate to value volunteer time at').max(80).optional(),
  suppressSmallNumbers: z.boolean().optional(),
  /** A PNG or JPEG file to upload, or null to remove the logo. */
  logo: z
    .object({
      name: z.string().max(500),
      // Base64 is 4/3 of the bytes; a little over so the handler can give the plain message.
      base64: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 1024, 'The logo file is too big: use a PNG or JPEG under 300 KB'),
    })
    .nullable()
    .optional(),
};
