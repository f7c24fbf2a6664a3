import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The user guide's pictures are made by the E2E run (guideScreenshot in tests/e2e), so the guide
 * may only show pictures a test takes, and every picture a test takes must be in the guide.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function picturesLinked(markdownFile: string, folder: string): string[] {
  const text = readFileSync(path.join(ROOT, markdownFile), 'utf8');
  return [...text.matchAll(/!\[[^\]]+\]\(([^)]+\.png)\)/g)].map((m) => m[1]!).filter((link) => link.startsWith(folder)).map((link) => path.basename(link, '.png'));
}

function picturesTaken(): string[] {
  const e2e = path.join(ROOT, 'tests', 'e2e');
  const specs = readdirSync(e2e).filter((f) => f.endsWith('.spec.ts'));
  return specs.flatMap((f) => [...readFileSync(path.join(e2e, f), 'utf8').matchAll(/guideScreenshot\(\w+, '([^']+)'\)/g)].map((m) => m[1]!));
}

describe('the user guide’s pictures', () => {
  const taken = picturesTaken();

  it('are taken by the E2E tests', () => {
    expect(taken.length).toBeGreaterThanOrEqual(10);
    expect(new Set(taken).size).toBe(taken.length);
  });

  it('docs/guide.md shows every picture taken, and none that is not', () => {
    expect([...new Set(picturesLinked('docs/guide.md', 'screenshots/'))].sort()).toEqual([...taken].sort());
  });

  it('the README shows only pictures the tests take', () => {
    const linked = picturesLinked('README.md', 'docs/screenshots/');
    expect(linked.length).toBeGreaterThan(0);
    for (const name of linked) expect(taken).toContain(name);
  });
});
