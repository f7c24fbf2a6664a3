import { z } from 'zod';
import { method } from '../contract';
import type { BackupInfo } from '../domain/backups';
import type { FileDownload } from '../files';
import { noInput, uploadedFileSchema } from './common';
import type { AppStatus } from './system';

export const backupsApi = {
  list: method(noInput).returns<BackupInfo[]>(),
  create: method(noInput).returns<BackupInfo>(),
  /**
   * A fresh backup as a file the user saves where they choose. From a protected folder it is
   * sealed and carries the data key wrapped under the passphrase and the recovery key, unless
   * `unprotected` ("Save it unprotected") asks for a plain one.
   */
  download: method(z.object({ unprotected: z.boolean().optional() }).default({})).returns<FileDownload>(),
  restore: method(z.object({ name: z.string().min(1).max(300) })).returns<AppStatus>(),
  /**
   * A backup sealed with another data key needs the passphrase in use when it was made, or the
   * recovery key; without them (or with a wrong one) the answer is a VALIDATION error on the
   * field `passphrase` or `recoveryKey`, and the screen asks.
   */
  restoreFromFile: method(
    z.object({ file: uploadedFileSchema, passphrase: z.string().max(1000).optional(), recoveryKey: z.string().max(200).optional() }),
  ).returns<AppStatus>(),
};
