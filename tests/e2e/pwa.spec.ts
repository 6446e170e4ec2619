// The installable app's promises that need no second build or stopped server: the manifest, the
// policy, storage health, failed writes, backups, stale tabs and older tabs on an upgraded database.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { unpackProjects, type PackedProjects } from '../../src/persistence/project-columns.ts';
import { AppPage } from './app-page.ts';
import { watchCsp } from './support/csp.ts';
import { simulateFullDisk } from './support/full-disk.ts';

test.use({ viewport: { width: 1600, height: 900 } });
// Several of these flows reload, open a second tab or wait out a retry.
test.setTimeout(60_000);

let csp: string[];
test.beforeEach(async ({ context }) => {
  csp = await watchCsp(context);
});
test.afterEach(() => {
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
});

/** Types a new value into a ledger cell and waits until the grid shows it. */
async function editCell(app: AppPage, row: number, field: string, typed: string, shown: string) {
  await app.showColumn(field);
  await app.cell(row, field).click();
  await app.page.keyboard.type(typed);
  await app.page.keyboard.press('Enter');
  await expect(app.cell(row, field)).toHaveText(shown);
}

interface BackupJson {
  format: string;
  schemaVersion: number;
  campaigns: {
    campaign: { name: string };
    projects: { code: string; investments: { amount: number }[] }[];
  }[];
}

async function readDownload(page: Page, click: () => Promise<void>): Promise<BackupJson> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(download.suggestedFilename()).toMatch(/^battlemap-.+-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

test('the app is installable: manifest, icons and a service worker, no installability errors', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test contexts are incognito profiles, where nothing installs; offline.spec.ts checks a real one.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: '挂图作战',
    short_name: '挂图作战',
    lang: 'zh-CN',
    display: 'standalone',
    start_url: './',
    theme_color: '#b91c1c',
  });
  const purposes = (manifest.icons as { sizes: string; purpose: string; src: string }[]).map(
    (i) => `${i.sizes} ${i.purpose}`,
  );
  expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
});

test('every view runs under the Content-Security-Policy without a violation', async ({ page }) => {
  const app = new AppPage(page);
  const routes = ['', 'projects', 'targets', 'report', 'battlemap', 'problems', 'data', 'settings'];
  for (const route of routes) {
    await app.open(`#/${route}`);
  }
  await app.open('#/projects');
  await editCell(app, 1, 'investmentToDate', '1.6亿', '16,000');
  await app.saved();
  // The list of violations is checked after each test.
});

test('persistent storage is asked for after the first real edit, not on opening', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      w.persistCalls++;
      return persist();
    };
  });
  const app = new AppPage(page);
  await app.open('#/settings');
  const persistCalls = () =>
    page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
  await expect(page.getByTestId('storage-usage')).toContainText('已用');
  await expect(page.getByTestId('storage-persisted')).toHaveAttribute(
    'data-persisted',
    /true|false/,
  );
  expect(
    Number(await page.getByTestId('storage-usage').getAttribute('data-usage')),
  ).toBeGreaterThan(0);
  expect(await persistCalls()).toBe(0);
  await page.getByTestId('target-upgraded').fill('12');
  await page.getByTestId('target-upgraded').dispatchEvent('change');
  await app.saved();
  await expect.poll(persistCalls).toBe(1);
  await page.getByTestId('target-upgraded').fill('13');
  await page.getByTestId('target-upgraded').dispatchEvent('change');
  await app.saved();
  expect(await persistCalls()).toBe(1);
});

