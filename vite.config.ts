/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Test files that vi.mock a module (checked by tests/unit/build/vitest-config.test.ts). */
const MOCKING_TESTS = ['tests/unit/electron/main.test.ts', 'tests/unit/electron/preload.test.ts', 'tests/unit/electron/ipc.test.ts'];

// Renderer build (served by Electron from app://peer-desk/ and by the harness from 127.0.0.1), and
// the unit test runner. Relative base so the same build works under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // Electron's Chromium supports <link rel="modulepreload">: no polyfill needed.
    modulePreload: { polyfill: false },
    // dist/renderer/.vite/manifest.json: what each chunk imports, read by the first-screen
    // size check (scripts/first-screen-size.ts, run by tests/e2e/first-screen-size.spec.ts).
    manifest: true,
  },
  test: {
    root: '.',
    environment: 'node',
    // Store tests fsync and spawn child processes; two cores here.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default'],
    // Most test files share one module cache per worker, which halves the run (importing
    // pdfmake, zod schemas and the store once, not 80 times). Files that replace modules
    // with vi.mock run isolated, so a mock can never leak into another file.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: MOCKING_TESTS, isolate: false } },
      { extends: true, test: { name: 'unit (isolated)', include: MOCKING_TESTS, isolate: true } },
    ],
  },
});
