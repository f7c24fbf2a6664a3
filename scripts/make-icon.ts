import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

/**
 * Renders build/icon.svg to the 1024×1024 build/icon.png electron-builder turns into the
 * Windows, macOS and Linux icons. Run by hand after changing the SVG:
 *   npx tsx scripts/make-icon.ts
 * Uses the system Chromium (never `playwright install`).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 1024;

async function main(): Promise<void> {
  const svg = await readFile(path.join(ROOT, 'build', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    // Transparent outside the rounded square, so the icon sits well on any dock or desktop.
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
    await page.locator('svg').screenshot({ path: path.join(ROOT, 'build', 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log('Wrote build/icon.png');
}

main().catch((error: unknown) => {
  console.error(`Could not render the icon: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
