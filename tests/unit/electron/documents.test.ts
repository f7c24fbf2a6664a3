import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { volunteersV0ToV1 } from '../../../electron/store/migrations/volunteers-v0-to-v1';
import { volunteersV1ToV2 } from '../../../electron/store/migrations/volunteers-v1-to-v2';
import { volunteersKind } from '../../../electron/documents';
import { openTestApp, type TestApp } from '../../helpers/services';

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/data-v0');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('volunteers v0 → v1 migration', () => {
  it('is a pure function whose output, taken on through later steps, validates as current', async () => {
    const v0 = JSON.parse(await readFile(path.join(fixture, 'volunteers.json'), 'utf8')) as unknown;
    const before = JSON.stringify(v0);
    const v1 = volunteersV0ToV1.apply(v0);
    expect(JSON.stringify(v0)).toBe(before);
    expect(volunteersKind.schema.safeParse(volunteersV1ToV2.apply(v1)).success).toBe(true);
  });

  it('opens a prototype data folder: backs it up first, then upgrades every record', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-v0-'));
    await cp(fixture, dir, { recursive: true });
    app = await openTestApp({ dir });

    const backups = await app.api.backups.list();
    expect(backups.map((b) => b.reason)).toEqual(['before-migration']);

    const status = await app.api.system.status();
    expect(status).toMatchObject({ phase: 'ready', settings: { organisationName: 'Helping One Another' }, counts: { volunteers: 2 } });

    const list = await app.api.volunteers.list();
    const sian = await app.api.volunteers.get({ id: '3f0d2a8e-1c55-4c8e-9d35-0b1f6f0a9a01' });
    expect(sian).toMatchObject({
      firstName: 'Siân',
      dateOfBirth: '1985-03-07',
      startDate: '2019-09-01',
      roles: ['group-facilitator', 'travel-buddy'],
      address: { line1: '12 Crookes Road', town: 'Sheffield', postcode: 'S10 1UB' },
      status: 'active',
      statusHistory: [{ status: 'active', date: '2019-09-01' }],
      consents: [],
    });
    // An unknown status becomes the start of the pipeline rather than failing the whole file.
    const kwame = list.rows.find((r) => r.name === 'Kwame Mensah');
    expect(kwame?.status).toBe('enquiry');

    // The upgraded files are written with their version; reopening does not migrate again.
    const onDisk = JSON.parse(await readFile(path.join(dir, 'volunteers.json'), 'utf8')) as { schemaVersion: number };
    expect(onDisk.schemaVersion).toBe(volunteersKind.version);
    await app.reopen();
    expect((await app.api.backups.list()).length).toBe(1);
    expect((await readdir(dir)).filter((f) => f.includes('corrupt'))).toEqual([]);
  });
});
