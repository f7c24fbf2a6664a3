import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TOKEN_HEADER, type Harness } from '../../../../electron/harness/server';
import { openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
let harness: Harness;
let staticDir: string;

beforeAll(async () => {
  app = await openTestApp();
  staticDir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-static-'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Peer Desk</title>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  harness = await startHarness({ services: app.services, staticDir, port: 0, token: 'test-token' });
});

afterAll(async () => {
  await harness.close();
  await app.close();
  await rm(staticDir, { recursive: true, force: true });
});

/** Raw HTTP so the Host header and odd paths are sent exactly as written. */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: harness.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser harness', () => {
  it('prints a 127.0.0.1 address carrying the token', () => {
    expect(harness.url).toBe(`http://127.0.0.1:${harness.port}/#token=test-token`);
  });

  it('serves the app with a strict Content-Security-Policy', async () => {
    const res = await request({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Peer Desk</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toContain('javascript');
  });

  it('never serves files outside the app folder', async () => {
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x.js']) {
      const res = await request({ path: p });
      expect(res.body).not.toContain('"name"');
      expect(res.body).not.toContain('root:');
    }
  });

  it('refuses API calls without the token, and other host names', async () => {
    const noToken = await request({ method: 'POST', path: '/api/system.status', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    const wrongHost = await request({ method: 'POST', path: '/api/system.status', headers: { host: 'evil.example', [TOKEN_HEADER]: 'test-token' }, body: '{}' });
    expect(wrongHost.status).toBe(421);
  });

  it('answers API calls with the same envelopes as IPC', async () => {
    const ok = await request({ method: 'POST', path: '/api/system.status', headers: { [TOKEN_HEADER]: 'test-token', 'content-type': 'application/json' }, body: '{}' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { phase: 'welcome' } });
    const bad = await request({ method: 'POST', path: '/api/volunteers.create', headers: { [TOKEN_HEADER]: 'test-token' }, body: '{"volunteer":{}}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const junk = await request({ method: 'POST', path: '/api/volunteers.create', headers: { [TOKEN_HEADER]: 'test-token' }, body: '{not json' });
    expect(junk.status).toBe(400);
  });
});
