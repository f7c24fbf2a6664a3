import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer. Paths are resolved inside `root` and anything that
 * escapes it is refused, so `/../../etc/passwd` cannot be served. Unknown paths get the app
 * shell (the renderer routes with the URL hash, so this only matters for typos).
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    const body = await readFile(full);
    return { body, contentType: TYPES[path.extname(full).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    if (path.extname(full) !== '') return null;
    const body = await readFile(path.join(root, 'index.html'));
    return { body, contentType: TYPES['.html']! };
  }
}
