import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveRendererPath, serveRendererRequest } from '../../../../electron/shell/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/shell/security';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'peer-desk-renderer-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Peer Desk</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(base, 'secret.json'), '{"password":"hunter2"}');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveRendererRequest(root, new Request(url, { method }));

describe('resolveRendererPath', () => {
  it('maps the root to index.html and files to themselves', () => {
    expect(resolveRendererPath(root, 'app://peer-desk/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveRendererPath(root, 'app://peer-desk/assets/index-abc.js')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index-abc.js'),
    });
  });

  it.each([
    'app://peer-desk/..%2fsecret.json',
    'app://peer-desk/assets/..%2F..%2Fsecret.json',
    'app://peer-desk/%2e%2e%2fsecret.json',
    'app://peer-desk/..%5csecret.json',
    'app://peer-desk/assets%2f..%2f..%2fsecret.json',
    'app://peer-desk/index.html%00.js',
    'app://peer-desk/C:%5cWindows%5cwin.ini',
  ])('refuses %s', (url) => {
    expect(resolveRendererPath(root, url)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses other hosts and broken encodings', () => {
    expect(resolveRendererPath(root, 'app://elsewhere/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveRendererPath(root, 'app://peer-desk/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('serveRendererRequest', () => {
  it('serves files with their type and the security headers', async () => {
    const response = await get('app://peer-desk/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {}');
  });

  it('never serves a file outside the renderer folder', async () => {
    const response = await get('app://peer-desk/..%2fsecret.json');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('hunter2');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('falls back to index.html for client-side routes but not for missing files', async () => {
    const route = await get('app://peer-desk/volunteers/123');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Peer Desk</title>');
    expect((await get('app://peer-desk/assets/missing.js')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://peer-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://peer-desk/index.html', 'POST')).status).toBe(405);
  });

  it('says plainly when the built screens are missing', async () => {
    const response = await serveRendererRequest(path.join(base, 'nowhere'), new Request('app://peer-desk/index.html'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('missing');
  });
});

describe('contentTypeFor', () => {
  it('knows the types Vite emits and defaults safely', () => {
    expect(contentTypeFor('a/b.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/b.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/b.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a/b.unknown')).toBe('application/octet-stream');
  });
});
