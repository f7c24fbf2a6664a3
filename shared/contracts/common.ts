import { z } from 'zod';
import { base64Length, MAX_CSV_BYTES } from '../csv/file-check';

/** Schemas used by more than one area of the API. */

export const id = z.string().min(1, 'Missing record id').max(100);
export const noInput = z.object({}).default({});

/** A file chosen by the user, read in the renderer and sent as base64 (a backup to restore). */
export const uploadedFileSchema = z.object({
  name: z.string().max(500),
  // ~50 MB of base64: a large backup, but not unbounded. CSV files have their own, lower limit.
  base64: z.string().max(70_000_000, 'The file is too big (over 50 MB)'),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

/**
 * A CSV file to import. The handler refuses anything over MAX_CSV_BYTES (20 MB) before
 * decoding it, naming the file and its size; a body far beyond that is refused here.
 */
export const csvUploadSchema = z.object({
  name: z.string().max(500),
  base64: z.string().max(base64Length(MAX_CSV_BYTES * 1.5), `The file is too big: Peer Desk can import spreadsheets of up to ${MAX_CSV_BYTES / 1024 / 1024} MB.`),
});

/** Import a CSV file: the file, and which column feeds which field (guessed when absent). */
export const csvImportSchema = z.object({
  file: csvUploadSchema,
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
});
