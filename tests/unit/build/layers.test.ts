import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers stand on each other one way: renderer and electron on shared, scripts on any of
 * them, nothing back up. `tsc -b` checks each layer once, against its own lib and types
 * (tsconfig.json), so this is what keeps an import from pointing the wrong way even when the
 * file it reaches would happen to compile in the importing layer.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What each layer may import from besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  shared: [],
  renderer: ['shared'],
  electron: ['shared'],
};

/** Top-level folders of code; a file at the root (package.json) is not a layer. */
const FOLDERS = ['shared', 'renderer', 'electron', 'scripts', 'tests'];

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Relative imports of a layer's files that land in another top-level folder of code. */
function crossLayerImports(layer: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  const files = readdirSync(path.join(ROOT, layer), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
  for (const name of files) {
    const file = path.join(ROOT, layer, name);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = path.relative(ROOT, path.resolve(path.dirname(file), match[1]!)).split(path.sep)[0]!;
      if (target !== layer && FOLDERS.includes(target)) out.push({ file: path.relative(ROOT, file).split(path.sep).join('/'), target });
    }
  }
  return out;
}

describe('layers', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer}/ imports only from ${allowed.length > 0 ? allowed.map((a) => `${a}/`).join(', ') : 'itself'}`, () => {
      const wrong = crossLayerImports(layer).filter((i) => !allowed.includes(i.target));
      expect(wrong.map((i) => `${i.file} → ${i.target}/`)).toEqual([]);
    });
  }

  it('the check sees imports across layers', () => {
    expect(crossLayerImports('renderer').some((i) => i.target === 'shared')).toBe(true);
    expect(crossLayerImports('electron').some((i) => i.target === 'shared')).toBe(true);
  });
});
