import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontCandidates, fontPaths, fontsInFolder, fontsInPackages, hasEveryFont, ROBOTO_FILES, type FontFace } from '../../../electron/pdf/fonts';
import { renderPdf } from '../../../electron/pdf/render';
import { copyPdfFonts, ROOT } from '../../../scripts/build-electron';

const run = promisify(execFile);
const PDFMAKE_FONTS = path.join(ROOT, 'node_modules', 'pdfmake', 'fonts', 'Roboto');
const GOOGLE_ROBOTO = path.join(ROOT, 'node_modules', '@expo-google-fonts', 'roboto');
const IN_PACKAGES = {
  normal: path.join(PDFMAKE_FONTS, 'Roboto-Regular.ttf'),
  italics: path.join(PDFMAKE_FONTS, 'Roboto-Italic.ttf'),
  bold: path.join(GOOGLE_ROBOTO, '700Bold', 'Roboto_700Bold.ttf'),
  bolditalics: path.join(GOOGLE_ROBOTO, '700Bold_Italic', 'Roboto_700Bold_Italic.ttf'),
};

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'peer-desk-fonts-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function folderWith(name: string, faces: FontFace[]): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await Promise.all(faces.map((face) => copyFile(IN_PACKAGES[face], path.join(dir, ROBOTO_FILES[face].file))));
  return dir;
}

