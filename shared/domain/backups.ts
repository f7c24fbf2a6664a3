export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-restore', 'before-sample-data', 'before-protection'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Automatic (first save of the day)',
  manual: 'Back up now',
  'before-migration': 'Automatic (before upgrading the data)',
  'before-restore': 'Automatic (before a restore)',
  'before-sample-data': 'Automatic (before loading sample data)',
  'before-protection': 'Automatic (before turning passphrase protection on or off)',
};

export interface BackupInfo {
  /** File name inside the backups folder; the only handle the renderer gets. */
  name: string;
  createdAt: string;
  reason: BackupReason;
  /** Records held, by kind ("volunteers": 487). */
  counts: Record<string, number>;
  sizeBytes: number;
}
