import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontDir, fontDirCandidates, hasRobotoFiles, ROBOTO_FILES } from '../../../electron/pdf/fonts';
import { renderPdf } from '../../../electron/pdf/render';
import { copyPdfFonts, ROOT } from '../../../scripts/build-electron';

const run = promisify(execFile);
const PDFMAKE_FONTS = path.join(ROOT, 'node_modules', 'pdfmake', 'fonts', 'Roboto');

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'peer-desk-fonts-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function folderWith(name: string, files: string[]): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((file) => copyFile(path.join(PDFMAKE_FONTS, file), path.join(dir, file))));
  return dir;
}

describe('fontDir', () => {
  it('looks beside the bundle first (dist/electron/main.cjs → dist/fonts), then in pdfmake', () => {
    const here = path.join(ROOT, 'dist', 'electron');
    const candidates = fontDirCandidates(here, ROOT);
    expect(candidates[0]).toBe(path.join(ROOT, 'dist', 'fonts'));
    expect(candidates).toContain(PDFMAKE_FONTS);
  });

  it('finds pdfmake from the working directory when there is no module folder (plain ESM)', () => {
    expect(fontDirCandidates(null, ROOT)).toEqual([PDFMAKE_FONTS]);
    expect(fontDirCandidates(null, tmp)).toEqual([]);
  });

  it('takes the first folder that has every font file, skipping a half-copied one', async () => {
    const partial = await folderWith('partial', [ROBOTO_FILES.normal]);
    const complete = await folderWith('complete', Object.values(ROBOTO_FILES));
    expect(hasRobotoFiles(partial)).toBe(false);
    expect(fontDir([path.join(tmp, 'missing'), partial, complete])).toBe(complete);
  });

  it('says plainly where it looked when the fonts are gone', () => {
    expect(() => fontDir([path.join(tmp, 'nowhere')])).toThrow(/fonts for printing are missing \(looked in .*nowhere\)/);
  });

  it('finds the fonts here (dev and tests)', () => {
    expect(hasRobotoFiles(fontDir())).toBe(true);
  });
});

describe('the packaged app', () => {
  it('prints from a CommonJS bundle using the fonts the build copies into dist/fonts, with no node_modules in reach', async () => {
    const dist = path.join(tmp, 'app', 'dist');
    const entry = path.join(tmp, 'entry.ts');
    await writeFile(
      entry,
      [
        `import { fontDir } from ${JSON.stringify(path.join(ROOT, 'electron', 'pdf', 'fonts'))};`,
        `import { renderPdf } from ${JSON.stringify(path.join(ROOT, 'electron', 'pdf', 'render'))};`,
        'export { fontDir, renderPdf };',
      ].join('\n'),
    );
    // The same shape as the real main bundle: CommonJS, everything but Electron inlined.
    await build({ entryPoints: [entry], outfile: path.join(dist, 'electron', 'main.cjs'), bundle: true, format: 'cjs', platform: 'node', target: 'node22', logLevel: 'silent' });
    const fonts = await copyPdfFonts(ROOT, path.join(dist, 'electron'));
    expect(fonts).toBe(path.join(dist, 'fonts'));

    const script = [
      `const m = require(${JSON.stringify(path.join(dist, 'electron', 'main.cjs'))});`,
      `m.renderPdf({ content: 'Siân ap Llŷr' }).then((pdf) => {`,
      `  require('node:fs').writeFileSync('out.pdf', pdf);`,
      `  console.log(m.fontDir());`,
      `});`,
    ].join('\n');
    // Working directory outside the project: only the bundled folder can be found.
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: tmp });
    expect(stdout.trim()).toBe(fonts);
    const { stdout: text } = await run('pdftotext', [path.join(tmp, 'out.pdf'), '-']);
    expect(text).toContain('Siân ap Llŷr');
    const { stdout: fontList } = await run('pdffonts', [path.join(tmp, 'out.pdf')]);
    expect(fontList).toContain('Roboto');
  });
});

describe('renderPdf', () => {
  it('makes a PDF with Roboto embedded', async () => {
    const pdf = await renderPdf({ content: 'Łukasz Wróbel' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
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
