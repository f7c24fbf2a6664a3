import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROBOTO_FILES } from '../../../electron/pdf/fonts';
import { electronBuildOptions } from '../../../scripts/build-electron';
import viteConfig from '../../../vite.config';

/** Checks the packaging setup offline: electron-builder itself needs a network to run. */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  npmRebuild?: boolean;
  asar?: boolean;
  icon?: string;
  electronFuses?: Record<string, boolean>;
  win?: { target?: unknown };
  mac?: { target?: unknown; category?: string };
  linux?: { target?: unknown; category?: string };
  nsis?: { deleteAppDataOnUninstall?: boolean };
}

interface PackageJson {
  name: string;
  productName?: string;
  main?: string;
  type?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const config = parse(read('build/electron-builder.yml').toString('utf8')) as BuilderConfig;
const pkg = JSON.parse(read('package.json').toString('utf8')) as PackageJson;

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('uk.org.peerdesk.app');
    expect(config.productName).toBe('Peer Desk');
    expect(pkg.productName).toBe(config.productName);
  });

  it('packages only the built files', () => {
    expect(config.files).toEqual(['dist/**/*', '!**/*.map', '!dist/renderer/.vite{,/**}', 'package.json']);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('leaves source maps and the build manifest out of the installer', () => {
    // electron-builder's own matcher, as it reads `files` (dot files included).
    const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
    const { FileMatcher } = fromBuilder('app-builder-lib/out/fileMatcher') as {
      FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
    };
    const appDir = path.resolve('/app');
    const filter = new FileMatcher(appDir, '/out', (s) => s, config.files!).createFilter();
    const packaged = (file: string) => filter(path.join(appDir, ...file.split('/')), { isDirectory: () => false });
    for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc123.js', 'dist/renderer/assets/index-abc123.css', ...Object.values(ROBOTO_FILES).map((font) => `dist/fonts/${font.file}`), 'package.json']) {
      expect(packaged(file), file).toBe(true);
    }
    for (const file of ['dist/electron/main.cjs.map', 'dist/electron/preload.cjs.map', 'dist/renderer/assets/index-abc123.js.map', 'dist/renderer/.vite/manifest.json']) {
      expect(packaged(file), file).toBe(false);
    }
  });

  it('keeps source maps in separate files, never inlined into the bundles it ships', () => {
    for (const options of electronBuildOptions(ROOT, '/out')) expect([true, 'linked', 'external', false, undefined]).toContain(options.sourcemap);
    expect([true, 'hidden', false, undefined]).toContain(viteConfig.build?.sourcemap);
  });

  it('builds an installer for each platform', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.linux?.target).toBe('AppImage');
    expect(config.linux?.category).toBe('Office');
  });

  it('never deletes the charity’s data on uninstall', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('switches off the fuses that let the installed app run arbitrary code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has a PNG icon of at least 512×512', () => {
    expect(config.icon).toBe('build/icon.png');
    const size = pngSize(read(config.icon!));
    expect(size).not.toBeNull();
    expect(size!.width).toBeGreaterThanOrEqual(512);
    expect(size!.height).toBe(size!.width);
  });

  it('matches electron-builder’s own configuration schema', () => {
    // Resolved through electron-builder so we use the app-builder-lib it actually runs.
    const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
    const schemaPath = fromBuilder.resolve('app-builder-lib/scheme.json');
    const validatorPath = path.join(path.dirname(schemaPath), 'out', 'util', 'config', 'schemaValidator.js');
    if (!existsSync(validatorPath)) return; // layout changed upstream: the checks above still stand
    const { validateSchema } = fromBuilder(validatorPath) as { validateSchema: (schema: unknown, data: unknown) => void };
    const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(() => validateSchema(schema, structuredClone(config))).not.toThrow();
    expect(() => validateSchema(schema, { ...structuredClone(config), notAnOption: true })).toThrow(/notAnOption/);
  });
});

describe('package.json', () => {
  const tooling = [
    'electron',
    'electron-builder',
    'vite',
    'vitest',
    'typescript',
    'eslint',
    'esbuild',
    'tsx',
    '@playwright/test',
    'typescript-eslint',
    'eslint-plugin-electron-security',
    'yaml',
  ];

  it('keeps the build and test tools in devDependencies', () => {
    for (const name of tooling) expect(pkg.devDependencies, name).toHaveProperty([name]);
  });

  it('lists only run-time libraries in dependencies', () => {
    const toolish = /^(?:@types\/|@vitejs\/|@testing-library\/|@playwright\/|@axe-core\/|eslint|@eslint\/|electron|vite|vitest|typescript|tsx|esbuild|happy-dom|jsdom|playwright|yaml$)/;
    const misplaced = Object.keys(pkg.dependencies ?? {}).filter((name) => tooling.includes(name) || toolish.test(name));
    expect(misplaced).toEqual([]);
  });

  it('is an ES module package whose Electron entry is CommonJS', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.main?.endsWith('.cjs')).toBe(true);
  });
});
