import { expect, test } from '@playwright/test';
import { AppPage } from './app-page.ts';

// Wide enough that the ledger draws its milestone columns without scrolling.
test.use({ viewport: { width: 2400, height: 1000 } });

test('a target change moves its completion; the granularities agree', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/targets');
  await page.getByTestId('target-tab-signed').click();
  const grid = page.getByTestId('targets-grid');
  await expect(grid).toHaveAttribute('data-figure', 'signed');
  // February's row (month 2): 42 signings against a target of 50 → 84.0% of the year.
  const feb = grid.locator('.ht_master tbody tr:nth-child(2)');
  await expect(feb.locator('td[data-field="actual"]')).toHaveText('42');
  await expect(feb.locator('td[data-field="annualPercent"]')).toHaveText('84.0%');
  await page.getByTestId('target-annual-input').fill('60');
  await page.getByTestId('target-annual-input').press('Enter');
  await expect(feb.locator('td[data-field="annualPercent"]')).toHaveText('70.0%');
  await page.getByRole('link', { name: '总览' }).click();
  await expect(app.kpi('signed')).toHaveAttribute('data-target', '60');
  await expect(app.kpi('signed')).toHaveAttribute('data-percent', '70.0');
});

test('a set period plan is kept, shown as set, and survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/targets');
  await page.getByTestId('target-tab-signed').click();
  const march = page
    .getByTestId('targets-grid')
    .locator('.ht_master tbody tr:nth-child(3) td[data-field="plan"]');
  await expect(march).toHaveClass(/derived/);
  await march.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('20');
  await page.keyboard.press('Enter');
  await expect(march).toHaveText('20');
  await expect(march).not.toHaveClass(/derived/);
  // The quarter ends with March: Q1's plan is the same 20.
  await page.getByTestId('targets-granularity').getByRole('button', { name: '季' }).click();
  const q1 = page
    .getByTestId('targets-grid')
    .locator('.ht_master tbody tr:nth-child(1) td[data-field="plan"]');
  await expect(q1).toHaveText('20');
  await app.saved();
  await page.reload();
  await page.getByTestId('target-tab-signed').click();
  await expect(
    page
      .getByTestId('targets-grid')
      .locator('.ht_master tbody tr:nth-child(3) td[data-field="plan"]'),
  ).toHaveText('20');
});

test('moving a signing date across a 旬 boundary moves the 旬 figures', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/projects');
  // Row 6 is 年产50万吨差别化直纺长丝, signed on 2018-02-09 (Feb 上旬).
  await app.showColumn('signed.actual');
  await expect(app.cell(6, 'signed.actual')).toHaveText('2018-02-09');
  await app.cell(6, 'signed.actual').click();
  await page.keyboard.type('2018-02-11');
  await page.keyboard.press('Enter');
  await expect(app.cell(6, 'signed.actual')).toHaveText('2018-02-11');
  await page.getByRole('link', { name: '目标分解' }).click();
  await page.getByTestId('target-tab-signed').click();
  await page.getByTestId('targets-granularity').getByRole('button', { name: '旬' }).click();
  const rows = page.getByTestId('targets-grid').locator('.ht_master tbody tr');
  await expect(rows.nth(3).locator('td[data-field="amount"]')).toHaveText('41'); // Feb 上旬
  await expect(rows.nth(4).locator('td[data-field="amount"]')).toHaveText('1'); // Feb 中旬
});

test('towns are ranked and a town can be chosen as the scope', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/targets');
  const ranking = page.getByTestId('ranking');
  await expect(ranking.locator('tbody tr').first()).toHaveAttribute('data-rank', '1');
  const first = await ranking.locator('tbody tr').first().getAttribute('data-name');
  await ranking.locator('tbody tr').first().getByRole('button').click();
  await expect(page.getByTestId('targets-scope')).toHaveValue(`town:${first}`);
  await expect(page.getByTestId('status-legend')).toContainText('红');
});

test('status rules and the working-day calendar are settings the user can change', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/settings');
  await expect(
    page.getByTestId('calendar-days').locator('tr[data-date="2018-02-16"]'),
  ).toHaveAttribute('data-kind', 'holiday');
  await expect(
    page.getByTestId('calendar-days').locator('tr[data-date="2018-02-11"]'),
  ).toHaveAttribute('data-kind', 'workday');
  await page.getByTestId('calendar-date').fill('2018-03-05');
  await page.getByTestId('calendar-kind').selectOption('holiday');
  await page.getByTestId('calendar-add').click();
  await expect(
    page.getByTestId('calendar-days').locator('tr[data-date="2018-03-05"]'),
  ).toHaveAttribute('data-kind', 'holiday');

  await page.getByTestId('rule-due-soon').fill('3');
  await page.getByTestId('rule-due-soon').press('Enter');
  await app.saved();
  await page.reload();
  await expect(page.getByTestId('rule-due-soon')).toHaveValue('3');
  await expect(page.getByTestId('calendar-days').locator('tr[data-date="2018-03-05"]')).toHaveCount(
    1,
  );
  await page.getByRole('link', { name: '目标分解' }).click();
  await expect(page.getByTestId('status-legend')).toContainText('3 天内');
});
