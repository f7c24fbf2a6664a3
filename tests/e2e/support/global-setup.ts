import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLED_HARNESS = path.join(root, 'test-results', 'e2e-harness', 'cli.mjs');

/**
 * Bundles the harness CLI once, so each test starts it with plain node in under a second
 * instead of compiling TypeScript on every start. Same source as `npm run serve`; packages
 * stay external and load from node_modules as they do there.
 */
export default async function globalSetup(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'electron/harness/cli.ts')],
    outfile: BUNDLED_HARNESS,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