test('a write the disk refuses is shown at once, the edit stays, and a backup holds it', async ({
  page,
}) => {
  const diskFull = await simulateFullDisk(page);
  const app = new AppPage(page);
  await app.open('#/projects');
  await app.saved();
  await diskFull(true);

  await editCell(app, 1, 'investmentToDate', '1.6亿', '16,000');
  const banner = page.getByTestId('save-failed');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('data-kind', 'quota');
  await expect(banner).toContainText('本机存储空间已满');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'failed');
  await expect(app.cell(1, 'investmentToDate')).toHaveText('16,000');

  const backup = await readDownload(page, () => page.getByTestId('save-failed-backup').click());
  expect(backup.format).toBe('battlemap-backup');
  expect(backup.schemaVersion).toBe(1);
  const anta = backup.campaigns[0]!.projects.find((p) => p.code === 'JJ2018-0001')!;
  // The edit that could not be stored is in the file: 6000 done before, 10000 recorded now.
  expect(anta.investments.reduce((sum, e) => sum + e.amount, 0)).toBe(16000);

  // Room again: the retry stores the edit and the banner goes.
  await diskFull(false);
  await app.saved();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await app.showColumn('investmentToDate');
  await expect(app.cell(1, 'investmentToDate')).toHaveText('16,000');
});

test('a backup is offered when the last one is more than seven days old', async ({ page }) => {
  const eightDaysAgo = Date.now() - 8 * 24 * 60 * 60 * 1000;
  await page.addInitScript((at) => {
    if (!localStorage.getItem('battlemap.firstEditAt')) {
      localStorage.setItem('battlemap.firstEditAt', String(at));
      localStorage.setItem('battlemap.lastBackupAt', String(at));
    }
  }, eightDaysAgo);
  const app = new AppPage(page);
  await app.open();
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('8 天前');
  const backup = await readDownload(page, () =>
    page.getByTestId('backup-reminder-download').click(),
  );
  expect(backup.campaigns[0]!.campaign.name).toBe('晋江 2018 项目攻坚');
  expect(backup.campaigns[0]!.projects).toHaveLength(733);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(app.projectCount).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('a stale tab whose lazy chunk is gone offers a reload instead of a blank screen', async ({
  browser,
  baseURL,
}) => {
  // Without a service worker, as on a first visit: the server has moved on to another build.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open('#/');
  await page.route('**/assets/Ledger-*.js', (route) => route.abort());
  await page.getByRole('link', { name: '项目台账' }).click();
  await expect(page.getByTestId('chunk-error')).toBeVisible();
  await page.unroute('**/assets/Ledger-*.js');
  await page.getByTestId('chunk-reload').click();
  await expect(app.cell(1, 'code')).toHaveText('JJ2018-0001');
  await expect(page.getByTestId('chunk-error')).toHaveCount(0);
  expect(violations).toEqual([]);
  await context.close();
});

test('a newer tab upgrading the database makes this tab save, let go and ask for a reload', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open('#/projects');
  await editCell(app, 1, 'investmentToDate', '1.6亿', '16,000');
  // A newer app in another tab opens the database at a higher version.
  const newer = await context.newPage();
  await newer.goto('./manifest.webmanifest');
  const stored = await newer.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'battlemap');
    return new Promise<unknown>((resolve, reject) => {
      const request = indexedDB.open('battlemap', (current?.version ?? 0) + 10);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const get = request.result
          .transaction('projectChunks')
          .objectStore('projectChunks')
          .getAll();
        get.onsuccess = () => {
          request.result.close();
          // Typed arrays do not cross to the test as they are: plain arrays do.
          resolve(
            (get.result as PackedProjects[]).map(({ count, strings, refs, numbers }) => ({
              count,
              strings,
              refs: [...refs],
              numbers: [...numbers],
            })),
          );
        };
      };
    });
  });
  const chunks = stored as {
    count: number;
    strings: string[];
    refs: number[];
    numbers: number[];
  }[];
  const projects = chunks.flatMap((c) =>
    unpackProjects({ ...c, refs: Int32Array.from(c.refs), numbers: Float64Array.from(c.numbers) }),
  );
  const anta = projects.find((p) => p.code === 'JJ2018-0001')!;
  expect(anta.investments.reduce((sum, e) => sum + e.amount, 0)).toBe(16000);
  await expect(page.getByTestId('db-outdated')).toBeVisible();
  await page.getByTestId('db-outdated-reload').click();
  await app.showColumn('investmentToDate');
  await expect(app.cell(1, 'investmentToDate')).toHaveText('16,000');
  await newer.close();
});
