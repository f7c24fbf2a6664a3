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
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  port?: number;
}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: options.port ?? harness.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
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

  it('answers 400 with a plain message when the action name has a bad %-escape', async () => {
    const res = await request({ method: 'POST', path: '/api/%E0%A4%A', headers: { [TOKEN_HEADER]: 'test-token' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Peer Desk does not know that action (its name is not valid).' },
    });
  });

  it('answers 400 "not valid JSON" for a body that is not JSON', async () => {
    const res = await request({ method: 'POST', path: '/api/system.status', headers: { [TOKEN_HEADER]: 'test-token' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'BAD_FILE', message: 'The request could not be read (it is not valid JSON).' } });
  });

  it('marks every API answer nosniff, whatever its status', async () => {
    const headers = { [TOKEN_HEADER]: 'test-token' };
    const answers = [
      await request({ method: 'POST', path: '/api/system.status', headers, body: '{}' }),
      await request({ method: 'POST', path: '/api/volunteers.create', headers, body: '{"volunteer":{}}' }),
      await request({ method: 'POST', path: '/api/no.such', headers, body: '{}' }),
      await request({ method: 'POST', path: '/api/system.status', body: '{}' }),
      await request({ method: 'POST', path: '/api/%E0%A4%A', headers, body: '{}' }),
      await request({ method: 'POST', path: '/api/system.status', headers, body: '{not json' }),
      await request({ method: 'GET', path: '/api/system.status', headers }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 401, 400, 400, 405]);
    for (const answer of answers) expect(answer.headers['x-content-type-options']).toBe('nosniff');
    for (const answer of answers.slice(0, 6)) expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  describe('a body over the size limit', () => {
    let small: Harness;
    beforeAll(async () => {
      small = await startHarness({ services: app.services, staticDir, port: 0, token: 'test-token', maxBodyBytes: 64 });
    });
    afterAll(async () => {
      await small.close();
    });
    const tooLarge = { ok: false, error: { code: 'BAD_FILE', message: 'The request could not be read (it is too large).' } };
    const big = JSON.stringify({ note: 'x'.repeat(100) });

    it('answers 413 "too large" when the declared length is over the limit', async () => {
      const res = await request({ port: small.port, method: 'POST', path: '/api/system.status', headers: { [TOKEN_HEADER]: 'test-token' }, body: big });
      expect(res.status).toBe(413);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(JSON.parse(res.body)).toEqual(tooLarge);
    });

    it('answers 413 "too large" when a chunked body grows past the limit', async () => {
      const res = await request({
        port: small.port,
        method: 'POST',
        path: '/api/system.status',
        headers: { [TOKEN_HEADER]: 'test-token', 'transfer-encoding': 'chunked' },
        body: big,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toEqual(tooLarge);
    });

    it('still answers a body within the limit', async () => {
      const res = await request({ port: small.port, method: 'POST', path: '/api/system.status', headers: { [TOKEN_HEADER]: 'test-token' }, body: '{}' });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    });
  });
});
