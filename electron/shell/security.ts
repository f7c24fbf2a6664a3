/**
 * The rules the Electron shell enforces on the renderer, as plain functions so they are
 * tested without Electron. main.ts wires them to Electron's events.
 */

/**
 * The renderer is served from a privileged custom scheme rather than file:// so that every
 * response can carry our Content-Security-Policy header and so the page gets a real,
 * stable origin of its own (file:// pages can read any other file:// URL).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'peer-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * No remote origins at all: the app works offline and holds personal data, so nothing may
 * be fetched from or sent to the internet even if markup were injected. Images may be
 * data:/blob: URLs because the renderer previews photos and generated charts that way.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Node's URL parser gives custom schemes an opaque "null" origin, so comparing `.origin`
 * would match every custom-scheme URL; compare scheme and host instead.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** A URL that has been checked as safe to hand to the operating system's browser. */
export type ExternalUrl = string & { readonly __brand: 'ExternalUrl' };

/**
 * Only plain https links leave the app. Other schemes (file:, smb:, custom protocol
 * handlers) can launch programs on the coordinator's laptop, and http: would send a
 * click over the network unencrypted.
 */
export function parseExternalUrl(raw: unknown): ExternalUrl | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href as ExternalUrl;
}

/**
 * Downloads are files the renderer made itself (CSV exports, PDFs, backups) as blob: or
 * data: URLs. Anything else would be the page fetching from somewhere we never load.
 */
export function isAllowedDownloadUrl(raw: string): boolean {
  if (raw.startsWith('data:')) return true;
  if (!raw.startsWith('blob:')) return false;
  return isAppUrl(raw.slice('blob:'.length));
}
