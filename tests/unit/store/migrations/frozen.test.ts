import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_KINDS } from '../../../../electron/documents';
import type { Migration } from '../../../../electron/store/types';
import { tombstonesKind } from '../../../../electron/store/tombstones';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const MIGRATIONS = path.join(ROOT, 'electron/store/migrations');
const TESTS = path.join(ROOT, 'tests/unit/store/migrations');

async function migrationFiles(): Promise<string[]> {
  return (await readdir(MIGRATIONS)).filter((f) => f.endsWith('.ts')).sort();
}

/** Every module a file names: import and export … from, import(), require(). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

describe('migrations are frozen', () => {
  it('import nothing from outside their own folder except node: modules', async () => {
    const outside: string[] = [];
    for (const file of await migrationFiles()) {
      for (const spec of importsOf(await readFile(path.join(MIGRATIONS, file), 'utf8'))) {
        const inFolder = spec.startsWith('./') && path.dirname(path.resolve(MIGRATIONS, spec)) === MIGRATIONS;
        if (!inFolder && !spec.startsWith('node:')) outside.push(`${file} imports ${spec}`);
      }
    }
    expect(outside, 'copy what a migration needs into its file, as it is when the migration is written').toEqual([]);
  });

  it('sees every kind of import', () => {
    const source = "import a from '../a';\nimport type { B } from '../b';\nexport { c } from 'c';\nconst d = await import('./d');\nconst e = require('node:e');";
    expect(importsOf(source)).toEqual(['../a', '../b', 'c', './d', 'node:e']);
  });

  it('are each one file with one test, and every kind takes its steps from them', async () => {
    const files = await migrationFiles();
    for (const file of files) expect(file).toMatch(/^[a-z-]+-v\d+-to-v\d+\.ts$/);
    const tests = (await readdir(TESTS)).filter((f) => f.endsWith('.test.ts'));
    expect(files.map((f) => f.replace(/\.ts$/, '.test.ts')).filter((t) => !tests.includes(t))).toEqual([]);

    const inFolder = new Set<unknown>();
    for (const file of files) {
      const exported = (await import(path.join(MIGRATIONS, file))) as Record<string, unknown>;
      for (const value of Object.values(exported)) inFolder.add(value);
    }
    const inline: string[] = [];
    for (const kind of [...APP_KINDS, tombstonesKind]) {
      kind.migrations.forEach((m: Migration) => {
        if (!inFolder.has(m)) inline.push(`${kind.name}: ${m.description}`);
      });
    }
    expect(inline, 'every migration lives in a file of its own in electron/store/migrations').toEqual([]);
  });
});
