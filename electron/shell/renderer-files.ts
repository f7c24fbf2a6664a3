import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * Serves the built renderer (dist/renderer) for the app:// protocol. Pure Node (fs and the
 * global Request/Response), so it is tested without Electron.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response, errors included, so no page ever loads without CSP. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export type RendererPath = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file inside `rootDir`, or refuses. Chromium normalises plain
 * "../" before we see the URL, but encoded separators ("..%2f"), backslashes (a separator on
 * Windows) and NUL bytes arrive intact, so each decoded segment is checked and the joined
 * path must still be inside the root.
 */
export function resolveRendererPath(rootDir: string, rawUrl: string): RendererPath {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { ok: false, status: 403 };
  return { ok: true, file };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * The handler behind `protocol.handle('app', …)`. Paths without a file extension that do
 * not exist get index.html, so reloading on a client-side route still opens the app.
 * Never rejects: a failed read becomes a 500 page rather than a blank window.
 */
export async function serveRendererRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
  const resolved = resolveRendererPath(rootDir, request.url);
  if (!resolved.ok) return plainResponse(resolved.status, resolved.status === 404 ? 'Not found' : 'Forbidden');

  const entry = path.join(path.resolve(rootDir), 'index.html');
  try {
    let file = resolved.file;
    let body = await readIfFile(file);
    if (body === null && path.extname(file) === '') {
      file = entry;
      body = await readIfFile(file);
    }
    if (body === null) {
      return file === entry
        ? plainResponse(404, "Peer Desk's screens are missing from this installation. Reinstall Peer Desk (developers: run npm run build).")
        : plainResponse(404, 'Not found');
    }
    const headers = securityHeaders(contentTypeFor(file));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  } catch {
    return plainResponse(500, 'Peer Desk could not read one of its own files. Restart Peer Desk; if this keeps happening, reinstall it.');
  }
}
