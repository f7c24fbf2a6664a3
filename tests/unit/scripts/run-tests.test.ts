import { describe, expect, it } from 'vitest';
import {
  countPlaywrightReport,
  countVitestReport,
  describeDuration,
  describeStep,
  summaryLine,
  totals,
  type StepResult,
} from '../../../scripts/run-tests';

function vitestReport(overrides: Record<string, unknown> = {}) {
  return { numTotalTests: 3, numPassedTests: 3, numFailedTests: 0, success: true, testResults: [], ...overrides };
}

function playwrightReport(stats: Record<string, number>, errors: unknown[] = []) {
  return { config: {}, suites: [], errors, stats: { expected: 0, skipped: 0, unexpected: 0, flaky: 0, ...stats } };
}

describe('countVitestReport', () => {
  it('reads passed and failed tests', () => {
    expect(countVitestReport(vitestReport({ numPassedTests: 10, numFailedTests: 2, success: false }))).toEqual({ passed: 10, failed: 2 });
  });

  it('counts a test file that failed to load as a failure', () => {
    const report = vitestReport({
      numTotalTests: 0,
      numPassedTests: 0,
      success: false,
      testResults: [{ status: 'failed', assertionResults: [], message: 'Cannot find module' }],
    });
    expect(countVitestReport(report)).toEqual({ passed: 0, failed: 1 });
  });

  it('does not count a file twice when its tests already failed', () => {
    const report = vitestReport({
      numPassedTests: 1,
      numFailedTests: 1,
      success: false,
      testResults: [{ status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] }],
    });
    expect(countVitestReport(report)).toEqual({ passed: 1, failed: 1 });
  });

  it('never reports 0 failed for an unsuccessful run', () => {
    expect(countVitestReport(vitestReport({ success: false }))).toEqual({ passed: 3, failed: 1 });
  });

  it('returns null for anything that is not a report', () => {
    for (const junk of [null, 'x', [], {}, { stats: {} }]) expect(countVitestReport(junk)).toBeNull();
  });
});

describe('countPlaywrightReport', () => {
  it('reads expected as passed and unexpected as failed, ignoring skipped', () => {
    expect(countPlaywrightReport(playwrightReport({ expected: 7, unexpected: 1, skipped: 3 }))).toEqual({ passed: 7, failed: 1 });
  });

  it('counts flaky tests and run errors as failures', () => {
    expect(countPlaywrightReport(playwrightReport({ expected: 2, flaky: 1 }, [{ message: 'SyntaxError' }]))).toEqual({ passed: 2, failed: 2 });
  });

  it('accepts a run with no tests at all', () => {
    expect(countPlaywrightReport(playwrightReport({}))).toEqual({ passed: 0, failed: 0 });
  });

  it('returns null for anything that is not a report', () => {
    for (const junk of [null, 42, {}, vitestReport()]) expect(countPlaywrightReport(junk)).toBeNull();
  });
});

describe('totals', () => {
  const check = (exitCode: number | null): StepResult => ({ name: 'lint', kind: 'check', exitCode });
  const tests = (exitCode: number, counts: StepResult['counts']): StepResult => ({ name: 'unit', kind: 'tests', exitCode, counts });

  it('adds up the test counts from every report', () => {
    expect(totals([check(0), tests(0, { passed: 5, failed: 0 }), tests(1, { passed: 2, failed: 1 })])).toEqual({ passed: 7, failed: 1 });
  });

  it('adds one failure for each failed check', () => {
    expect(totals([check(2), check(1), tests(0, { passed: 5, failed: 0 })])).toEqual({ passed: 5, failed: 2 });
  });

  it('adds one failure for a missing report', () => {
    expect(totals([tests(0, null), tests(1, undefined)])).toEqual({ passed: 0, failed: 2 });
  });

  it('adds one failure when a test run exits non-zero with no failure in its report', () => {
    expect(totals([tests(1, { passed: 4, failed: 0 })])).toEqual({ passed: 4, failed: 1 });
  });

  it('does not count steps that never ran', () => {
    expect(totals([check(null), { name: 'e2e', kind: 'tests', exitCode: null }])).toEqual({ passed: 0, failed: 0 });
  });
});

describe('output', () => {
  it('prints the final line in the agreed shape', () => {
    expect(summaryLine({ passed: 12, failed: 0 })).toBe('12 passed, 0 failed');
    expect(summaryLine({ passed: 12, failed: 0 })).toMatch(/^\d+ passed, \d+ failed$/);
  });

  it('gives the time of the whole run in minutes and seconds', () => {
    expect(describeDuration(42.4)).toBe('42 s');
    expect(describeDuration(232.6)).toBe('3 min 53 s');
    expect(describeDuration(240)).toBe('4 min 0 s');
  });

  it('describes each step plainly', () => {
    expect(describeStep({ name: 'lint', kind: 'check', exitCode: 1 })).toBe('  FAIL  lint (exit code 1)');
    expect(describeStep({ name: 'unit tests', kind: 'tests', exitCode: 0, counts: { passed: 3, failed: 0 }, seconds: 1.25 })).toBe(
      '  PASS  unit tests: 3 passed, 0 failed [1.3 s]',
    );
    expect(describeStep({ name: 'e2e', kind: 'tests', exitCode: 0, counts: null })).toContain('no test report');
    expect(describeStep({ name: 'e2e', kind: 'tests', exitCode: null })).toContain('SKIP');
  });
});
