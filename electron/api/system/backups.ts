import type { HandlerMap } from '../../../shared/api';
import { BACKUP_REASON_LABELS } from '../../../shared/domain/backups';
import { formatUkDateTime } from '../../../shared/dates';
import { readKeyFile } from '../../protection/key-file';
import { backupToRestore, withKeyBlock } from '../../protection/portable-backup';
import { isSealed } from '../../protection/sealed-format';
import { recordAudit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { appStatus } from './system';

const RESTORED_UNPROTECTED =
  'The backup you restored was protected with a passphrase, but this data folder is not, so your records are now kept on this computer without protection. To protect them, use Settings → Protect with a passphrase.';

export const backupHandlers: HandlerMap<AppContext>['backups'] = {
  list: (_input, ctx) => ctx.store.listBackups(),

  async create(_input, ctx) {
    const info = await ctx.store.createBackup('manual');
    await recordAudit(ctx, { action: 'backup', entity: 'store', summary: 'Backed up now' }).catch(() => undefined);
    return info;
  },

  async download({ unprotected }, ctx) {
    const { filename, bytes } = await ctx.store.backupToBytes({ plain: unprotected === true });
    const keyFile = await readKeyFile(ctx.store.dataDir);
    // Sealed bytes alone open only in this folder: the wrapped key goes with them (never the bare key).
    const file = keyFile && isSealed(bytes) ? withKeyBlock(keyFile, bytes) : bytes;
    if (unprotected && keyFile) {
      await recordAudit(ctx, { action: 'backup', entity: 'store', summary: 'Saved a backup to a file without protection' }).catch(() => undefined);
    }
    return { filename, mimeType: 'application/octet-stream', base64: file.toString('base64') };
  },

  async restore({ name }, ctx) {
    const info = (await ctx.store.listBackups()).find((b) => b.name === name);
    await ctx.store.restoreBackup(name);
    const when = info ? `${formatUkDateTime(info.createdAt)} (${BACKUP_REASON_LABELS[info.reason]})` : name;
    await recordAudit(ctx, { action: 'restore', entity: 'store', summary: `Restored the backup from ${when}` });
    return appStatus(ctx);
  },

  async restoreFromFile({ file, passphrase, recoveryKey }, ctx) {
    const folderKey = await readKeyFile(ctx.store.dataDir);
    const secret = passphrase !== undefined ? { passphrase } : recoveryKey !== undefined ? { recoveryKey } : null;
    const backup = await backupToRestore(Buffer.from(file.base64, 'base64'), folderKey?.keyId ?? null, secret);
    try {
      await ctx.store.restoreBackupBytes(backup.bytes, backup.codec ?? undefined);
    } finally {
      backup.forget();
    }
    await recordAudit(ctx, { action: 'restore', entity: 'store', summary: backup.fromAnotherKey ? 'Restored a protected backup from a file' : 'Restored a backup from a file' });
    // The folder stays as the coordinator set it: protection is chosen in Settings, with its recovery sheet.
    if (backup.fromAnotherKey && !folderKey) ctx.store.addNotice({ id: 'restored-unprotected', message: RESTORED_UNPROTECTED });
    return appStatus(ctx);
  },
};
