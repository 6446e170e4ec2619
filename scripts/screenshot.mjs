// A screenshot of a page of the running app, for looking at what a view shows:
// node scripts/screenshot.mjs URL OUT.png [width] [height]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.js';

const [, , url, out, w = '1400', h = '800'] = process.argv;
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  locale: 'zh-CN',
});
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
