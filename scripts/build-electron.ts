import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { fontsInFolder, fontsInPackages, PACKAGED_FONT_FOLDER, type FontFace } from '../electron/pdf/fonts';

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

/**
 * Printed documents read their fonts from disk at run time (pdfmake cannot bundle them), so
 * they go beside the bundle: dist/electron/main.cjs finds them in dist/fonts. They come from
 * two packages (pdfmake's Roboto has no bold) and land in the one folder.
 */
export async function copyPdfFonts(root: string = ROOT, outDir: string = path.join(root, 'dist', 'electron')): Promise<string> {
  const to = path.join(outDir, '..', PACKAGED_FONT_FOLDER);
  try {
    const from = fontsInPackages(root);
    if (from === undefined) throw new Error('a font package is not installed (run npm install)');
    await mkdir(to, { recursive: true });
    const into = fontsInFolder(to);
    await Promise.all((Object.keys(from) as FontFace[]).map((face) => copyFile(from[face], into[face])));
  } catch (error) {
    // Not an esbuild error, so nothing else would say what went wrong.
    console.error(`Copying the fonts for printing into ${to} failed: ${(error as Error).message}`);
    throw error;
  }
  return to;
}

export async function buildElectron(root: string = ROOT, outDir?: string): Promise<void> {
  await Promise.all([...electronBuildOptions(root, outDir).map((options) => build(options)), copyPdfFonts(root, outDir)]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron()
    .then(() => console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs, with the fonts for printing in dist/fonts'))
    .catch(() => {
      // esbuild has already printed the located errors; say plainly what failed.
      console.error(`Building the Electron main process and preload failed (the errors are listed above).`);
      process.exit(1);
    });
}
