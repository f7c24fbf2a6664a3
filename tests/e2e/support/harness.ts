import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RunningHarness {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
  /** Everything the harness printed, for failure messages. */
  output(): string;
}

/** Starts `electron/harness/cli.ts` on a data folder, as `npm run serve` does, and waits for its address line. */
export async function startHarness(dataDir: string): Promise<RunningHarness> {
  // The bundle from global-setup when it is there (fast start), else the source through tsx.
  const bundled = path.join(root, 'test-results', 'e2e-harness', 'cli.mjs');
  const entry = existsSync(bundled) ? [bundled] : ['--import', 'tsx', 'electron/harness/cli.ts'];
  const child: ChildProcess = spawn(process.execPath, [...entry, '--data', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Peer Desk at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${String(code)}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
