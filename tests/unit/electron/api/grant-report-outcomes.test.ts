import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_GRANT, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { core10Answers } from '../../../fixtures/reports/outcome-report';
import { writeGrantFixture } from '../../../fixtures/reports/write-fixture';
import { openTestApp, type TestApp } from '../../../helpers/services';

/**
 * The report's outcome figures gathered from the store: questionnaires kept in each year's
 * file, a "before" from a year before the period, and people the grant does not reach left out.
 * The rules themselves are counted in tests/unit/shared/domain/report-outcomes-measures.test.ts.
 */

let app: TestApp;
beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-report-outcomes-'));
  await writeGrantFixture(dir);
  app = await openTestApp({ dir }); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

const core10 = (memberId: string, date: string, score: number) =>
  app.api.outcomes.record({ memberId, completion: { measureId: 'core-10', date, given: 'paper', answers: core10Answers(score) } });

describe('outcome figures in a report, from the store', () => {
  it('pairs a before from an earlier year’s file with an after in the period, for the people the grant reaches', async () => {
    // Amira (at the funded G1): 20 in December 2024, 14 in May 2025, 8 in March 2026, 30 in April 2026 (after the period).
    await core10('m-a', '2024-12-10', 20);
    await core10('m-a', '2025-05-01', 14);
    await core10('m-a', '2026-03-03', 8);
    await core10('m-a', '2026-04-10', 30);
    // Gwyn only ever went to the unfunded art group: not the grant's.
    await core10('m-g', '2025-05-01', 20);
    await core10('m-g', '2026-03-01', 5);
    await app.api.settings.update({ suppressSmallNumbers: false });
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_2.from, to: YEAR_2.to });
    const rows = Object.fromEntries((view.figures.outcomes?.measures ?? []).map((m) => [m.measureId, Object.fromEntries(m.rows.map((r) => [r.key, r.value]))]));
    // 20 → 8: one person, improved, clinically and reliably; small numbers shown in full (Settings).
    expect(rows).toEqual({
      'core-10': {
        people: '1',
        'score-before': '20.0',
        'score-after': '8.0',
        'score-improved': '1 (100%)',
        'score-no-reliable-change': '0 (0%)',
        'score-worse': '0 (0%)',
        'clinically-improved': '1 (100%)',
      },
    });
    const csv = (await app.api.grants.reportCsv({ grantId: FIXTURE_GRANT.id, reportId: view.report.id })).text;
    expect(csv).toContain('Outcomes this period,CORE-10: Clinical score: Improved,1 (100%),n = 1');
  });

  it('has no outcome section when nobody has answered a questionnaire', async () => {
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_2.from, to: YEAR_2.to });
    expect(view.figures.outcomes).toBeUndefined();
  });
});
