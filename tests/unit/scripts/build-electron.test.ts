import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { electronBuildOptions, ROOT } from '../../../scripts/build-electron';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'peer-desk-build-'));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function requires(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);
}

describe('electronBuildOptions', () => {
  const [main, preload] = electronBuildOptions(ROOT, '/out');

  it('bundles main and preload as CommonJS with Electron left external', () => {
    for (const options of [main!, preload!]) {
      expect(options.bundle).toBe(true);
      expect(options.format).toBe('cjs');
      expect(options.external).toEqual(['electron']);
      expect(options.sourcemap).toBe(true);
    }
    expect(main!.outfile).toBe(path.join('/out', 'main.cjs'));
    expect(preload!.outfile).toBe(path.join('/out', 'preload.cjs'));
    expect(main!.platform).toBe('node');
    expect(main!.target).toMatch(/^node2\d$/);
    expect(preload!.target).toMatch(/^chrome\d+$/);
  });
});

describe('the preload bundle', () => {
  it('is one file that loads nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const [, preload] = electronBuildOptions(ROOT, outDir);
    await build({ ...preload!, logLevel: 'silent' });
    const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(requires(code)).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toContain('exposeInMainWorld("peerDesk"');
  });
});

describe('the main bundle', () => {
  it('is CommonJS, loads only electron and Node built-ins, and starts itself only inside Electron', async () => {
    // The real services pull in the whole store, which other people are still writing;
    // a stand-in keeps this test about the shell's own bundling.
    const stub = path.join(outDir, 'services-stub.ts');
    await writeFile(stub, 'export async function openServices(): Promise<never> { throw new Error("stub"); }\n');
    const stubServices: Plugin = {
      name: 'stub-services',
      setup(b) {
        b.onResolve({ filter: /^\.\/services$/ }, (args) => (args.importer.endsWith(path.join('electron', 'main.ts')) ? { path: stub } : undefined));
      },
    };
    const [main] = electronBuildOptions(ROOT, outDir);
    await build({ ...main!, plugins: [stubServices], logLevel: 'silent' });
    const code = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    const loaded = new Set(requires(code).map((name) => name.replace(/^node:/, '')));
    const builtins = new Set((await import('node:module')).builtinModules);
    expect([...loaded].filter((name) => name !== 'electron' && !builtins.has(name))).toEqual([]);
    expect(loaded).toContain('electron');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toContain('process.versions.electron');
  });
});
