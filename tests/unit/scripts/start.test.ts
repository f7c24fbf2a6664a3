import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserOpener, electronBinary, harnessAddress, harnessArgs, isStale, newestMtime, rendererIsStale } from '../../../scripts/start';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'peer-desk-start-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function touch(file: string, secondsAgo: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, 'x');
  const when = new Date(Date.now() - secondsAgo * 1000);
  await utimes(file, when, when);
}

describe('electronBinary', () => {
  const pkg = () => path.join(root, 'node_modules', 'electron');

  it('finds the binary named in path.txt', async () => {
    await mkdir(path.join(pkg(), 'dist'), { recursive: true });
    await writeFile(path.join(pkg(), 'path.txt'), 'electron');
    await writeFile(path.join(pkg(), 'dist', 'electron'), '');
    expect(electronBinary(root, {})).toBe(path.join(pkg(), 'dist', 'electron'));
  });

  it('returns null when the download never happened', async () => {
    expect(electronBinary(root, {})).toBeNull();
    await mkdir(pkg(), { recursive: true });
    await writeFile(path.join(pkg(), 'path.txt'), 'electron');
    expect(electronBinary(root, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const custom = path.join(root, 'custom');
    await mkdir(custom);
    await writeFile(path.join(custom, 'electron'), '');
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: custom })).toBe(path.join(custom, 'electron'));
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'nowhere') })).toBeNull();
  });
});

describe('isStale', () => {
  it('is stale when an output is missing', async () => {
    await touch(path.join(root, 'src', 'a.ts'), 100);
    expect(isStale([path.join(root, 'out', 'index.html')], [path.join(root, 'src')])).toBe(true);
  });

  it('is stale when any input is newer than the oldest output', async () => {
    await touch(path.join(root, 'out', 'a.js'), 50);
    await touch(path.join(root, 'out', 'b.js'), 10);
    await touch(path.join(root, 'src', 'deep', 'c.ts'), 30);
    expect(isStale([path.join(root, 'out', 'a.js'), path.join(root, 'out', 'b.js')], [path.join(root, 'src')])).toBe(true);
  });

  it('is fresh when every output is newer than every input', async () => {
    await touch(path.join(root, 'src', 'c.ts'), 60);
    await touch(path.join(root, 'out', 'a.js'), 10);
    expect(isStale([path.join(root, 'out', 'a.js')], [path.join(root, 'src'), path.join(root, 'missing.ts')])).toBe(false);
  });

  it('ignores node_modules and dot-folders when finding the newest input', async () => {
    await touch(path.join(root, 'src', 'c.ts'), 60);
    await touch(path.join(root, 'src', 'node_modules', 'x.js'), 0);
    await touch(path.join(root, 'src', '.cache', 'y'), 0);
    expect(Math.round((Date.now() - newestMtime([path.join(root, 'src')])) / 1000)).toBeGreaterThanOrEqual(59);
  });

  it('rebuilds the renderer after a change in shared/', async () => {
    await touch(path.join(root, 'renderer', 'main.tsx'), 100);
    await touch(path.join(root, 'dist', 'renderer', 'index.html'), 50);
    expect(rendererIsStale(root)).toBe(false);
    await touch(path.join(root, 'shared', 'api.ts'), 0);
    expect(rendererIsStale(root)).toBe(true);
  });
});

describe('harness arguments', () => {
  it('adds the default data folder and passes everything else through', () => {
    expect(harnessArgs(['--port', '5000'], '/home/sam/.config/Peer Desk/data')).toEqual([
      '--data',
      '/home/sam/.config/Peer Desk/data',
      '--port',
      '5000',
    ]);
  });

  it('keeps a data folder the caller chose', () => {
    expect(harnessArgs(['--data', '/tmp/x'], '/default')).toEqual(['--data', '/tmp/x']);
    expect(harnessArgs(['--data=/tmp/x'], '/default')).toEqual(['--data=/tmp/x']);
  });

  it('recognises the line with the address', () => {
    expect(harnessAddress('Peer Desk at http://127.0.0.1:5173/#token=abc_DEF-1')).toBe('http://127.0.0.1:5173/#token=abc_DEF-1');
    expect(harnessAddress('(data folder: /x; press Ctrl+C to stop)')).toBeNull();
  });
});

describe('opening the browser version in a browser', () => {
  const url = 'http://127.0.0.1:5183/#token=abc&x=1';
  const found = () => true;

  it('uses the system’s own command on each system', () => {
    expect(browserOpener(url, 'darwin', {}, found)).toEqual({ command: 'open', args: [url] });
    expect(browserOpener(url, 'win32', {}, found)).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:5183/#token=abc^&x=1'] });
    expect(browserOpener(url, 'linux', { DISPLAY: ':0' }, found)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, found)).toEqual({ command: 'xdg-open', args: [url] });
  });

  it('says why when it cannot: no desktop, no xdg-open, or asked not to', () => {
    expect(browserOpener(url, 'linux', {}, found)).toEqual({ why: 'there is no desktop on this machine to show a browser on' });
    expect(browserOpener(url, 'linux', { DISPLAY: ':0' }, () => false)).toEqual({ why: 'xdg-open is not installed' });
    expect(browserOpener(url, 'darwin', { PEER_DESK_NO_BROWSER: '1' }, found)).toEqual({ why: 'PEER_DESK_NO_BROWSER is set' });
  });
});
