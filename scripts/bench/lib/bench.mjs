// What a figure module gets to measure with: the browser, the origin serving the app and the
// bench pages, the number of runs, and browser contexts holding a stored campaign of a given size.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../chromium-path.js';

/** The User Timing marks of src/ui/user-timing.ts (the app's MARKS). */
export const APP_MARKS = {
  dashboardReady: 'battlemap:dashboard-ready',
  gridReady: 'battlemap:grid-ready',
  battlemapReady: 'battlemap:battlemap-ready',
};

const CONTEXT_OPTIONS = {
  viewport: { width: 1400, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  // A service worker would answer from its cache instead of the server, and its install competes
  // with the page for the CPU: every figure is measured without it.
  serviceWorkers: 'block',
};

/** Seeding 50,000 projects into IndexedDB takes a while on a busy machine. */
const SLOW_MS = 180_000;

export class Bench {
  /** @type {Map<string, Promise<import('@playwright/test').BrowserContext>>} */
  #campaigns = new Map();
  /** Uncaught errors in any page: a run with one is not a measurement. */
  pageErrors = [];

  /**
   * @param {object} options
   * @param {string} options.baseUrl  the origin serving dist/ at / and dist-bench/ at /bench/
   * @param {string} options.dist  the app build, for figures that read files
   * @param {string} options.dataDir  a scratch directory served at /bench-data/
   */
  constructor(browser, { baseUrl, dist, dataDir, runs, log }) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.dist = dist;
    this.dataDir = dataDir;
    this.runs = runs;
    this.log = log;
  }

  static async launch(options) {
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('no Chromium found: install it or set CHROMIUM_PATH');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    return new Bench(browser, options);
  }

  url(path) {
    return new URL(path, this.baseUrl).href;
  }

  /** A fresh browser context, with nothing stored. */
  newContext() {
    return this.browser.newContext(CONTEXT_OPTIONS);
  }

  /**
   * A context whose IndexedDB holds one campaign of `count` projects (opened on the app's start),
   * seeded once through the app's repository and shared by every figure that asks for the same.
   * `options.workstreams`: every project has its five workstreams (bench/seed.ts).
   */
  campaign(count, options = {}) {
    const key = `${count}${options.workstreams ? '+workstreams' : ''}`;
    if (!this.#campaigns.has(key)) {
      const started = Date.now();
      const seeded = this.freshCampaign(count, options);
      void seeded.then(() => this.log(`  stored ${key} projects in ${Date.now() - started} ms`));
      this.#campaigns.set(key, seeded);
    }
    return this.#campaigns.get(key);
  }

  /** Like campaign(count), but a context of its own, for a figure that changes the data: close it. */
  async freshCampaign(count, options = {}) {
    const context = await this.newContext();
    const page = await this.openApi(context, 'bench/seed.html');
    const result = await page.evaluate(([n, o]) => window.bench.seed(n, o), [count, options]);
    await page.close();
    if (result.projects !== count) throw new Error(`seeded ${result.projects}, not ${count}`);
    return context;
  }

  /** Writes a file the pages can fetch: its path on disk and its URL on the origin. */
  writeData(name, bytes) {
    const path = join(this.dataDir, name);
    writeFileSync(path, bytes);
    return { path, url: this.url(`bench-data/${name}`) };
  }

  /** Opens `path` of the origin in a new page; page errors fail the benchmark. */
  async open(context, path) {
    const page = await context.newPage();
    page.setDefaultTimeout(SLOW_MS);
    page.on('pageerror', (error) => {
      this.pageErrors.push(`${path}: ${error.message}`);
      this.log(`  page error on ${path}: ${error.message}`);
    });
    // Back once the navigation commits, so what the driver runs in the page runs before the page's
    // own scripts, not in the middle of what is timed; each figure waits for what it needs.
    await page.goto(this.url(path), { waitUntil: 'commit' });
    return page;
  }

  /** Opens a bench page that hands the driver its functions, once they are there. */
  async openApi(context, path) {
    const page = await this.open(context, path);
    await page.waitForFunction(() => 'bench' in window);
    return page;
  }

  async close() {
    await this.browser.close();
  }
}

/** Milliseconds from the navigation's start to the first mark called `name`, waiting for it. */
export async function markTime(page, name) {
  // A PerformanceObserver, not waitForFunction: that evaluates Playwright's injected script
  // (~30 ms) and polls every frame, on the main thread that is being timed.
  const seen = page.evaluate(
    (mark) =>
      new Promise((resolve) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName(mark, 'mark')[0];
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        });
        observer.observe({ type: 'mark', buffered: true });
      }),
    name,
  );
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no mark ${name} within ${SLOW_MS} ms`)), SLOW_MS);
  });
  try {
    return await Promise.race([seen, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Garbage-collects, then reads the page's used JS heap in bytes (Chrome DevTools Protocol). */
export async function usedHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The campaign size the app shows in its header, to check that it opened the seeded campaign. */
export async function shownProjectCount(page) {
  const count = await page.getByTestId('project-count').getAttribute('data-count');
  return Number(count);
}
