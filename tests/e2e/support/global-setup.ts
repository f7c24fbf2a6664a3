import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLED_HARNESS = path.join(root, 'test-results', 'e2e-harness', 'cli.mjs');

/**
 * Bundles the harness CLI once, so each test starts it with plain node in half a second
 * instead of compiling TypeScript on every start. Same source as `npm run serve`. The pure
 * JavaScript packages (zod, date-fns, lowdb, marked) go into the bundle too: loading them
 * from node_modules, module by module, took a third of every start. pdfmake and pdfkit find
 * their fonts through their own package folders, so they (and the CommonJS papaparse) stay
 * external and load from node_modules as they do under `npm run serve`.
 */
export default async function globalSetup(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'electron/harness/cli.ts')],
    outfile: BUNDLED_HARNESS,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfmake', 'pdfmake/*', 'pdfkit', 'pdfkit/*', 'papaparse'],
    logLevel: 'warning',
  });
}
