import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * How much JavaScript the first screen downloads. Pages load lazily (renderer/App.tsx), so
 * a first screen needs the entry chunk, its page's chunk and the chunks those import, all
 * read from the Vite manifest of a build (`build.manifest` in vite.config.ts).
 *
 *   npm run build:renderer && npx tsx scripts/first-screen-size.ts
 *
 * tests/e2e/first-screen-size.spec.ts runs the same check in the end-to-end step, just after
 * `npm test` has built the renderer.
 */

/** Bytes of minified JavaScript, not gzipped (Vite's "kB"). */
export const FIRST_SCREEN_BUDGET = 300_000;

/** The screens Peer Desk can open on, by their source file (relative to renderer/). */
export const FIRST_SCREENS: Readonly<Record<string, string>> = {
  Home: 'pages/home/HomePage.tsx',
  Welcome: 'pages/welcome/WelcomePage.tsx',
  Recovery: 'pages/recovery/RecoveryPage.tsx',
  // A protected folder opens on the unlock screen.
  Unlock: 'pages/protection/UnlockPage.tsx',
};

export const ENTRY = 'index.html';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface ScreenSize {
  screen: string;
  /** Every JavaScript file the screen needs before it can show, largest first. */
  files: { file: string; bytes: number }[];
  bytes: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_DIST = path.join(ROOT, 'dist', 'renderer');
export const manifestPath = (dist: string = RENDERER_DIST) => path.join(dist, '.vite', 'manifest.json');

export function readManifest(dist: string = RENDERER_DIST): Manifest {
  return JSON.parse(readFileSync(manifestPath(dist), 'utf8')) as Manifest;
}

/**
 * The JavaScript files a screen needs: the entry and the page, with everything they import
 * statically (chunks loaded later through import() are not counted). Throws if the page is
 * not a chunk of its own: a renamed page must be renamed here too, not silently skipped.
 */
export function screenFiles(manifest: Manifest, page: string): string[] {
  const chunk = manifest[page];
  if (!chunk?.isDynamicEntry) {
    throw new Error(`${page} is not a lazily loaded page in this build: update FIRST_SCREENS in scripts/first-screen-size.ts`);
  }
  if (!manifest[ENTRY]?.isEntry) throw new Error(`The build has no ${ENTRY} entry`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const found = manifest[key];
    if (!found) throw new Error(`The manifest names ${key} but has no such chunk`);
    seen.add(key);
    for (const next of found.imports ?? []) visit(next);
  };
  visit(ENTRY);
  visit(page);
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

export function measureScreens(
  manifest: Manifest,
  sizeOf: (file: string) => number,
  screens: Readonly<Record<string, string>> = FIRST_SCREENS,
): ScreenSize[] {
  return Object.entries(screens).map(([screen, page]) => {
    const files = screenFiles(manifest, page)
      .map((file) => ({ file, bytes: sizeOf(file) }))
      .sort((a, b) => b.bytes - a.bytes);
    return { screen, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
  });
}

/** Sizes of the built renderer's first screens, read from dist/renderer. */
export function measureBuild(dist: string = RENDERER_DIST): ScreenSize[] {
  return measureScreens(readManifest(dist), (file) => statSync(path.join(dist, file)).size);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function describeSizes(sizes: readonly ScreenSize[], budget: number = FIRST_SCREEN_BUDGET): string {
  return sizes
    .map(({ screen, files, bytes }) => {
      const verdict = bytes <= budget ? 'within' : 'OVER';
      const list = files.map((f) => `    ${kB(f.bytes).padStart(9)}  ${f.file}`).join('\n');
      return `${screen}: ${kB(bytes)} of JavaScript, ${verdict} the ${kB(budget)} budget\n${list}`;
    })
    .join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let sizes: ScreenSize[];
  try {
    sizes = measureBuild();
  } catch (error) {
    console.error(`Could not measure the first screen: ${(error as Error).message}. Run npm run build:renderer first.`);
    process.exit(1);
  }
  console.log(describeSizes(sizes));
  process.exit(sizes.every((s) => s.bytes <= FIRST_SCREEN_BUDGET) ? 0 : 1);
}
