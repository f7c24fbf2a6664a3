import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/errors';
import { APP_VERSION } from '../app-version';
import { defaultDataDir } from '../data-dir';
import { openProtectedServices } from '../protection/host';
import { startHarness } from './server';

/**
 * `npm run serve -- --data DIR [--port N]`: Peer Desk in a web browser. Builds nothing;
 * serves dist/renderer. Prints exactly one line with the address (and its token) to open.
 */

const PREFERRED_PORT = 5183;
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  let values: { data?: string; port?: string; token?: string; static?: string };
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' }, static: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\nUsage: npm run serve -- --data FOLDER [--port NUMBER]`);
  }
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const staticDir = path.resolve(values.static ?? path.join(projectRoot, 'dist/renderer'));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    fail(`The app has not been built yet (no ${path.join(staticDir, 'index.html')}). Run "npm run build:renderer" first, or use "npm start".`);
  }
  const port = values.port === undefined ? PREFERRED_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"${values.port}" is not a port number.`);

  let services;
  try {
    services = await openProtectedServices({ dataDir, appVersion: APP_VERSION });
  } catch (error) {
    if (error instanceof ApiError) fail(error.message, 2);
    throw error;
  }

  let harness;
  try {
    harness = await startHarness({ services, staticDir, port, ...(values.token ? { token: values.token } : {}) });
  } catch (error) {
    // The usual port is taken (another harness?): any free port will do when none was asked for.
    if (values.port === undefined && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      harness = await startHarness({ services, staticDir, port: 0, ...(values.token ? { token: values.token } : {}) });
    } else {
      await services.close();
      fail(`Could not start on port ${port}: ${(error as Error).message}`);
    }
  }
  console.log(`Peer Desk at ${harness.url}`);
  console.error(`(data folder: ${dataDir}; press Ctrl+C to stop)`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void harness
      .close()
      .then(() => services.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Peer Desk could not start:', error);
  process.exit(1);
});
