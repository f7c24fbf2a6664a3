import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiErrorCode, ApiResult } from '../../shared/errors';
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
  /** Largest request body accepted (tests lower it); MAX_BODY_BYTES otherwise. */
  maxBodyBytes?: number;
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

function sendJson(res: http.ServerResponse, status: number, body: ApiResult<unknown>, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, code: ApiErrorCode, message: string, headers?: http.OutgoingHttpHeaders): void {
  sendJson(res, status, { ok: false, error: { code, message } }, headers);
}

class BodyTooLarge extends Error {}

/**
 * Reads the body with listeners rather than `for await`: leaving an async iterator early
 * destroys the request, and with it the socket the 413 answer has to go out on.
 */
function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // too large already: the rest is read and dropped
      size += chunk.length;
      if (size > maxBytes) {
        settled = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}

/** The method name from /api/<name>; undefined when its %-escapes are not valid. */
function methodName(url: string): string | undefined {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return undefined;
  }
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.staticDir);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'The harness could not answer.');
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
        res.writeHead(405, { allow: 'POST', 'x-content-type-options': 'nosniff' }).end();
        return;
      }
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        sendError(res, 401, 'UNAUTHORISED', 'Open Peer Desk from the address printed when it started.');
        return;
      }
      const name = methodName(url);
      if (name === undefined) {
        sendError(res, 400, 'UNKNOWN_METHOD', 'Peer Desk does not know that action (its name is not valid).');
        return;
      }
      let body: string;
      try {
        body = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        // Close once answered, so the rest of an oversized upload is never waited for.
        sendError(res, 413, 'BAD_FILE', 'The request could not be read (it is too large).', { connection: 'close' });
        return;
      }
      let input: unknown;
      try {
        input = body === '' ? undefined : (JSON.parse(body) as unknown);
      } catch {
        sendError(res, 400, 'BAD_FILE', 'The request could not be read (it is not valid JSON).');
        return;
      }
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