/** The fonts embedded in a PDF, by PostScript name without the subset prefix ("Roboto-Bold"). */
async function embeddedFonts(pdf: Buffer): Promise<string[]> {
  const file = path.join(tmp, `fonts-${Date.now()}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await run('pdffonts', [file]);
  return [...stdout.matchAll(/^[A-Z]{6}\+(\S+)/gm)].map((m) => m[1]!).sort();
}

describe('the font files', () => {
  it('prints bold in a real Roboto Bold (pdfmake ships only Medium, too light for large-print headings)', async () => {
    expect(fontPaths()).toEqual(IN_PACKAGES);
    const pdf = await renderPdf({
      content: [{ text: 'Siân' }, { text: 'Ŵyn', italics: true }, { text: 'Llŷr', bold: true }, { text: 'Łukasz', bold: true, italics: true }],
    });
    expect(await embeddedFonts(pdf)).toEqual(['Roboto-Bold', 'Roboto-BoldItalic', 'Roboto-Italic', 'Roboto-Regular']);
  });

  it('takes the bold faces from a package licensed for shipping', async () => {
    const pkg = JSON.parse(await readFile(path.join(GOOGLE_ROBOTO, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toMatch(/OFL-1\.1/);
    expect(await readFile(path.join(GOOGLE_ROBOTO, 'LICENSE_FONT'), 'utf8')).toContain('SIL Open Font License, Version 1.1');
  });
});

describe('finding the fonts', () => {
  it('looks beside the bundle first (dist/electron/main.cjs → dist/fonts), then in the packages', () => {
    const here = path.join(ROOT, 'dist', 'electron');
    const candidates = fontCandidates(here, ROOT);
    expect(candidates[0]).toEqual(fontsInFolder(path.join(ROOT, 'dist', 'fonts')));
    expect(candidates).toContainEqual(IN_PACKAGES);
  });

  it('finds the packages from the working directory when there is no module folder (plain ESM)', () => {
    expect(fontCandidates(null, ROOT)).toEqual([IN_PACKAGES]);
    expect(fontCandidates(null, tmp)).toEqual([]);
    expect(fontsInPackages(tmp)).toBeUndefined();
  });

  it('takes the first place that has every font file, skipping a half-copied folder (no bold) whole', async () => {
    const partial = await folderWith('partial', ['normal', 'italics']);
    const complete = await folderWith('complete', ['normal', 'italics', 'bold', 'bolditalics']);
    expect(hasEveryFont(fontsInFolder(partial))).toBe(false);
    expect(fontPaths([fontsInFolder(path.join(tmp, 'missing')), fontsInFolder(partial), fontsInFolder(complete)])).toEqual(fontsInFolder(complete));
  });

  it('says plainly where it looked when the fonts are gone', () => {
    expect(() => fontPaths([fontsInFolder(path.join(tmp, 'nowhere'))])).toThrow(/fonts for printing are missing \(looked in .*nowhere\)/);
  });

  it('finds the fonts here (dev and tests)', () => {
    expect(hasEveryFont(fontPaths())).toBe(true);
  });
});

describe('the packaged app', () => {
  it('prints from a CommonJS bundle using the fonts the build copies into dist/fonts, with no node_modules in reach', async () => {
    const dist = path.join(tmp, 'app', 'dist');
    const entry = path.join(tmp, 'entry.ts');
    await writeFile(
      entry,
      [
        `import { fontPaths } from ${JSON.stringify(path.join(ROOT, 'electron', 'pdf', 'fonts'))};`,
        `import { renderPdf } from ${JSON.stringify(path.join(ROOT, 'electron', 'pdf', 'render'))};`,
        'export { fontPaths, renderPdf };',
      ].join('\n'),
    );
    // The same shape as the real main bundle: CommonJS, everything but Electron inlined.
    await build({ entryPoints: [entry], outfile: path.join(dist, 'electron', 'main.cjs'), bundle: true, format: 'cjs', platform: 'node', target: 'node22', logLevel: 'silent' });
    const fonts = await copyPdfFonts(ROOT, path.join(dist, 'electron'));
    expect(fonts).toBe(path.join(dist, 'fonts'));
    expect((await readdir(fonts)).sort()).toEqual(['Roboto-Italic.ttf', 'Roboto-Regular.ttf', 'Roboto_700Bold.ttf', 'Roboto_700Bold_Italic.ttf']);
    expect(await readFile(path.join(fonts, 'Roboto_700Bold.ttf'))).toEqual(await readFile(IN_PACKAGES.bold));

    const script = [
      `const m = require(${JSON.stringify(path.join(dist, 'electron', 'main.cjs'))});`,
      `m.renderPdf({ content: ['Siân ap Llŷr', { text: 'Ŵyn', bold: true }, { text: 'Łukasz', bold: true, italics: true }] }).then((pdf) => {`,
      `  require('node:fs').writeFileSync('out.pdf', pdf);`,
      `  console.log(JSON.stringify(m.fontPaths()));`,
      `});`,
    ].join('\n');
    // Working directory outside the project: only the bundled folder can be found.
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: tmp });
    expect(JSON.parse(stdout)).toEqual(fontsInFolder(fonts));
    const { stdout: text } = await run('pdftotext', [path.join(tmp, 'out.pdf'), '-']);
    expect(text).toContain('Siân ap Llŷr');
    const { stdout: fontList } = await run('pdffonts', [path.join(tmp, 'out.pdf')]);
    expect(fontList).toMatch(/\+Roboto-Regular\b/);
    expect(fontList).toMatch(/\+Roboto-Bold\b/);
    expect(fontList).toMatch(/\+Roboto-BoldItalic\b/);
  });
});

describe('renderPdf', () => {
  it('makes a PDF with Roboto embedded', async () => {
    const pdf = await renderPdf({ content: 'Łukasz Wróbel' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('leaves the document as it was, so it can be printed again (pdfmake writes into what it is given)', async () => {
    const picture = `data:image/png;base64,${(await readFile(path.join(ROOT, 'build', 'icon.png'))).toString('base64')}`;
    const doc: TDocumentDefinitions = { content: [{ text: 'Zoë', margin: [0, 0, 0, 20] }, { image: picture, width: 50, margin: [0, 0, 0, 20] }] };
    const before = JSON.stringify(doc);
    const first = await renderPdf(doc);
    expect(JSON.stringify(doc)).toBe(before);
    const second = await renderPdf(doc);
    expect(second.length).toBeGreaterThan(0);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never starts a page for the space below the last line', async () => {
    // The last paragraph ends 10 points above the foot of the page, with 20 points below it.
    const pdf = await renderPdf({ pageSize: { width: 200, height: 200 }, pageMargins: 0, content: [{ text: ' ', fontSize: 10, lineHeight: 1, margin: [0, 178.28, 0, 20] }] });
    const file = path.join(tmp, 'margin.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdfinfo', [file]);
    expect(stdout).toMatch(/Pages:\s+1\n/);
  });

  it('never fetches a URL (the laptop is offline and the data is personal)', async () => {
    await expect(renderPdf({ content: [{ image: 'logo' }], images: { logo: 'https://example.org/logo.png' } })).rejects.toThrow(/denied/i);
  });

  it('reads no file but the fonts', async () => {
    const secret = path.join(tmp, 'secret.png');
    await writeFile(secret, await readFile(path.join(ROOT, 'build', 'icon.png')));
    await expect(renderPdf({ content: [{ image: secret }] })).rejects.toThrow(/denied/i);
  });
});
