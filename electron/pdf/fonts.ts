import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The font files printed documents use. Peer Desk runs offline, so they ship in the package:
 * the packaged app has them all in dist/fonts (copied there by scripts/build-electron.ts);
 * dev, tests and the harness read each from its npm package in node_modules.
 *
 * pdfmake ships Roboto Regular, Italic and Medium but no Bold, and Medium is too light for a
 * large-print heading, so the bold faces are Roboto Bold from Google Fonts (the same Roboto
 * 3 release, SIL Open Font Licence) as packaged by @expo-google-fonts/roboto.
 */
export type FontFace = 'normal' | 'bold' | 'italics' | 'bolditalics';

export interface FontFile {
  /** The file's name, the same in its package and in dist/fonts. */
  file: string;
  /** The npm package that ships it. */
  package: string;
  /** Its folder inside that package. */
  folder: string;
}

export const ROBOTO_FILES: Record<FontFace, FontFile> = {
  normal: { file: 'Roboto-Regular.ttf', package: 'pdfmake', folder: 'fonts/Roboto' },
  italics: { file: 'Roboto-Italic.ttf', package: 'pdfmake', folder: 'fonts/Roboto' },
  bold: { file: 'Roboto_700Bold.ttf', package: '@expo-google-fonts/roboto', folder: '700Bold' },
  bolditalics: { file: 'Roboto_700Bold_Italic.ttf', package: '@expo-google-fonts/roboto', folder: '700Bold_Italic' },
};

/** A full path for every face. */
export type FontPaths = Record<FontFace, string>;

const FACES = Object.keys(ROBOTO_FILES) as FontFace[];

/** The folder name under dist/ that the build copies the fonts into. */
export const PACKAGED_FONT_FOLDER = 'fonts';

function moduleDir(): string | null {
  // Bundled as CommonJS (dist/electron/main.cjs) __dirname is that file's folder; vitest and
  // tsx define it too. Plain ESM has none, and then the working directory has to do.
  return typeof __dirname === 'string' ? __dirname : null;
}

function facesFrom(where: (face: FontFile) => string): FontPaths {
  return Object.fromEntries(FACES.map((face) => [face, where(ROBOTO_FILES[face])])) as FontPaths;
}

/** Every face in one folder: how the packaged app has them. */
export function fontsInFolder(dir: string): FontPaths {
  return facesFrom((font) => path.join(dir, font.file));
}

/** Every face in its own package, as node_modules reached from `from` has them; undefined if a package is not there. */
export function fontsInPackages(from: string): FontPaths | undefined {
  const resolve = createRequire(path.join(from, 'peer-desk-fonts.js')).resolve;
  const packageDirs = new Map<string, string>();
  try {
    for (const font of Object.values(ROBOTO_FILES)) {
      if (!packageDirs.has(font.package)) packageDirs.set(font.package, path.dirname(resolve(`${font.package}/package.json`)));
    }
  } catch {
    // No node_modules here (the packaged app): the bundled folder is the answer.
    return undefined;
  }
  return facesFrom((font) => path.join(packageDirs.get(font.package)!, font.folder, font.file));
}

/** Where the fonts may be, best first. `here` is this module's folder, null when unknown. */
export function fontCandidates(here: string | null = moduleDir(), cwd: string = process.cwd()): FontPaths[] {
  const candidates: FontPaths[] = [];
  // dist/electron/main.cjs → dist/fonts
  if (here !== null) candidates.push(fontsInFolder(path.resolve(here, '..', PACKAGED_FONT_FOLDER)));
  for (const from of [here, cwd]) {
    const found = from === null ? undefined : fontsInPackages(from);
    if (found !== undefined) candidates.push(found);
  }
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = JSON.stringify(c);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function hasEveryFont(fonts: FontPaths): boolean {
  return Object.values(fonts).every((file) => existsSync(file));
}

/** The first candidate that has every font file: never a mix, so a half-copied folder is passed over whole. */
export function fontPaths(candidates: readonly FontPaths[] = fontCandidates()): FontPaths {
  const found = candidates.find(hasEveryFont);
  if (found === undefined) {
    const places = [...new Set(candidates.flatMap((c) => Object.values(c).map((file) => path.dirname(file))))];
    throw new Error(`The fonts for printing are missing (looked in ${places.join(', ') || 'nowhere'}). Reinstalling Peer Desk should put them back.`);
  }
  return found;
}
