import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm test`: typecheck, lint, unit tests, component tests, then the E2E tests against a
 * fresh build. Every step runs even after a failure so one run shows everything that is
 * wrong; the summary lists each step with its time, and the last line is always
 * `N passed, M failed` (read by .ci/run).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const UNIT_REPORT = 'test-results/unit.json';
const COMPONENT_REPORT = 'test-results/component.json';
/** Must match the json reporter's outputFile in playwright.config.ts. */
const E2E_REPORT = 'test-results/e2e.json';

export interface Counts {
  passed: number;
  failed: number;
}

export type StepKind = 'check' | 'tests';

export interface StepResult {
  name: string;
  kind: StepKind;
  /** null when the step was not run (its prerequisite failed). */
  exitCode: number | null;
  /** For test steps: what the JSON report says, or null if it is missing or unreadable. */
  counts?: Counts | null;
  seconds?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

/**
 * Vitest's JSON report (Jest's format). A test file that fails to load has no tests at all,
 * so each such file counts as one failure; otherwise a broken import would read "0 failed".
 */
export function countVitestReport(report: unknown): Counts | null {
  if (!isRecord(report) || typeof report.numTotalTests !== 'number') return null;
  let failed = count(report.numFailedTests);
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  for (const file of files) {
    if (!isRecord(file) || file.status !== 'failed') continue;
    const assertions = Array.isArray(file.assertionResults) ? file.assertionResults : [];
    if (!assertions.some((a) => isRecord(a) && a.status === 'failed')) failed += 1;
  }
  if (report.success === false && failed === 0) failed = 1;
  return { passed: count(report.numPassedTests), failed };
}

/**
 * Playwright's JSON report. Flaky tests count as failed (a pass on a retry is still a bug),
 * and run-level errors (a spec that does not compile, a bad config) add one each.
 */
export function countPlaywrightReport(report: unknown): Counts | null {
  if (!isRecord(report) || !isRecord(report.stats)) return null;
  const { stats } = report;
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return { passed: count(stats.expected), failed: count(stats.unexpected) + count(stats.flaky) + errors };
}

/**
 * Adds up a run. A failed check, a test step with no readable report, or a test step that
 * exited non-zero while its report shows no failure each add one failure, so a broken run
 * can never print "0 failed".
 */
export function totals(steps: readonly StepResult[]): Counts {
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    if (step.exitCode === null) continue;
    if (step.kind === 'check') {
      if (step.exitCode !== 0) failed += 1;
      continue;
    }
    if (!step.counts) {
      failed += 1;
      continue;
    }
    passed += step.counts.passed;
    failed += step.counts.failed;
    if (step.exitCode !== 0 && step.counts.failed === 0) failed += 1;
  }
  return { passed, failed };
}

export function summaryLine({ passed, failed }: Counts): string {
  return `${passed} passed, ${failed} failed`;
}

/** "3 min 52 s" for the whole run. */
export function describeDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}

export function describeStep(step: StepResult): string {
  if (step.exitCode === null) return `  SKIP  ${step.name} (not run: an earlier step it needs failed)`;
  const ok = step.exitCode === 0 && (step.kind === 'check' || (step.counts != null && step.counts.failed === 0));
  const time = step.seconds === undefined ? '' : ` [${step.seconds.toFixed(1)} s]`;
  let detail = '';
  if (step.kind === 'tests') {
    detail = step.counts ? `: ${summaryLine(step.counts)}` : ': no test report was written';
  }
  if (!ok && step.exitCode !== 0) detail += ` (exit code ${step.exitCode})`;
  return `  ${ok ? 'PASS' : 'FAIL'}  ${step.name}${detail}${time}`;
}

/** The JS entry of a package's command, run with this Node so it works the same on Windows. */
function binOf(pkg: string, command: string): string {
  const manifestPath = path.join(ROOT, 'node_modules', pkg, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${pkg} has no "${command}" command`);
  return path.join(path.dirname(manifestPath), bin);
}

let stopRequested = false;
const running = new Set<ChildProcess>();

/**
 * Runs one tool with this Node. With `quiet`, its output is held and printed in one piece
 * when it ends, so two steps running side by side don't interleave their lines.
 */
