import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Unit tests share a module cache (isolate: false) except those listed in vite.config.ts as
 * mocking modules. A new vi.mock in an unlisted file could leak into the files run after it
 * in the same worker, so this keeps the list honest.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

describe('vitest config', () => {
  it('runs every test file that uses vi.mock or vi.doMock isolated', () => {
    const config = readFileSync(path.join(ROOT, 'vite.config.ts'), 'utf8');
    const listed = /const MOCKING_TESTS = \[([^\]]*)\]/.exec(config)?.[1] ?? '';
    const isolated = [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const mocking = testFiles('tests/unit').filter((f) => /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((f) => f !== 'tests/unit/build/vitest-config.test.ts').sort()).toEqual([...isolated].sort());
  });
});
