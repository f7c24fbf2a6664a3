import { openServices } from '../../electron/services';
const dir = process.argv[2]!;
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const s = await openServices({ dataDir: dir, appVersion: 'bench', storeOptions: { dailyBackupDelayMs: -1 } });
  const opened = performance.now() - t;
  const t2 = performance.now();
  const r = await s.call('home.thisWeek', {});
  const home = performance.now() - t2;
  console.log(`open ${opened.toFixed(0)} ms, home ${home.toFixed(0)} ms ok=${r.ok} rss=${(process.memoryUsage().rss/2**20).toFixed(0)}MiB problems=${s.store.problems.length}`);
  const t3 = performance.now();
  await s.close();
  console.log(`close ${(performance.now()-t3).toFixed(0)} ms`);
}
export {};
