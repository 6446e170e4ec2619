// The heavier promises of the installable app, each against production builds served by a server
// this file starts and stops: offline after one visit, an update that loses nothing in two tabs,
// and an edit that survives the browser being killed.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './app-page.ts';
import { build, currentBuild } from './support/builds.ts';
import { watchCsp } from './support/csp.ts';
import { simulateFullDisk } from './support/full-disk.ts';
import { killBrowser } from './support/kill-browser.ts';
import { checkForUpdate, serviceWorkerInControl } from './support/service-worker.ts';
import { StaticServer } from './support/static-server.ts';

const NEXT_LABEL = 'e2e-next';
const VIEWPORT = { width: 1600, height: 900 };

test.setTimeout(120_000);

let server: StaticServer;
let current: string;
/** The second build, started at once and awaited only by the test that needs it. */
let next: Promise<string>;

test.beforeAll(async () => {
  current = await currentBuild();
  next = build('next', { VITE_BUILD_LABEL: NEXT_LABEL });
  // A failed build is reported by the update test; do not let it go unhandled before then.
  next.catch(() => {});
  server = new StaticServer(current);
});

test.afterEach(async () => {
  await server.stop();
  server.root = current;
});

async function newContext(browser: import('@playwright/test').Browser) {
  const context = await browser.newContext({ baseURL: server.url, viewport: VIEWPORT });
  return { context, violations: await watchCsp(context) };
}

async function edit(app: AppPage, row: number, field: string, typed: string, shown: string) {
  await app.showColumn(field);
  await app.cell(row, field).click();
  await app.page.keyboard.type(typed);
  await app.page.keyboard.press('Enter');
  await expect(app.cell(row, field)).toHaveText(shown);
}

async function setTarget(page: Page, batch: string, value: string): Promise<void> {
  await page.getByTestId(`target-${batch}`).fill(value);
  await page.getByTestId(`target-${batch}`).dispatchEvent('change');
}

test('after one visit, every view works and edits are kept with the server stopped', async ({
  browser,
}) => {
  await server.start();
  const { context, violations } = await newContext(browser);
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open('#/');
  await serviceWorkerInControl(page);

  await server.stop();
  await expect(fetch(server.url), 'the server is really gone').rejects.toThrow();
  await page.reload();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');

  // Each view, the lazily loaded ledger included, comes from the service worker's cache.
  await app.open('#/projects');
  await edit(app, 1, 'investmentToDate', '1.6亿', '16,000');
  await app.saved();
  // What each view shows once its lazily loaded parts are in: its grid, its report, its input.
  const shows: Record<string, string> = {
    targets: 'targets-grid',
    report: 'dekad-report',
    problems: 'problems-grid',
    data: 'import-file',
    battlemap: 'battlemap-chart',
  };
  for (const [route, testId] of Object.entries(shows)) {
    await app.open(`#/${route}`);
    await expect(page.getByTestId(testId)).toBeAttached();
    await expect(page.getByTestId('chunk-error')).toHaveCount(0);
  }
  await app.open('#/settings');
  await setTarget(page, 'upgraded', '12');
  await app.saved();
  await app.open('#/');
  await expect(app.kpi('investment')).toHaveAttribute('data-actual', '585000');
  await expect(app.kpi('upgraded')).toHaveAttribute('data-target', '12');

  await page.reload();
  await app.open('#/projects');
  await app.showColumn('investmentToDate');
  await expect(app.cell(1, 'investmentToDate')).toHaveText('16,000');

  // A town's file comes in, and the ledger goes out, with the server still gone.
  await app.open('#/data');
  await app.importFile(new URL('../fixtures/projects-gbk.csv', import.meta.url).pathname);
  await expect(app.importPreview).toHaveAttribute('data-new', '2');
  await page.getByTestId('import-confirm').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  await app.open('#/projects');
  const exported = await app.download('export-csv');
  expect(exported.name).toMatch(/\.csv$/);
  expect(readFileSync(exported.path, 'utf8')).toContain('GBK-0101');
  expect(violations).toEqual([]);
  await context.close();
});

