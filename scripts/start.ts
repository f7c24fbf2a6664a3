import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultDataDir } from '../electron/data-dir';
import { buildElectron } from './build-electron';

/**
 * `npm start`: the desktop app when Electron's binary is installed, otherwise the same app
 * in a web browser through the harness (on machines where Electron cannot be downloaded).
 * Rebuilds only what is out of date. Every failure ends with a plain sentence and a
 * non-zero exit code.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HARNESS = path.join('electron', 'harness', 'cli.ts');

export class StartError extends Error {}

/**
 * Finds Electron's executable the way node_modules/electron/index.js does, without
 * requiring that file: requiring it tries to download the binary when it is missing.
 */
export function electronBinary(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative || 'electron');
    return existsSync(binary) ? binary : null;
  }
  if (relative === '') return null;
  const binary = path.join(pkg, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Newest modification time under the given files and folders (0 if none exist). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (target: string): void => {
    let stats;
    try {
      stats = statSync(target);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(target)) {
        if (entry !== 'node_modules' && !entry.startsWith('.')) visit(path.join(target, entry));
      }
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when any output is missing or older than the newest input. */
export function isStale(outputs: readonly string[], inputs: readonly string[]): boolean {
  let oldest = Infinity;
  for (const output of outputs) {
    if (!existsSync(output)) return true;
    oldest = Math.min(oldest, statSync(output).mtimeMs);
  }
  return oldest < newestMtime(inputs);
}

export function rendererIsStale(root: string): boolean {
  const at = (...parts: string[]) => path.join(root, ...parts);
  return isStale([at('dist', 'renderer', 'index.html')], [at('renderer'), at('shared'), at('vite.config.ts')]);
}

export function electronIsStale(root: string): boolean {
  const at = (...parts: string[]) => path.join(root, ...parts);
  return (
    rendererIsStale(root) ||
    isStale([at('dist', 'electron', 'main.cjs'), at('dist', 'electron', 'preload.cjs')], [at('electron'), at('shared'), at('package.json')])
  );
}

/** Arguments for the harness: our default data folder unless the caller chose one. */
export function harnessArgs(extra: readonly string[], dataDir: string): string[] {
  const chosen = extra.some((arg) => arg === '--data' || arg.startsWith('--data='));
  return chosen ? [...extra] : ['--data', dataDir, ...extra];
}

/** The address from the harness's "Peer Desk at http://127.0.0.1:PORT/#token=…" line. */
export function harnessAddress(line: string): string | null {
  const match = /Peer Desk at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line);
  return match ? match[1]! : null;
}

/** How to open an address in the default web browser here, or why it cannot be done. */
export type BrowserOpener = { command: string; args: string[] } | { why: string };

/**
 * The system's own "open this address" command: `open` on macOS, `start` on Windows, and
 * `xdg-open` on Linux when there is a desktop to show a browser on. `onPath` says whether a
 * command can be found.
 */
export function browserOpener(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv, onPath: (command: string) => boolean): BrowserOpener {
  if (env.PEER_DESK_NO_BROWSER) return { why: 'PEER_DESK_NO_BROWSER is set' };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // The empty title keeps `start` from taking the quoted address as a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { why: 'there is no desktop on this machine to show a browser on' };
  if (!onPath('xdg-open')) return { why: 'xdg-open is not installed' };
  return { command: 'xdg-open', args: [url] };
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && existsSync(path.join(dir, command)));
}

/** Opens the address in the default browser and says, in one line, what happened. */
function openInBrowser(url: string): void {
  const opener = browserOpener(url, process.platform, process.env, onPath);
  const yourself = `Open this address in your web browser: ${url}`;
  if ('why' in opener) {
    console.log(`Peer Desk did not open a browser (${opener.why}). ${yourself}`);
    return;
  }
  const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
  child.on('error', (error) => console.log(`Peer Desk could not open your web browser (${error.message}). ${yourself}`));
  child.on('exit', (code) => {
    if (code === 0) console.log('Peer Desk asked your web browser to open it. If no window appeared, open the address above yourself.');
    else console.log(`Peer Desk could not open your web browser (${opener.command} exited with code ${code}). ${yourself}`);
  });
  child.unref();
}

