import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage, DASHBOARD_CHARTS, DashboardCharts } from './app-page.ts';

test.use({ viewport: { width: 1280, height: 900 } });

/** Every PNG file starts with these eight bytes. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('the four charts draw the sample campaign and fit a 1280 px window', async ({ page }) => {
  const app = new AppPage(page);
  const charts = new DashboardCharts(page);
  await app.open('#/');
  await charts.drawn();
  for (const id of DASHBOARD_CHARTS) {
    await expect(charts.chart(id).locator('canvas').first()).toBeVisible();
  }
  // Planned vs actual by 旬: 57.5亿 done by the as-of date, as the KPI says.
  const cumulative = charts.chart('cumulative');
  await expect(cumulative).toHaveAttribute('data-figure', 'investment');
  await expect(cumulative).toHaveAttribute('data-as-of', '2018-02-12');
  await expect(cumulative).toHaveAttribute(
    'data-actual',
    (await app.kpi('investment').getAttribute('data-actual')) ?? '',
  );
  // Five 旬 have begun by 2018-02-12: January's three, February's first and second.
  await expect(cumulative).toHaveAttribute('data-points', '5');
  await expect(charts.chart('investment-month')).toHaveAttribute('data-months', '2');
  // Every project has one light.
  const lights = charts.chart('lights');
  const count = (name: string) => charts.number('lights', name);
  expect((await count('red')) + (await count('yellow')) + (await count('green'))).toBe(733);
  expect(await count('red')).toBeGreaterThan(0);
  await expect(lights).toHaveAttribute('data-total', '733');
  // Towns, then units.
  const ranking = charts.chart('ranking');
  await expect(ranking).toHaveAttribute('data-kind', 'town');
  expect(await charts.number('ranking', 'rows')).toBeGreaterThan(5);
  await page.getByTestId('chart-ranking-unit').click();
  await expect(ranking).toHaveAttribute('data-kind', 'unit');
  await expect(ranking).toHaveAttribute('data-first', /.+/);

  // Nothing sticks out sideways, at 1280 px or in a narrower window.
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(width);
  }
});

test('a new as-of date and a new target change what the charts show', async ({ page }) => {
  const app = new AppPage(page);
  const charts = new DashboardCharts(page);
  await app.open('#/');
  await charts.drawn();
  const cumulative = charts.chart('cumulative');
  const before = await charts.number('cumulative', 'actual');

  await app.setAsOf('2018-01-31');
  await expect(cumulative).toHaveAttribute('data-as-of', '2018-01-31');
  await expect(cumulative).toHaveAttribute('data-points', '3');
  const january = await charts.number('cumulative', 'actual');
  expect(january).toBeLessThan(before);
  await expect(cumulative).toHaveAttribute(
    'data-actual',
    (await app.kpi('investment').getAttribute('data-actual')) ?? '',
  );
  await expect(charts.chart('investment-month')).toHaveAttribute('data-months', '1');

  // The signings against their target of 50; then the target becomes 60.
  await page.getByTestId('chart-cumulative-figure').selectOption('signed');
  await expect(cumulative).toHaveAttribute('data-figure', 'signed');
  await expect(cumulative).toHaveAttribute('data-annual', '50');
  const plan = await charts.number('cumulative', 'plan');
  await app.open('#/settings');
  await page.getByTestId('target-signed').fill('60');
  await page.getByTestId('target-signed').press('Enter');
  await page.getByRole('link', { name: '总览' }).click();
  await charts.drawn();
  await page.getByTestId('chart-cumulative-figure').selectOption('signed');
  await expect(cumulative).toHaveAttribute('data-annual', '60');
  expect(await charts.number('cumulative', 'plan')).toBeGreaterThan(plan);
});

test('each chart exports a PNG and prints as SVG', async ({ page }) => {
  const app = new AppPage(page);
  const charts = new DashboardCharts(page);
  await app.open('#/');
  await charts.drawn();
  for (const id of DASHBOARD_CHARTS) {
    const file = await app.download(`export-png-${id}`);
    expect(file.name).toMatch(/\.png$/);
    const bytes = await readFile(file.path);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // Wider than the card on screen and with a header above the chart: a real picture.
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1440);
  }

  // The browser fires beforeprint when printing starts; each chart then draws itself as SVG.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const id of DASHBOARD_CHARTS) {
    await expect(charts.chart(id).locator('.chart-print svg')).toBeVisible();
    await expect(charts.chart(id).locator('canvas').first()).toBeHidden();
  }
  await expect(page.getByTestId('chart-cumulative-figure')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.chart-print svg')).toHaveCount(0);
});

test('the charts speak English after the language switch', async ({ page }) => {
  const app = new AppPage(page);
  const charts = new DashboardCharts(page);
  await app.open('#/');
  await charts.drawn();
  await expect(charts.chart('lights')).toContainText('项目红黄绿灯');
  await page.getByTestId('language-switch').click();
  await expect(charts.chart('lights')).toContainText('Project status lights');
  await expect(charts.chart('investment-month')).toContainText('Investment done by month');
  await expect(page.getByTestId('export-png-lights')).toHaveText('Export PNG');
});
