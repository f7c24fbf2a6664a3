import { open as openFile, readdir, readFile, rm, mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openServices, type Services } from '../../electron/services';
import { writeDemoData } from '../../scripts/demo-data';
import { todayIso } from '../../shared/dates';
import type { DemoSize } from '../../shared/demo';
import type { Volunteer } from '../../shared/domain/volunteers';

/**
 * `npm run bench [-- --json] [-- --sizes small,large]`: times what a coordinator waits for,
 * through the same services the app calls (store, handlers, validation), on demo data
 * folders of each size. Each figure is set beside the raw cost of the same bytes
 * (readFile + JSON.parse to open, writeFile + fsync to save), so a regression in our code
 * shows as a ratio, whatever the machine.
 */

interface SizeResult {
  size: DemoSize;
  volunteers: number;
  bytesOnDisk: number;
  openMs: number;
  rawReadParseMs: number;
  openRatio: number;
  saveP50Ms: number;
  saveP95Ms: number;
  rawWriteFsyncMs: number;
  saveRatio: number;
  searchP95Ms: number;
  searchP50Ms: number;
  csvExportMs: number;
  csvBytes: number;
}

const TARGETS = { openMs: 300, saveP95Ms: 50, searchP95Ms: 16 } as const;

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

const median = (samples: readonly number[]): number => percentile(samples, 50);

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function call<T>(services: Services, name: string, input: unknown): Promise<T> {
  const result = await services.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function documentFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.includes('.corrupt-')).map((f) => path.join(dir, f));
}

async function rawReadParse(files: readonly string[]): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [ms] = await time(async () => {
      for (const f of files) JSON.parse(await readFile(f, 'utf8'));
    });
    runs.push(ms);
  }
  return median(runs);
}

async function rawWriteFsync(dir: string, bytes: readonly Buffer[]): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const [ms] = await time(async () => {
      for (const [n, b] of bytes.entries()) {
        const handle = await openFile(path.join(dir, `raw-${n}.tmp`), 'w');
        await handle.writeFile(b);
        await handle.sync();
        await handle.close();
      }
    });
    runs.push(ms);
  }
  return median(runs);
}