function run(args: readonly string[], quiet = false): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const held: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    running.add(child);
    child.on('error', (error) => {
      running.delete(child);
      console.error(`Could not start ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (held.length > 0) process.stdout.write(Buffer.concat(held));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readReport(file: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function hasE2eSpecs(): boolean {
  const dir = path.join(ROOT, 'tests', 'e2e');
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((file) => /\.(spec|test)\.[cm]?[jt]sx?$/.test(file));
}

async function step(
  results: StepResult[],
  name: string,
  kind: StepKind,
  command: () => readonly string[],
  report?: { file: string; count: (json: unknown) => Counts | null },
  quiet = false,
): Promise<StepResult> {
  if (stopRequested) {
    const skipped: StepResult = { name, kind, exitCode: null };
    results.push(skipped);
    return skipped;
  }
  console.log(quiet ? `\n=== ${name} (output when it ends) ===` : `\n=== ${name} ===`);
  const started = Date.now();
  let exitCode: number;
  try {
    exitCode = await run(command(), quiet);
  } catch (error) {
    console.error(`Could not run ${name}: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  }
  const result: StepResult = { name, kind, exitCode, seconds: (Date.now() - started) / 1000 };
  if (report) result.counts = report.count(readReport(report.file));
  results.push(result);
  return result;
}

/** A vitest run of some of its projects (vite.config.ts; `!name` leaves one out) that writes a JSON report. */
function vitestRun(projects: readonly string[], report: string): () => readonly string[] {
  return () => [
    binOf('vitest', 'vitest'),
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
}

export async function runAll(): Promise<number> {
  const started = Date.now();
  const results: StepResult[] = [];
  // Old reports would make a run that crashed before writing one look like it passed.
  for (const file of [UNIT_REPORT, COMPONENT_REPORT, E2E_REPORT]) rmSync(path.join(ROOT, file), { force: true });

  // Two lanes on a two-core machine. The E2E tests use under one core (the browser spends
  // much of each test waiting on the page and on fsync), so they start as soon as the renderer
  // is built, beside lint (about one and a half cores) and then the component and unit tests.
  // One lane: the typecheck (tsc -b), the renderer build, the E2E tests. The other: lint, the
  // component tests, the unit tests. Results are listed in a fixed order.
  const typecheck: StepResult[] = [];
  const lint: StepResult[] = [];
  const build: StepResult[] = [];
  const component: StepResult[] = [];
  const unit: StepResult[] = [];
  const e2e: StepResult[] = [];
  await Promise.all([
    (async () => {
      await step(typecheck, 'typecheck (tsc -b)', 'check', () => [binOf('typescript', 'tsc'), '-b'], undefined, true);
      await step(build, 'build the renderer for E2E', 'check', () => [binOf('vite', 'vite'), 'build', '--logLevel', 'warn'], undefined, true);
      if (build[0]?.exitCode !== 0) {
        e2e.push({ name: 'end-to-end tests', kind: 'tests', exitCode: null });
        return;
      }
      const specs = hasE2eSpecs();
      if (!specs) console.log('\nThere are no end-to-end tests in tests/e2e yet.');
      await step(
        e2e,
        'end-to-end tests',
        'tests',
        () => [binOf('@playwright/test', 'playwright'), 'test', ...(specs ? [] : ['--pass-with-no-tests'])],
        { file: E2E_REPORT, count: countPlaywrightReport },
        true,
      );
    })(),
    (async () => {
      // The cache (like tsc -b's) skips files unchanged since the last clean lint. A change that
      // alters another file's types can hide behind it until a cold run: CI always runs cold.
      await step(lint, 'lint', 'check', () => [binOf('eslint', 'eslint'), '.', '--max-warnings', '0', '--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/'], undefined, true);
      await step(component, 'component tests', 'tests', vitestRun(['component'], COMPONENT_REPORT), { file: COMPONENT_REPORT, count: countVitestReport }, true);
      await step(unit, 'unit tests', 'tests', vitestRun(['!component'], UNIT_REPORT), { file: UNIT_REPORT, count: countVitestReport }, true);
    })(),
  ]);
  results.push(...typecheck, ...lint, ...unit, ...component, ...build, ...e2e);

  const sum = totals(results);
  if (stopRequested) sum.failed += 1;
  console.log('\n=== Summary ===');
  for (const result of results) console.log(describeStep(result));
  if (stopRequested) console.log('  Stopped early (Ctrl+C): the remaining steps did not run.');
  console.log(`  Total time: ${describeDuration((Date.now() - started) / 1000)}`);
  console.log(summaryLine(sum));
  return sum.failed > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // Stop the running tool, start no further step, and still print the summary. (Ctrl+C in a
  // terminal reaches the tool anyway; a signal sent to this process alone would not.)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopRequested = true;
      for (const child of running) child.kill(signal);
    });
  }
  runAll()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(`The test runner itself failed: ${error instanceof Error ? error.message : String(error)}`);
      console.log(summaryLine({ passed: 0, failed: 1 }));
      process.exit(1);
    });
}
