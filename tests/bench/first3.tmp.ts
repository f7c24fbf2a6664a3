import { APP_VERSION } from '../../electron/app-version';
import { openServices } from '../../electron/services';
import type { Volunteer } from '../../shared/domain/volunteers';
const dir = process.argv[2]!;
for (let day = 1; day <= 4; day++) {
  const morning = new Date(Date.now() + day * 86400000);
  const s = await openServices({ dataDir: dir, appVersion: APP_VERSION, now: () => morning });
  const call = async <T,>(n: string, i: unknown) => { const r = await s.call(n, i); if (!r.ok) throw new Error(r.error.message); return r.value as T; };
  const first = (await call<{ rows: { id: string }[] }>('volunteers.list', { limit: 1 })).rows[0]!;
  const v = await call<Volunteer>('volunteers.get', { id: first.id });
  const t = performance.now();
  await call('volunteers.update', { id: v.id, volunteer: { ...v, notes: `day ${day}` }, allowDuplicate: true });
  const a = performance.now() - t;
  const t2 = performance.now();
  await call('volunteers.update', { id: v.id, volunteer: { ...v, notes: `day ${day} again` }, allowDuplicate: true });
  console.log(`day ${day}: first ${a.toFixed(2)} ms, second ${(performance.now() - t2).toFixed(2)} ms`);
  await s.close();
}
export {};
