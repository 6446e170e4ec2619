// Renders the app icons (PNG) from their SVG sources in headless Chromium; the PNGs are committed.
// Run after changing public/favicon.svg or scripts/icons/maskable.svg: node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.js';

/**
 * Sizes the manifest promises: 192 and 512 for install prompts and splash screens, 180 for iOS; 48
 * for the tab (index.html).
 */
const ICONS = [
  { source: 'public/favicon.svg', size: 48, out: 'public/favicon-48.png' },
  { source: 'public/favicon.svg', size: 192, out: 'public/pwa-192.png' },
  { source: 'public/favicon.svg', size: 512, out: 'public/pwa-512.png' },
  { source: 'scripts/icons/maskable.svg', size: 512, out: 'public/maskable-512.png' },
  { source: 'scripts/icons/maskable.svg', size: 180, out: 'public/apple-touch-icon.png' },
];

const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  for (const { source, size, out } of ICONS) {
    const svg = (await readFile(source)).toString('base64');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: out, omitBackground: true });
    console.log(`${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
