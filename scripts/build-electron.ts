import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/**
 * Bundles the main process and the preload into dist/electron. Everything except Electron
 * itself is bundled, so the packaged app needs no node_modules at run time.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Electron 45 runs Node 22 in the main process and Chromium 14x in the renderer; the
// targets are set a little lower so a newer Electron never needs a change here.
const MAIN_TARGET = 'node22';
const PRELOAD_TARGET = 'chrome130';

export function electronBuildOptions(root: string = ROOT, outDir: string = path.join(root, 'dist', 'electron')): BuildOptions[] {
  const common: BuildOptions = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  return [
    {
      ...common,
      entryPoints: [path.join(root, 'electron', 'main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: MAIN_TARGET,
    },
    {
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      // A sandboxed preload has no Node: "browser" makes any Node import fail the build
      // instead of failing in the window at start-up.
      platform: 'browser',
      target: PRELOAD_TARGET,
    },
  ];
}

export async function buildElectron(root: string = ROOT, outDir?: string): Promise<void> {
  await Promise.all(electronBuildOptions(root, outDir).map((options) => build(options)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron()
    .then(() => console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs'))
    .catch(() => {
      // esbuild has already printed the located errors; say plainly what failed.
      console.error(`Building the Electron main process and preload failed (the errors are listed above).`);
      process.exit(1);
    });
}
