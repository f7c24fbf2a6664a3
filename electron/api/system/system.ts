import type { AppStatus, HandlerMap } from '../../../shared/api';
import { generateDemoDataset, type DemoDataset } from '../../demo/dataset';
import { todayIso } from '../../../shared/dates';
import type { Settings } from '../../../shared/domain/settings';
import { ApiError } from '../../../shared/errors';
import {
  activationOverrideRecords,
  completionRecords,
  dbsCheckRecords,
  expenseRecords,
  grantRecords,
  groupRecords,
  manualHoursRecords,
  memberRecords,
  programmeRecords,
  programmeSessionRecords,
  referralRecords,
  sessionRecords,
  settingsKind,
  settingsValue,
  supervisionRecords,
  trainingRecords,
  travelTripRecords,
  venueRecords,
  volunteerRecords,
} from '../../documents';
import type { Collection, StoredRecord, Transaction } from '../../store';
import type { Store } from '../../store/types';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';

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

function putAll<T extends StoredRecord>(tx: Transaction, collection: Collection<T>, records: readonly T[]): void {
  for (const record of records) tx.put(collection, record);
}

/**
 * Stages a whole sample dataset as puts in one transaction (sessions go to their year
 * documents by themselves): what "Load sample data" and `npm run demo-data` both do, so the
 * two can never hold different shapes of data, and a failure part way leaves nothing behind.
 */
export function stageSampleDataset(tx: Transaction, dataset: DemoDataset, options: WriteSampleOptions): void {
  putAll(tx, volunteerRecords, dataset.volunteers);
  putAll(tx, memberRecords, dataset.members);
  putAll(tx, referralRecords, dataset.referrals);
  putAll(tx, venueRecords, dataset.venues);
  putAll(tx, groupRecords, dataset.groups);
  putAll(tx, sessionRecords, dataset.sessions);
  putAll(tx, grantRecords, dataset.grants);
  putAll(tx, dbsCheckRecords, dataset.compliance.dbsChecks);
  putAll(tx, trainingRecords, dataset.compliance.training);
  putAll(tx, supervisionRecords, dataset.compliance.supervision);
  putAll(tx, manualHoursRecords, dataset.compliance.hours);
  putAll(tx, expenseRecords, dataset.compliance.expenses);
  putAll(tx, activationOverrideRecords, dataset.compliance.activationOverrides);
  putAll(tx, programmeRecords, dataset.programmes);
  putAll(tx, programmeSessionRecords, dataset.programmeSessions);
  putAll(tx, travelTripRecords, dataset.trips);
  putAll(tx, completionRecords, dataset.completions);
  const before = tx.value(settingsValue);
  const settings: Settings =
    options.settings === 'replace' ? dataset.settings : { ...before, organisationName: before.organisationName || dataset.settings.organisationName, setUpDone: true };
  tx.set(settingsValue, settings, { replaces: before });
}

/** Writes a whole sample dataset as one commit (see stageSampleDataset). */
export async function writeSampleDataset(store: Store, dataset: DemoDataset, options: WriteSampleOptions): Promise<void> {
  await store.transaction((tx) => stageSampleDataset(tx, dataset, options));
}

/** Marks set-up as done (in the commit `tx` belongs to), so the welcome screen is not shown again. */
function stageSetUpDone(tx: Transaction): void {
  const before = tx.value(settingsValue);
  if (!before.setUpDone) tx.set(settingsValue, { ...before, setUpDone: true }, { replaces: before });
}

function checkEmpty(ctx: AppContext): void {
  const counts = ctx.store.counts();
  if (RECORD_COUNTS.some((k) => (counts[k] ?? 0) > 0)) {
    throw new ApiError('CONFLICT', 'Sample data can only be loaded into an empty Peer Desk, so it never mixes with real records.');
  }
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
    notices: store.notices.map((n) => ({ id: n.id, message: n.message })),
  };
}

export const systemHandlers: HandlerMap<AppContext>['system'] = {
  status: (_input, ctx) => appStatus(ctx),

  async startEmpty(input, ctx) {
    await ctx.store.transaction((tx) => {
      const before = tx.value(settingsValue);
      const after: Settings = { ...before, setUpDone: true };
      if (input.organisationName) after.organisationName = input.organisationName;
      if (input.yourName) after.yourName = input.yourName;
      tx.set(settingsValue, after, { replaces: before });
    });
    return appStatus(ctx);
  },

  async loadSampleData(_input, ctx) {
    checkEmpty(ctx);
    const sample = generateDemoDataset({ size: 'small', seed: SAMPLE_DATA_SEED, today: todayIso(ctx.now()) });
    const n = (count: number) => count.toLocaleString('en-GB');
    const audit = {
      action: 'import' as const,
      entity: 'volunteer',
      summary: `Loaded sample data (${n(sample.volunteers.length)} volunteers), with ${n(sample.members.length)} members, ${n(sample.groups.length)} groups, ${n(sample.venues.length)} venues, ${n(sample.sessions.length)} sessions, ${n(sample.referrals.length)} referrals and ${n(sample.programmes.length)} one-to-one programmes`,
    };
    await commit(ctx, audit, (tx) => {
      // Checked again in the commit: records saved meanwhile must never mix with the sample.
      checkEmpty(ctx);
      stageSampleDataset(tx, sample, { settings: 'keep-organisation-name' });
    });
    return appStatus(ctx);
  },

  async dismissNotice({ id }, ctx) {
    ctx.store.dismissNotice(id);
    return appStatus(ctx);
  },

  async continueWithoutRestoring(_input, ctx) {
    const files = ctx.store.problems.map((p) => p.file).join(', ');
    await ctx.store.resolveProblemsWithEmpty();
    // This folder held data before, so never send the coordinator back to the welcome screen.
    const audit = files ? [{ action: 'recovery' as const, entity: 'store', summary: `Continued without restoring a backup after damage to ${files}` }] : [];
    await commit(ctx, audit, stageSetUpDone);
    return appStatus(ctx);
  },
};
