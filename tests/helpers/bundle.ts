import { build } from 'esbuild';
import path from 'node:path';

/**
 * Child processes a test starts and kills many times are bundled once to plain .mjs files:
 * starting tsx for every round would cost more than the rounds themselves.
 * `entries` is name → source file; the result is name → bundle to run with node.
 */
export async function bundleScripts<N extends string>(outDir: string, entries: Record<N, string>): Promise<Record<N, string>> {
  await build({ entryPoints: entries, outdir: outDir, bundle: true, platform: 'node', format: 'esm', target: 'node20', outExtension: { '.js': '.mjs' }, logLevel: 'silent' });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, path.join(outDir, `${name}.mjs`)])) as Record<N, string>;
}
