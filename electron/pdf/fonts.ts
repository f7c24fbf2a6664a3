import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The font files printed documents use. Peer Desk runs offline, so they ship in the package:
 * the packaged app has them in dist/fonts (copied there by scripts/build-electron.ts), dev,
 * tests and the harness read them from pdfmake in node_modules.
 *
 * Roboto has no bold: Medium is pdfmake's usual stand-in and is clearly heavier on paper.
 */
export const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** The folder name under dist/ that the build copies the fonts into. */
export const PACKAGED_FONT_FOLDER = 'fonts';

function moduleDir(): string | null {
  // Bundled as CommonJS (dist/electron/main.cjs) __dirname is that file's folder; vitest and
  // tsx define it too. Plain ESM has none, and then the working directory has to do.
  return typeof __dirname === 'string' ? __dirname : null;
}

function pdfmakeFonts(from: string): string | undefined {
  try {
    const pkg = createRequire(path.join(from, 'peer-desk-fonts.js')).resolve('pdfmake/package.json');
    return path.join(path.dirname(pkg), 'fonts', 'Roboto');
  } catch {
    // No node_modules here (the packaged app): the bundled folder is the answer.
    return undefined;
  }
}

/** Where the fonts may be, best first. `here` is this module's folder, null when unknown. */
export function fontDirCandidates(here: string | null = moduleDir(), cwd: string = process.cwd()): string[] {
  const candidates: string[] = [];
  // dist/electron/main.cjs → dist/fonts
  if (here !== null) candidates.push(path.resolve(here, '..', PACKAGED_FONT_FOLDER));
  for (const from of [here, cwd]) {
    const dir = from === null ? undefined : pdfmakeFonts(from);
    if (dir !== undefined) candidates.push(dir);
  }
  return [...new Set(candidates)];
}

export function hasRobotoFiles(dir: string): boolean {
  return Object.values(ROBOTO_FILES).every((file) => existsSync(path.join(dir, file)));
}

/** The first candidate folder that holds every font file. */
export function fontDir(candidates: readonly string[] = fontDirCandidates()): string {
  const found = candidates.find(hasRobotoFiles);
  if (found === undefined) {
    throw new Error(`The fonts for printing are missing (looked in ${candidates.join(', ') || 'nowhere'}). Reinstalling Peer Desk should put them back.`);
  }
  return found;
}
