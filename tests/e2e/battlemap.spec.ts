import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, BattlemapChart } from './app-page.ts';

// A command-room screen.
test.use({ viewport: { width: 1600, height: 1000 } });

/** Rows of 安踏一体化产业园 (JJ2018-0001) alone: its town's header, the project, five workstreams. */
async function onlyAnta(page: Page): Promise<void> {
  await page.getByTestId('battlemap-search').fill('安踏');
  await expect(page.getByTestId('battlemap-chart')).toHaveAttribute('data-rows', '1');
  await expect(page.getByTestId('battlemap-chart')).toHaveAttribute('data-lanes', '7');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the battle map draws every project of the sample campaign at each zoom level', async ({
  page,
}) => {
  const app = new AppPage(page);
  const map = new BattlemapChart(page);
  await map.open(app);
  await expect(map.chart).toHaveAttribute('data-rows', '733');
  await expect(page.getByTestId('battlemap-summary')).toHaveAttribute('data-shown', '733');
  for (const mode of ['month', 'quarter', 'year', 'dekad']) {
    await page.getByTestId(`battlemap-zoom-${mode}`).click();
    await expect(map.chart).toHaveAttribute('data-mode', mode);
    await expect(map.chart).toHaveAttribute('data-rows', '733');
  }
  // The 旬 view opens around the as-of date.
  const start = await map.chart.getAttribute('data-window-start');
  const end = await map.chart.getAttribute('data-window-end');
  expect(start! < '2018-02-12' && '2018-02-12' < end!).toBe(true);
});

test('filters narrow the rows and the counts follow', async ({ page }) => {
  const app = new AppPage(page);
  const map = new BattlemapChart(page);
  await map.open(app);
  await page.getByTestId('battlemap-town').selectOption('永和镇');
  await expect(map.chart).toHaveAttribute('data-rows', '44');
  await expect(page.getByTestId('battlemap-summary')).toHaveAttribute('data-shown', '44');
  await page.getByTestId('battlemap-town').selectOption('');

  const red = page.getByTestId('battlemap-light-red');
  const redCount = (await red.locator('..').locator('b').innerText()).trim();
  expect(Number(redCount)).toBeGreaterThan(0);
  await red.check();
  await expect(map.chart).toHaveAttribute('data-rows', redCount);
  await red.uncheck();

  await page.getByTestId('battlemap-tier').selectOption('major');
  await expect(map.chart).toHaveAttribute('data-rows', '41');
  await page.getByTestId('battlemap-behind').check();
  const behind = Number(await map.chart.getAttribute('data-rows'));
  expect(behind).toBeLessThan(41);
  await page.getByTestId('battlemap-behind').uncheck();
  await page.getByTestId('battlemap-tier').selectOption('');

  await page.getByTestId('battlemap-search').fill('不存在的项目');
  await expect(map.chart).toHaveAttribute('data-rows', '0');
  await expect(page.getByTestId('battlemap-empty')).toBeVisible();
  await onlyAnta(page);
});

test('hovering a bar tells its facts and clicking it opens the project', async ({ page }) => {
  const app = new AppPage(page);
  const map = new BattlemapChart(page);
  await map.open(app);
  await onlyAnta(page);
  // The actual bar runs from the actual start (2017-04-18) to the as-of date.
  const { x, y } = await map.point(1, '2018-01-20');
  await page.mouse.move(x, y);
  await expect(page.getByText('年度投资完成')).toBeVisible();
  await expect(page.locator('text=安踏一体化产业园').first()).toBeVisible();
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/#\/projects\?project=JJ2018-0001$/);
});

test.describe('on a screen wide enough for the ledger’s milestone columns', () => {
  test.use({ viewport: { width: 3200, height: 1000 } });

  test('dragging a planned bar’s end moves the planned date in the ledger, and undo moves it back', async ({
    page,
  }) => {
    const app = new AppPage(page);
    const map = new BattlemapChart(page);
    await map.open(app);
    await onlyAnta(page);
    await page.getByTestId('battlemap-zoom-month').click();
    await expect(map.chart).toHaveAttribute('data-mode', 'month');
    // The planned bar ends with the planned completion, 2018-12-31: grab its right edge.
    const from = await map.point(1, '2018-12-31', 1);
    const to = await map.point(1, '2019-01-31', 1);
    await page.mouse.move(from.x - 1, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
    await page.mouse.move(to.x - 1, to.y, { steps: 4 });
    await page.mouse.up();
    await app.saved();

    await app.open('#/projects');
    await app.showColumn('completed.plan');
    const cell = app.cell(1, 'completed.plan');
    await expect(cell).toHaveText(/^2019-0(1-3[01]|2-01)$/);
    await app.open('#/battlemap');
    await page.getByTestId('battlemap-undo').click();
    await app.saved();
    await app.open('#/projects');
    await app.showColumn('completed.plan');
    await expect(app.cell(1, 'completed.plan')).toHaveText('2018-12-31');
  });
});

test('the PNG holds every row, not just those in view', async ({ page }) => {
  // Drawing a thousand rows offscreen takes a few seconds on a busy machine.
  test.slow();
  const app = new AppPage(page);
  const map = new BattlemapChart(page);
  await map.open(app);
  const lanes = Number(await map.chart.getAttribute('data-lanes'));
  const inView = Number(await map.chart.getAttribute('data-rows-in-view'));
  expect(lanes).toBeGreaterThan(inView * 10);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const { width, height } = pngSize(await readFile(await download.path()));
  expect(width).toBeGreaterThanOrEqual(1200);
  // Every row at its full height (26 px), under the title, legend and time axis.
  expect(height).toBeGreaterThanOrEqual(lanes * 26);
});

test('printing lays the map on pages that each repeat the axis and the group header', async ({
  page,
}) => {
  test.slow();
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const app = new AppPage(page);
  const map = new BattlemapChart(page);
  await map.open(app);
  await page.getByTestId('battlemap-print-button').click();
  const pages = page.getByTestId('battlemap-print-page');
  expect(await pages.count()).toBeGreaterThan(20);
  await page.emulateMedia({ media: 'print' });
  await expect(map.chart).toBeHidden();
  for (const index of [0, 1, 12]) {
    const sheet = pages.nth(index);
    await expect(sheet.locator('h1')).toContainText('晋江 2018 项目攻坚');
    await expect(sheet).toContainText('截至 2018-02-12');
    await expect(sheet.locator('.legend')).toContainText('计划工期');
    const svg = sheet.locator('svg').last();
    await expect(svg).toContainText('2018年2月');
    // A page that continues a group starts with that group's header again.
    await expect(svg).toContainText('▾');
  }
});
