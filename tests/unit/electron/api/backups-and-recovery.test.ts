import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

const add = (firstName: string) => app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Test' }) });

describe('first run', () => {
  it('starts on the welcome screen and can start empty', async () => {
    expect((await app.api.system.status()).phase).toBe('welcome');
    expect((await app.api.system.startEmpty()).phase).toBe('ready');
    await app.reopen();
    expect((await app.api.system.status()).phase).toBe('ready');
  });

  it('loads sample data only into an empty Peer Desk', async () => {
    const status = await app.api.system.loadSampleData();
    expect(status.phase).toBe('ready');
    expect(status.counts.volunteers).toBeGreaterThanOrEqual(40);
    expect(status.settings.organisationName).toMatch(/sample/i);
    expect((await expectFailure(app.api.system.loadSampleData())).code).toBe('CONFLICT');
  });
});

describe('backups through the API', () => {
  it('backs up now, lists with counts, and restores after a confirmation-worthy change', async () => {
    await add('Anna');
    const backup = await app.api.backups.create();
    expect(backup.reason).toBe('manual');
    expect(backup.counts.volunteers).toBe(1);
    await add('Bryn');
    expect((await app.api.volunteers.list()).total).toBe(2);
    const status = await app.api.backups.restore({ name: backup.name });
    expect(status.counts.volunteers).toBe(1);
    const names = (await app.api.backups.list()).map((b) => b.reason);
    expect(names).toContain('before-restore');
    // The restore itself is in the (restored) audit log.
    expect((await app.api.audit.list()).entries[0]?.action).toBe('restore');
  });

  it('round-trips a downloaded backup file and refuses a damaged one', async () => {
    await add('Cerys');
    const file = await app.api.backups.download();
    expect(file.filename).toMatch(/\.pdbackup$/);
    await add('Dewi');
    await app.api.backups.restoreFromFile({ file: { name: file.filename, base64: file.base64 ?? '' } });
    expect((await app.api.volunteers.list()).rows.map((r) => r.name)).toEqual(['Cerys Test']);
    const damaged = await expectFailure(app.api.backups.restoreFromFile({ file: { name: 'x.pdbackup', base64: Buffer.from('not a backup').toString('base64') } }));
    expect(damaged.code).toBe('BAD_FILE');
    expect((await app.api.volunteers.list()).total).toBe(1);
  });

  it('refuses to restore a name outside the backups folder', async () => {
    const error = await expectFailure(app.api.backups.restore({ name: '../volunteers.json' }));
    expect(error.code).toBe('BAD_FILE');
  });
});

describe('a damaged data file', () => {
  it('is moved aside, blocks saving, and is recovered from the latest backup', async () => {
    await add('Eirlys');
    await app.api.backups.create();
    await app.services.close();
    await writeFile(path.join(app.dir, 'volunteers.json'), '{"schemaVersion":1,"volunteers":[{"id":"x","firstN');
    await app.reopen();
    const status = await app.api.system.status();
    expect(status.phase).toBe('needs-recovery');
    expect(status.problems[0]).toMatchObject({ file: 'volunteers.json', movedTo: expect.stringMatching(/^volunteers\.corrupt-.*\.json$/) as string });
    expect((await readdir(app.dir)).some((f) => f.startsWith('volunteers.corrupt-'))).toBe(true);
    expect((await expectFailure(add('Ffion'))).code).toBe('STORE_NEEDS_RECOVERY');
    const restored = await app.api.backups.restore({ name: status.latestBackup!.name });
    expect(restored.phase).toBe('ready');
    expect((await app.api.volunteers.list()).rows.map((r) => r.name)).toEqual(['Eirlys Test']);
  });

  it('can be left behind with "continue without restoring"', async () => {
    await add('Gwen');
    await app.services.close();
    await writeFile(path.join(app.dir, 'volunteers.json'), '[]');
    await app.reopen();
    expect((await app.api.system.status()).phase).toBe('needs-recovery');
    const status = await app.api.system.continueWithoutRestoring();
    expect(status.phase).toBe('ready');
    expect((await add('Heledd')).status).toBe('saved');
  });
});

describe('settings', () => {
  it('saves organisation, your name and text size; your name goes in the audit log', async () => {
    const s = await app.api.settings.update({ organisationName: 'Helping One Another', yourName: 'Jo Bloggs', textSize: 'large' });
    expect(s).toMatchObject({ organisationName: 'Helping One Another', yourName: 'Jo Bloggs', textSize: 'large' });
    await add('Iolo');
    expect((await app.api.audit.list()).entries[0]?.actor).toBe('Jo Bloggs');
    const bad = await expectFailure(app.api.settings.update({ textSize: 'huge' as 'large' }));
    expect(bad.code).toBe('VALIDATION');
  });
});
