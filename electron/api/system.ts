import type { AppStatus, HandlerMap } from '../../shared/api';
import { generateDemoDataset } from '../../shared/demo/dataset';
import { todayIso } from '../../shared/dates';
import { ApiError } from '../../shared/errors';
import { settingsKind, volunteersKind } from '../documents';
import { recordAudit } from './audit-log';
import type { AppContext } from './context';

/** The seed behind "Load sample data": the same people every time, so help notes can refer to them. */
export const SAMPLE_DATA_SEED = 1;

export async function appStatus(ctx: AppContext): Promise<AppStatus> {
  const { store } = ctx;
  const settings = store.get(settingsKind).settings;
  const backups = await store.listBackups();
  const counts = store.counts();
  const hasRecords = (counts.volunteers ?? 0) > 0;
  return {
    phase: store.problems.length > 0 ? 'needs-recovery' : settings.setUpDone || hasRecords ? 'ready' : 'welcome',
    appVersion: ctx.appVersion,
    dataDir: store.dataDir,
    settings,
    problems: [...store.problems],
    latestBackup: backups[0] ?? null,
    counts,
  };
}

export const systemHandlers: HandlerMap<AppContext>['system'] = {
  status: (_input, ctx) => appStatus(ctx),

  async startEmpty(_input, ctx) {
    await ctx.store.update(settingsKind, undefined, (doc) => {
      doc.settings.setUpDone = true;
    });
    return appStatus(ctx);
  },

  async loadSampleData(_input, ctx) {
    if (ctx.store.get(volunteersKind).volunteers.length > 0) {
      throw new ApiError('CONFLICT', 'Sample data can only be loaded into an empty Peer Desk, so it never mixes with real records.');
    }
    const sample = generateDemoDataset({ size: 'small', seed: SAMPLE_DATA_SEED, today: todayIso(ctx.now()) });
    await ctx.store.update(volunteersKind, undefined, (doc) => {
      doc.volunteers = sample.volunteers;
    });
    await ctx.store.update(settingsKind, undefined, (doc) => {
      doc.settings = { ...doc.settings, organisationName: doc.settings.organisationName || sample.settings.organisationName, setUpDone: true };
    });
    await recordAudit(ctx, { action: 'import', entity: 'volunteer', summary: `Loaded sample data (${sample.volunteers.length} volunteers)` });
    return appStatus(ctx);
  },

  async continueWithoutRestoring(_input, ctx) {
    const files = ctx.store.problems.map((p) => p.file).join(', ');
    await ctx.store.resolveProblemsWithEmpty();
    // This folder held data before, so never send the coordinator back to the welcome screen.
    await ctx.store.update(settingsKind, undefined, (doc) => {
      doc.settings.setUpDone = true;
    });
    if (files) {
      await recordAudit(ctx, { action: 'recovery', entity: 'store', summary: `Continued without restoring a backup after damage to ${files}` });
    }
    return appStatus(ctx);
  },
};
