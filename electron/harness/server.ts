import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiResult } from '../../shared/errors';
import type { Services } from '../services';
import { readStatic } from './static-files';

/**
 * The browser harness: the built renderer and the API over HTTP on 127.0.0.1 only, for
 * end-to-end tests and for machines where Electron cannot start. Not a multi-user server:
 * every /api call must carry the token printed at start-up, and requests for other host
 * names are refused (a web page elsewhere cannot reach it by DNS rebinding).
 */

export const TOKEN_HEADER = 'x-peer-desk-token';
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Backups and spreadsheets travel as base64 JSON; 80 MB keeps a 50 MB file within bounds. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface HarnessOptions {
  services: Services;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface Harness {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.staticDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The harness could not answer.' } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end();
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORISED', message: 'Open Peer Desk from the address printed when it started.' } });
        return;
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body === '' ? undefined : (JSON.parse(body) as unknown);
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'BAD_FILE', message: 'The request could not be read (it may be too large).' } });
        return;
      }
      const name = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
      sendJson(res, 200, await options.services.call(name, input));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = await readStatic(root, url);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
