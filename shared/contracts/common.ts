import { z } from 'zod';

/** Schemas used by more than one area of the API. */

export const id = z.string().min(1, 'Missing record id').max(100);
export const noInput = z.object({}).default({});

/** A file chosen by the user, read in the renderer and sent as base64. */
export const uploadedFileSchema = z.object({
  name: z.string().max(500),
  // ~50 MB of base64: a very large spreadsheet or backup, but not unbounded.
  base64: z.string().max(70_000_000, 'The file is too big (over 50 MB)'),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

/** Import a CSV file: the file, and which column feeds which field (guessed when absent). */
export const csvImportSchema = z.object({
  file: uploadedFileSchema,
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
});
