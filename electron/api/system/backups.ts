import type { HandlerMap } from '../../../shared/api';
import { BACKUP_REASON_LABELS } from '../../../shared/domain/backups';
import { formatUkDateTime } from '../../../shared/dates';
import { recordAudit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { appStatus } from './system';

export const backupHandlers: HandlerMap<AppContext>['backups'] = {
  list: (_input, ctx) => ctx.store.listBackups(),

  async create(_input, ctx) {
    const info = await ctx.store.createBackup('manual');
    await recordAudit(ctx, { action: 'backup', entity: 'store', summary: 'Backed up now' }).catch(() => undefined);
    return info;
  },

  async download(_input, ctx) {
    const { filename, bytes } = await ctx.store.backupToBytes();
    return { filename, mimeType: 'application/octet-stream', base64: bytes.toString('base64') };
  },

  async restore({ name }, ctx) {
    const info = (await ctx.store.listBackups()).find((b) => b.name === name);
    await ctx.store.restoreBackup(name);
    const when = info ? `${formatUkDateTime(info.createdAt)} (${BACKUP_REASON_LABELS[info.reason]})` : name;
    await recordAudit(ctx, { action: 'restore', entity: 'store', summary: `Restored the backup from ${when}` });
    return appStatus(ctx);
  },

  async restoreFromFile({ file }, ctx) {
    await ctx.store.restoreBackupBytes(Buffer.from(file.base64, 'base64'));
    await recordAudit(ctx, { action: 'restore', entity: 'store', summary: 'Restored a backup from a file' });
    return appStatus(ctx);
  },
};