async function benchSize(size: DemoSize, seed: number): Promise<SizeResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `peer-desk-bench-${size}-`));
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-bench-raw-'));
  try {
    await writeDemoData({ dataDir: dir, size, seed, today: todayIso() });
    const files = await documentFiles(dir);
    let bytesOnDisk = 0;
    for (const f of files) bytesOnDisk += (await stat(f)).size;

    // Open: the first open pays for module warm-up; the median of later opens is what a restart costs.
    const opens: number[] = [];
    let services: Services | undefined;
    for (let i = 0; i < 6; i++) {
      if (services) await services.close();
      const [ms, s] = await time(() => openServices({ dataDir: dir, appVersion: 'bench' }));
      services = s;
      if (i > 0) opens.push(ms);
    }
    const svc = services!;
    const openMs = median(opens);
    const rawReadParseMs = await rawReadParse(files);

    // Save one edit, as the form does: volunteers.update with the whole record (plus its audit entry).
    const list = await call<{ rows: { id: string }[] }>(svc, 'volunteers.list', { limit: 50 });
    const ids = list.rows.map((r) => r.id);
    await call(svc, 'volunteers.update', { id: ids[0], volunteer: { firstName: 'Warm', lastName: 'Up' } }); // today's automatic backup
    const saves: number[] = [];
    for (let i = 0; i < 50; i++) {
      const id = ids[i % ids.length]!;
      const v = await call<Volunteer>(svc, 'volunteers.get', { id });
      const { id: _id, createdAt: _c, updatedAt: _u, status: _s, statusHistory: _h, leftDate: _l, leftReason: _r, ...input } = v;
      const [ms] = await time(() => call(svc, 'volunteers.update', { id, volunteer: { ...input, notes: `Bench edit ${i}` }, allowDuplicate: true }));
      saves.push(ms);
    }
    const touched = [path.join(dir, 'volunteers.json'), ...(await documentFiles(dir)).filter((f) => path.basename(f).startsWith('audit-'))];
    const rawWriteFsyncMs = await rawWriteFsync(scratch, await Promise.all(touched.map((f) => readFile(f))));

    // Search as you type: prefixes of surnames, emails and phone digits.
    const all = await call<{ rows: { sortName: string; email?: string; phone?: string }[] }>(svc, 'volunteers.list', { limit: 500 });
    const queries: string[] = [];
    for (const [i, r] of all.rows.entries()) {
      if (queries.length >= 200) break;
      const source = i % 3 === 0 ? r.sortName : i % 3 === 1 ? (r.email ?? r.sortName) : (r.phone ?? r.sortName);
      queries.push(source.slice(0, 2 + (i % 5)));
    }
    const searches: number[] = [];
    for (const q of queries) {
      const [ms] = await time(() => call(svc, 'volunteers.list', { query: q, status: 'current' }));
      searches.push(ms);
    }

    const [csvExportMs, file] = await time(() => call<{ text: string }>(svc, 'volunteers.exportCsv', { scope: 'all' }));
    const counts = await call<{ counts: Record<string, number> }>(svc, 'system.status', {});
    await svc.close();
    return {
      size,
      volunteers: counts.counts.volunteers ?? 0,
      bytesOnDisk,
      openMs,
      rawReadParseMs,
      openRatio: openMs / rawReadParseMs,
      saveP50Ms: median(saves),
      saveP95Ms: percentile(saves, 95),
      rawWriteFsyncMs,
      saveRatio: median(saves) / rawWriteFsyncMs,
      searchP50Ms: median(searches),
      searchP95Ms: percentile(searches, 95),
      csvExportMs,
      csvBytes: Buffer.byteLength(file.text),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function printTable(results: readonly SizeResult[]): void {
  console.log('Peer Desk benchmark (milliseconds; ratio = ours ÷ raw file I/O of the same bytes)\n');
  for (const r of results) {
    console.log(`${r.size}: ${r.volunteers.toLocaleString('en-GB')} volunteers, ${(r.bytesOnDisk / 1024).toFixed(0)} KB of documents`);
    console.log(`  open            ${fmt(r.openMs)} ms   (raw readFile+JSON.parse ${fmt(r.rawReadParseMs)} ms, ratio ${r.openRatio.toFixed(1)})`);
    console.log(`  save one edit   p50 ${fmt(r.saveP50Ms)} ms, p95 ${fmt(r.saveP95Ms)} ms   (raw writeFile+fsync ${fmt(r.rawWriteFsyncMs)} ms, ratio ${r.saveRatio.toFixed(1)})`);
    console.log(`  search          p50 ${fmt(r.searchP50Ms)} ms, p95 ${fmt(r.searchP95Ms)} ms`);
    console.log(`  CSV export all  ${fmt(r.csvExportMs)} ms (${(r.csvBytes / 1024).toFixed(0)} KB)`);
    if (r.size === 'large') {
      const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
      console.log(
        `  targets         open ≤ ${TARGETS.openMs} ms ${verdict(r.openMs <= TARGETS.openMs)}; save p95 ≤ ${TARGETS.saveP95Ms} ms ${verdict(r.saveP95Ms <= TARGETS.saveP95Ms)}; search p95 ≤ ${TARGETS.searchP95Ms} ms ${verdict(r.searchP95Ms <= TARGETS.searchP95Ms)}`,
      );
    }
    console.log('');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, sizes: { type: 'string', default: 'small,large,stress' }, seed: { type: 'string', default: '1' } } });
  const sizes = values.sizes.split(',').map((s) => s.trim()) as DemoSize[];
  const results: SizeResult[] = [];
  for (const size of sizes) {
    if (!values.json) process.stderr.write(`benchmarking ${size}…\n`);
    results.push(await benchSize(size, Number(values.seed)));
  }
  if (values.json) {
    console.log(JSON.stringify({ node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, targets: TARGETS, results }));
  } else {
    printTable(results);
  }
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exit(1);
});
