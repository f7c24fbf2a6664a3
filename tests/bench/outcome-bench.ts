import fs from 'node:fs/promises';
import path from 'node:path';
import type { Services } from '../../electron/services';
import type { DueLine, MemberOutcomes } from '../../shared/api';
import { call, median, percentile, time } from './measure';

/**
 * Outcome measures in `npm run bench`: the member's Outcomes tab (outcomes.forMember: every
 * answer scored, first against latest per measure and place) for the members with the most
 * questionnaires, and the Home list of who is due one. Target: the tab p95 ≤ 50 ms on the
 * large set. The funder report with outcome figures is timed by the report step.
 */

export interface OutcomeBench {
  /** Questionnaires in the folder. */
  completions: number;
  /** The most one member has: the tab is timed for the members with the most. */
  mostForOneMember: number;
  tabP50Ms: number;
  tabP95Ms: number;
  dueMs: number;
  dueLines: number;
}

/** Completions per member, read from the folder's year documents (no API lists everyone's). */
async function countsByMember(dataDir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const file of await fs.readdir(dataDir)) {
    if (!/^outcome-completions-\d{4}\.json$/.test(file)) continue;
    const doc = JSON.parse(await fs.readFile(path.join(dataDir, file), 'utf8')) as { completions?: { memberId: string }[] };
    for (const c of doc.completions ?? []) counts.set(c.memberId, (counts.get(c.memberId) ?? 0) + 1);
  }
  return counts;
}

export async function benchOutcomes(svc: Services, dataDir: string): Promise<OutcomeBench> {
  const counts = await countsByMember(dataDir);
  if (counts.size === 0) throw new Error('the sample has no questionnaires');
  const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20);

  const tabs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const [ms, view] = await time(() => call<MemberOutcomes>(svc, 'outcomes.forMember', { memberId: busiest[i % busiest.length]![0] }));
    if (view.rows.length === 0) throw new Error('outcomes.forMember returned no answers for a member who has some');
    tabs.push(ms);
  }

  const dues: number[] = [];
  let lines = 0;
  for (let i = 0; i < 5; i++) {
    const [ms, due] = await time(() => call<DueLine[]>(svc, 'outcomes.due', {}));
    dues.push(ms);
    lines = due.length;
  }

  return {
    completions: [...counts.values()].reduce((a, b) => a + b, 0),
    mostForOneMember: busiest[0]![1],
    tabP50Ms: median(tabs),
    tabP95Ms: percentile(tabs, 95),
    dueMs: median(dues),
    dueLines: lines,
  };
}
