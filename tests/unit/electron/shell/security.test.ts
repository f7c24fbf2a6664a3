import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedDownloadUrl, isAppUrl, parseExternalUrl } from '../../../../electron/shell/security';

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('allows nothing but our own origin for scripts, styles and connections', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin and no unsafe keyword anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe|\*/);
  });
});

describe('isAppUrl', () => {
  it.each(['app://peer-desk/index.html', 'app://peer-desk/', 'app://peer-desk/index.html#/volunteers?x=1'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://peer-desk.evil.org/',
    'app://user@peer-desk/',
    'https://peer-desk/',
    'file:///index.html',
    'blob:app://peer-desk/1',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('parseExternalUrl', () => {
  it('passes https links through', () => {
    expect(parseExternalUrl('https://www.gov.uk/volunteering')).toBe('https://www.gov.uk/volunteering');
  });

  it.each([
    'http://example.org/',
    'file:///C:/Windows/notepad.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'ms-settings:privacy',
    'https://user:pass@example.org/',
    'https://',
    'app://peer-desk/index.html',
    `https://example.org/${'a'.repeat(3000)}`,
    42,
    null,
  ])('refuses %s', (url) => {
    expect(parseExternalUrl(url)).toBeNull();
  });
});

describe('isAllowedDownloadUrl', () => {
  it('allows blobs and data URLs made by our page', () => {
    expect(isAllowedDownloadUrl('blob:app://peer-desk/7b7c1a0e-1')).toBe(true);
    expect(isAllowedDownloadUrl('data:text/csv;base64,YSxi')).toBe(true);
  });

  it('refuses anything fetched from elsewhere', () => {
    expect(isAllowedDownloadUrl('https://example.org/file.pdf')).toBe(false);
    expect(isAllowedDownloadUrl('blob:https://example.org/1')).toBe(false);
    expect(isAllowedDownloadUrl('file:///etc/passwd')).toBe(false);
  });
});
