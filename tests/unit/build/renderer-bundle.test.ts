import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeSizes, FIRST_SCREEN_BUDGET, FIRST_SCREENS, measureScreens, screenFiles, type Manifest } from '../../../scripts/first-screen-size';

/**
 * The renderer loads its pages lazily. These checks need no build; the size of a real
 * build's first screen is checked by tests/e2e/first-screen-size.spec.ts, which runs just
 * after `npm test` builds the renderer.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const RENDERER = path.join(ROOT, 'renderer');
const read = (file: string) => readFileSync(path.join(RENDERER, file), 'utf8');

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['pages/home/HomePage.tsx', 'pages/Big.tsx'], css: ['assets/index.css'] },
  '_shared.js': { file: 'assets/shared.js' },
  '_dates.js': { file: 'assets/dates.js', imports: ['_shared.js'] },
  'pages/home/HomePage.tsx': { file: 'assets/HomePage.js', isDynamicEntry: true, imports: ['index.html', '_dates.js'], dynamicImports: ['pages/Big.tsx'] },
  'pages/Big.tsx': { file: 'assets/Big.js', isDynamicEntry: true, imports: ['index.html'] },
};
const sizes: Record<string, number> = { 'assets/index.js': 200_000, 'assets/shared.js': 30_000, 'assets/dates.js': 40_000, 'assets/HomePage.js': 5_000, 'assets/Big.js': 500_000 };

describe('measuring the first screen', () => {
  it('counts the entry, the page and what they import, each file once, and nothing loaded later', () => {
    expect(screenFiles(manifest, 'pages/home/HomePage.tsx').sort()).toEqual(['assets/HomePage.js', 'assets/dates.js', 'assets/index.js', 'assets/shared.js']);
    const [home] = measureScreens(manifest, (file) => sizes[file]!, { Home: 'pages/home/HomePage.tsx' });
    expect(home!.bytes).toBe(275_000);
    expect(home!.files[0]).toEqual({ file: 'assets/index.js', bytes: 200_000 });
  });

  it('refuses a page that is not loaded lazily in the build, rather than skipping it', () => {
    expect(() => screenFiles(manifest, 'pages/welcome/WelcomePage.tsx')).toThrow(/update FIRST_SCREENS/);
    expect(() => screenFiles(manifest, '_shared.js')).toThrow(/not a lazily loaded page/);
  });

  it('says which screen is over the budget', () => {
    const [big] = measureScreens(manifest, (file) => sizes[file]!, { Big: 'pages/Big.tsx' });
    expect(big!.bytes).toBeGreaterThan(FIRST_SCREEN_BUDGET);
    expect(describeSizes([big!])).toMatch(/^Big: 730\.0 kB of JavaScript, OVER the 300\.0 kB budget/);
  });
});

describe('lazy pages', () => {
  const app = read('App.tsx');

  it('loads every first screen lazily', () => {
    for (const page of Object.values(FIRST_SCREENS)) {
      expect(existsSync(path.join(RENDERER, page)), page).toBe(true);
      expect(app).toContain(`import('./${page.replace(/\.tsx$/, '')}')`);
    }
  });

  it('imports no page statically into App.tsx (that would put it in the first download)', () => {
    expect(app).not.toMatch(/^import [^;]* from '\.\/pages\//m);
  });
});

describe('stylesheets', () => {
  const cssFiles = (dir: string): string[] =>
    readdirSync(path.join(RENDERER, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return cssFiles(relative);
      return entry.name.endsWith('.css') ? [relative] : [];
    });
  const imported = [...read('main.tsx').matchAll(/^import '\.\/([^']+\.css)';/gm)].map((m) => m[1]);

  it('all load up front from main.tsx, styles.css last, so lazy pages never show unstyled and cascade as before', () => {
    expect([...imported].sort()).toEqual(cssFiles('').sort());
    expect(imported.at(-1)).toBe('styles.css');
  });
});
