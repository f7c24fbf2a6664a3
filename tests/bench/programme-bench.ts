import type { Services } from '../../electron/services';
import type { GrantDetail, ProgrammeList, ProgrammeRow, Suggestions } from '../../shared/api';
import type { ProgrammeKind } from '../../shared/domain/programmes';
import { call, median, percentile, time } from './measure';

/**
 * One-to-one programmes in `npm run bench`: the Programmes list as a coordinator uses it
 * (opening it, filtering, typing a name), "Suggest volunteers" (every active volunteer
 * weighed, 500 on the large set), and logging a session through the API (its commit, and the
 * programme page it answers with). Targets: p95 ≤ 50 ms each on the large set.
 */

export interface ProgrammeBench {
  programmes: number;
  open: number;
  listP50Ms: number;
  listP95Ms: number;
  suggestP50Ms: number;
  suggestP95Ms: number;
  /** Volunteers weighed for each suggestion (suggested and left out). */
  suggestWeighed: number;
  logSessionP50Ms: number;
  logSessionP95Ms: number;
}

/** What a coordinator does on the Programmes page: open it, filter by kind or status, look for quiet ones, type a name. */
function listQueries(rows: readonly ProgrammeRow[], kinds: readonly ProgrammeKind[]): Record<string, unknown>[] {
  const queries: Record<string, unknown>[] = [];
  for (let i = 0; i < 20; i++) queries.push({});
  for (const k of kinds) queries.push({ kindId: k.id }, { kindId: k.id, status: 'all' });
  queries.push({ status: 'all', sort: 'member' }, { status: 'all', sort: 'started' }, { noContact: true }, { status: 'waiting' }, { status: 'ended' });
  for (const [i, r] of rows.slice(0, 40).entries()) queries.push({ status: 'all', query: r.member.name.slice(0, 2 + (i % 5)) });
  return queries;
}

export async function benchProgrammes(svc: Services, today: string): Promise<ProgrammeBench> {
  const kinds = await call<ProgrammeKind[]>(svc, 'programmes.kinds', {});
  const everything = await call<ProgrammeList>(svc, 'programmes.list', { status: 'all' });
  if (everything.rows.length === 0) throw new Error('the sample has no programmes');

  const lists: number[] = [];
  for (const q of listQueries(everything.rows, kinds)) lists.push((await time(() => call(svc, 'programmes.list', q)))[0]);

  // Suggestions for open programmes, waiting ones first (where the coordinator asks most).
  const open = everything.rows.filter((r) => r.status !== 'ended').sort((a, b) => Number(b.status === 'waiting') - Number(a.status === 'waiting'));
  const suggests: number[] = [];
  let weighed = 0;
  for (let i = 0; i < 50; i++) {
    const [ms, s] = await time(() => call<Suggestions>(svc, 'programmes.suggest', { id: open[i % open.length]!.id }));
    suggests.push(ms);
    weighed = Math.max(weighed, s.suggested.length + s.leftOut.length);
  }

  // A session logged on each of 50 active programmes, as the "Log a session" form sends it.
  const active = open.filter((r) => r.status === 'active' || r.status === 'matched');
  if (active.length === 0) throw new Error('no active programme to log a session on');
  const logs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const session = { date: today, startTime: '10:00', minutes: 60, mode: i % 3 === 0 ? 'phone' : 'in-person', outcome: 'attended', note: `Bench session ${i}` };
    logs.push((await time(() => call(svc, 'programmes.logSession', { programmeId: active[i % active.length]!.id, session })))[0]);
  }

  return {
    programmes: everything.rows.length,
    open: open.length,
    listP50Ms: median(lists),
    listP95Ms: percentile(lists, 95),
    suggestP50Ms: median(suggests),
    suggestP95Ms: percentile(suggests, 95),
    suggestWeighed: weighed,
    logSessionP50Ms: median(logs),
    logSessionP95Ms: percentile(logs, 95),
  };
}

/**
 * Makes the grant fund every kind of programme as well as its groups, so the yearly report
 * counts one-to-one work too. True when it does: a grant that cannot fund programmes (before
 * they could be chosen) is left as it was and the report is timed without them.
 */
export async function fundProgrammeKinds(svc: Services, grantId: string): Promise<boolean> {
  const kinds = await call<ProgrammeKind[]>(svc, 'programmes.kinds', {});
  const { grant } = await call<GrantDetail>(svc, 'grants.get', { id: grantId });
  const funded = (g: object): string[] => ('programmeKindIds' in g && Array.isArray(g.programmeKindIds) ? (g.programmeKindIds as string[]) : []);
  if (funded(grant).length > 0) return true;
  await call(svc, 'grants.update', { id: grantId, grant: { ...grant, programmeKindIds: kinds.map((k) => k.id) } });
  return funded((await call<GrantDetail>(svc, 'grants.get', { id: grantId })).grant).length > 0;
}