test('a new version waits for the user, then both tabs save, update and keep every edit', async ({
  browser,
}) => {
  await server.start();
  const { context, violations } = await newContext(browser);
  const ledger = new AppPage(await context.newPage());
  const settings = new AppPage(await context.newPage());
  const settingsDiskFull = await simulateFullDisk(settings.page);
  await ledger.open('#/projects');
  await serviceWorkerInControl(ledger.page);
  await settings.open('#/settings');
  await expect(settings.page.getByTestId('app-version')).toHaveText('0.1.0');

  await edit(ledger, 1, 'investmentToDate', '1.6亿', '16,000');
  await setTarget(settings.page, 'upgraded', '12');

  server.root = await next;
  await checkForUpdate(ledger.page);
  for (const tab of [ledger, settings])
    await expect(tab.page.getByTestId('update-banner')).toBeVisible();
  // Nothing changes behind the user's back: both tabs still run the old version.
  await expect(settings.page.getByTestId('app-version')).toHaveText('0.1.0');
  // "Later" in one tab only rests its banner; an update accepted elsewhere still saves and reloads it.
  await settings.page.getByTestId('update-later').click();
  await expect(settings.page.getByTestId('update-banner')).toHaveCount(0);

  // The other tab cannot save its next edit: the update must not reload it away.
  await settingsDiskFull(true);
  await setTarget(settings.page, 'signed', '55');
  await expect(settings.page.getByTestId('save-failed')).toBeVisible();
  await ledger.page.getByTestId('update-accept').click();
  await expect(ledger.page.getByTestId('update-banner')).toContainText(
    '有 1 个标签页的修改未能保存',
  );
  await expect(settings.page.getByTestId('app-version')).toHaveText('0.1.0');

  // Once that tab has saved, the update goes ahead.
  await settingsDiskFull(false);
  await settings.saved();
  await ledger.page.getByTestId('update-accept').click();

  await expect(settings.page.getByTestId('app-version')).toHaveText(`0.1.0 (${NEXT_LABEL})`);
  await expect(settings.page.getByTestId('target-upgraded')).toHaveValue('12');
  await expect(settings.page.getByTestId('target-signed')).toHaveValue('55');
  await ledger.showColumn('investmentToDate');
  await expect(ledger.cell(1, 'investmentToDate')).toHaveText('16,000');
  await ledger.open('#/settings');
  await expect(ledger.page.getByTestId('app-version')).toHaveText(`0.1.0 (${NEXT_LABEL})`);
  for (const tab of [ledger, settings])
    await expect(tab.page.getByTestId('update-banner')).toHaveCount(0);
  expect(violations).toEqual([]);
  await context.close();
});

test('an edit survives the browser being killed 200 ms after it', async () => {
  await server.start();
  const profile = await mkdtemp(join(tmpdir(), 'battlemap-crash-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...test.info().project.use.launchOptions,
      baseURL: server.url,
      viewport: VIEWPORT,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  let context: BrowserContext | null = await launch();
  try {
    const app = new AppPage(context.pages()[0] ?? (await context.newPage()));
    await app.open('#/projects');
    // A real profile, unlike the tests' incognito ones, can install the app.
    const cdp = await context.newCDPSession(app.page);
    await serviceWorkerInControl(app.page);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);

    // The page says when the edit is made (the save becomes pending); the browser dies 200 ms
    // after that. The delay is the scenario itself, not a wait for something.
    const edited = new Promise<void>((resolve) =>
      app.page.on('console', (m) => m.text() === 'edit-pending' && resolve()),
    );
    await app.page.getByTestId('save-status').evaluate((status) =>
      new MutationObserver(() => {
        if (status.getAttribute('data-status') === 'pending') console.log('edit-pending');
      }).observe(status, { attributes: true }),
    );
    await app.showColumn('investmentToDate');
    await app.cell(1, 'investmentToDate').click();
    await app.page.keyboard.type('1.6亿');
    await app.page.keyboard.press('Enter');
    await edited;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const gone = context.waitForEvent('close');
    killBrowser(profile);
    await gone;

    context = await launch();
    const again = new AppPage(context.pages()[0] ?? (await context.newPage()));
    await again.open('#/projects');
    await again.showColumn('investmentToDate');
    await expect(again.cell(1, 'investmentToDate')).toHaveText('16,000');
  } finally {
    await context?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
});