function binOf(pkg: string, command: string): string {
  const manifestPath = path.join(ROOT, 'node_modules', pkg, 'package.json');
  if (!existsSync(manifestPath)) throw new StartError(`${pkg} is not installed. Run "npm install" in ${ROOT} first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new StartError(`${pkg} has no "${command}" command; reinstall it with "npm install".`);
  return path.join(path.dirname(manifestPath), bin);
}

function runToEnd(args: readonly string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => reject(new StartError(`Could not start ${what}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new StartError(`${what} failed (${signal ? `stopped by ${signal}` : `exit code ${code}`}). The errors are above.`));
    });
  });
}

async function buildRenderer(): Promise<void> {
  console.log('Building the Peer Desk screens (renderer)…');
  await runToEnd([binOf('vite', 'vite'), 'build'], 'Building the Peer Desk screens');
}

/**
 * Runs a long-lived child until it exits, passing Ctrl+C / SIGTERM on to it. Resolves with
 * the exit code this script should use.
 */
function supervise(
  child: ChildProcess,
  name: string,
  onLine?: (line: string) => void,
  describeFailure: (detail: string) => string = (detail) => `${name} stopped unexpectedly (${detail}). The messages above say why.`,
): Promise<number> {
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    // A second Ctrl+C means "stop now".
    child.kill(stopping ? 'SIGKILL' : signal);
    stopping = true;
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  if (child.stdout && onLine) {
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine);
  }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start ${name}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (stopping) {
        console.log(`\n${name} has stopped.`);
        resolve(0);
      } else if (code === 0) {
        resolve(0);
      } else {
        console.error(`\n${describeFailure(signal ? `killed by ${signal}` : `exit code ${code}`)}`);
        resolve(code ?? 1);
      }
    });
  });
}

async function startElectron(binary: string, extra: readonly string[]): Promise<number> {
  if (electronIsStale(ROOT)) {
    await buildRenderer();
    console.log('Building the Electron main process…');
    try {
      await buildElectron(ROOT);
    } catch {
      throw new StartError('Building the Electron main process failed. The errors are above.');
    }
  }
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and ignore our app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT, ...extra], { cwd: ROOT, stdio: 'inherit', env });
  return supervise(child, 'Peer Desk');
}

async function startInBrowser(extra: readonly string[]): Promise<number> {
  console.log("Electron can't start on this machine, so Peer Desk will run in your web browser instead.");
  if (!existsSync(path.join(ROOT, HARNESS))) {
    throw new StartError(`The browser version of Peer Desk is not available: ${HARNESS} is missing.`);
  }
  if (rendererIsStale(ROOT)) await buildRenderer();

  const dataDir = defaultDataDir();
  const args = ['--import', 'tsx', HARNESS, ...harnessArgs(extra, dataDir)];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
  let ready = false;
  return supervise(
    child,
    'The Peer Desk server',
    (line) => {
      console.log(line);
      const address = harnessAddress(line);
      if (!ready && address) {
        ready = true;
        console.log('That address includes a private key, so keep it to yourself.');
        openInBrowser(address);
        console.log('Press Ctrl+C here to stop Peer Desk.');
      }
    },
    (detail) =>
      ready
        ? `The Peer Desk server stopped unexpectedly (${detail}). The messages above say why.`
        : `Peer Desk could not start in the browser: its server stopped before it was ready (${detail}). The messages above say why.`,
  );
}

export async function start(extra: readonly string[]): Promise<number> {
  if (!existsSync(path.join(ROOT, 'node_modules'))) {
    throw new StartError(`Peer Desk's dependencies are not installed. Run "npm install" in ${ROOT} first.`);
  }
  const binary = electronBinary(ROOT);
  return binary ? startElectron(binary, extra) : startInBrowser(extra);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  start(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      if (error instanceof StartError) console.error(`\n${error.message}`);
      else console.error(`\nPeer Desk could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    });
}
