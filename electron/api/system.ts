import type { AppStatus, HandlerMap } from '../../shared/api';
import { generateDemoDataset, type DemoDataset } from '../../shared/demo/dataset';
import { todayIso } from '../../shared/dates';
import type { SessionRecord } from '../../shared/domain/sessions';
import { ApiError } from '../../shared/errors';
import { complianceKind, grantsKind, groupsKind, membersKind, referralsKind, sessionsKind, settingsKind, volunteersKind } from '../documents';
import type { Store } from '../store/types';
import { recordAudit } from './audit-log';
import type { AppContext } from './context';

/** The seed behind "Load sample data": the same people every time, so help notes can refer to them. */
export const SAMPLE_DATA_SEED = 1;

/** Record counts that make a Peer Desk "not empty" for sample data (audit entries do not). */
const RECORD_COUNTS = ['volunteers', 'members', 'referrals', 'venues', 'groups', 'sessions'] as const;

export interface WriteSampleOptions {
  /**
   * 'replace' writes the sample's settings; 'keep-organisation-name' keeps a name the
   * coordinator already typed and only marks set-up as done.
   */
  settings: 'replace' | 'keep-organisation-name';
}

/**
 * Writes a whole sample dataset through the store, one document at a time and sessions into
 * their year documents: what "Load sample data" and `npm run demo-data` both do, so the two
 * can never hold different shapes of data.
 */
export async function writeSampleDataset(store: Store, dataset: DemoDataset, options: WriteSampleOptions): Promise<void> {
  await store.update(volunteersKind, undefined, (doc) => {
    doc.volunteers = dataset.volunteers;
  });
  await store.update(membersKind, undefined, (doc) => {
    doc.members = dataset.members;
  });
  await store.update(referralsKind, undefined, (doc) => {
    doc.referrals = dataset.referrals;
  });
  await store.update(groupsKind, undefined, (doc) => {
    doc.venues = dataset.venues;
    doc.groups = dataset.groups;
  });
  const byYear = new Map<string, SessionRecord[]>();
  for (const s of dataset.sessions) {
    const year = s.date.slice(0, 4);
    let list = byYear.get(year);
    if (!list) byYear.set(year, (list = []));
    list.push(s);
  }
  for (const [year, sessions] of [...byYear].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await store.update(sessionsKind, year, (doc) => {
      doc.sessions = sessions;
    });
  }
  await store.update(grantsKind, undefined, (doc) => {
    doc.grants = dataset.grants;
  });
  await store.update(complianceKind, undefined, (doc) => {
    Object.assign(doc, dataset.compliance);
  });
  await store.update(settingsKind, undefined, (doc) => {
    doc.settings =
      options.settings === 'replace'
        ? dataset.settings
        : { ...doc.settings, organisationName: doc.settings.organisationName || dataset.settings.organisationName, setUpDone: true };
  });
}

export async function appStatus(ctx: AppContext): Promise<AppStatus> {
  const { store } = ctx;
  const settings = store.get(settingsKind).settings;
  const backups = await store.listBackups();
  const counts = store.counts();
  // Any record means the folder is in use, whatever kind it is (a folder may hold only members).
  const hasRecords = ['volunteers', 'members', 'groups', 'venues', 'referrals'].some((k) => (counts[k] ?? 0) > 0);
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
    const counts = ctx.store.counts();
    if (RECORD_COUNTS.some((k) => (counts[k] ?? 0) > 0)) {
      throw new ApiError('CONFLICT', 'Sample data can only be loaded into an empty Peer Desk, so it never mixes with real records.');
    }
    const sample = generateDemoDataset({ size: 'small', seed: SAMPLE_DATA_SEED, today: todayIso(ctx.now()) });
    await writeSampleDataset(ctx.store, sample, { settings: 'keep-organisation-name' });
    const n = (count: number) => count.toLocaleString('en-GB');
    await recordAudit(ctx, {
      action: 'import',
      entity: 'volunteer',
      summary: `Loaded sample data (${n(sample.volunteers.length)} volunteers), with ${n(sample.members.length)} members, ${n(sample.groups.length)} groups, ${n(sample.venues.length)} venues, ${n(sample.sessions.length)} sessions and ${n(sample.referrals.length)} referrals`,
    });
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
