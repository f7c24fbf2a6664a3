import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import { settingsInputSchema, type Settings } from '../domain/settings';
import { noInput } from './common';

export const settingsApi = {
  get: method(noInput).returns<Settings>(),
  update: method(settingsInputSchema).returns<Settings>(),
  /** The privacy notice for members and volunteers, from the organisation's details: an A4 PDF. */
  printPrivacyNotice: method(z.object({ size: z.enum(['standard', 'large'], { error: 'Choose standard or large print' }) })).returns<FileDownload>(),
};
