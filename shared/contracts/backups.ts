import { z } from 'zod';
import { method } from '../contract';
import type { BackupInfo } from '../domain/backups';
import type { FileDownload } from '../files';
import { noInput, uploadedFileSchema } from './common';
import type { AppStatus } from './system';

export const backupsApi = {
  list: method(noInput).returns<BackupInfo[]>(),
  create: method(noInput).returns<BackupInfo>(),
  /** A fresh backup as a file the user saves where they choose. */
  download: method(noInput).returns<FileDownload>(),
  restore: method(z.object({ name: z.string().min(1).max(300) })).returns<AppStatus>(),
  restoreFromFile: method(z.object({ file: uploadedFileSchema })).returns<AppStatus>(),
};
