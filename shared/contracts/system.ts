import { method } from '../contract';
import type { BackupInfo } from '../domain/backups';
import type { Settings } from '../domain/settings';
import { z } from 'zod';
import { noInput } from './common';
import { optionalText } from '../fields';

export interface StoreProblem {
  /** The data file that could not be read ("volunteers.json"). */
  file: string;
  /** Where the damaged file was moved so it is never overwritten; absent when the file is missing. */
  movedTo?: string;
  /** Plain-English reason. */
  reason: string;
}

/** Something that happened when the data folder opened, to tell the coordinator once (a restore finished). */
export interface AppNotice {
  id: string;
  message: string;
}

export type AppPhase = 'welcome' | 'ready' | 'needs-recovery';

export interface AppStatus {
  phase: AppPhase;
  appVersion: string;
  dataDir: string;
  settings: Settings;
  problems: StoreProblem[];
  /** Newest backup, offered on the recovery screen. */
  latestBackup: BackupInfo | null;
  counts: Record<string, number>;
  /** Shown as a dismissible message until the coordinator closes it. */
  notices: AppNotice[];
}

export const systemApi = {
  status: method(noInput).returns<AppStatus>(),
  /** Starts with no records, naming the coordinator and the organisation when given (one commit). */
  startEmpty: method(
    z
      .object({ organisationName: optionalText('organisation name', 150).optional(), yourName: optionalText('your name', 100).optional() })
      .optional()
      .default({}),
  ).returns<AppStatus>(),
  loadSampleData: method(noInput).returns<AppStatus>(),
  /** After a damaged file: carry on with that part empty (the damaged copy is kept aside). */
  continueWithoutRestoring: method(noInput).returns<AppStatus>(),
  /** "Close" on a notice. */
  dismissNotice: method(z.object({ id: z.string().min(1).max(100) })).returns<AppStatus>(),
};
