/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';

/** Test files that vi.mock a module (checked by tests/unit/build/vitest-config.test.ts). */
const MOCKING_TESTS = ['tests/unit/electron/main.test.ts', 'tests/unit/electron/preload.test.ts', 'tests/unit/electron/ipc.test.ts'];
/** Renderer tests: components and pages rendered in happy-dom. */
const COMPONENT_TESTS = 'tests/unit/renderer/**/*.test.{ts,tsx}';

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
    // Vitest's default is one worker fewer than the cores: one worker on a two-core machine.
    // Two keep both cores busy while a store test waits on fsync or a child process (47 s →
    // 37 s for the unit tests here).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Most test files share one module cache per worker, which halves the run (importing
    // pdfmake, zod schemas and the store once, not 80 times). Files that replace modules
    // with vi.mock run isolated, so a mock can never leak into another file.
    // Component tests (React pages and components in happy-dom, through Testing Library) are
    // their own project so `npm test` can report them apart: `vitest run --project component`.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: [...MOCKING_TESTS, COMPONENT_TESTS], isolate: false } },
      { extends: true, test: { name: 'unit (isolated)', include: MOCKING_TESTS, isolate: true } },
      { extends: true, test: { name: 'component', include: [COMPONENT_TESTS], exclude: MOCKING_TESTS, environment: 'happy-dom', isolate: false } },
    ],
  },
});
