import { expect, test } from '@playwright/test';
import { AppPage } from './app-page.ts';

// A command-room screen: wide enough that the milestone columns are drawn without scrolling.
test.use({ viewport: { width: 2400, height: 900 } });

test('first run opens the sample campaign with the article’s figures', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await expect(page.getByTestId('sample-notice')).toBeVisible();
  await expect(app.asOf).toHaveValue('2018-02-12');
  const investment = app.kpi('investment');
  await expect(investment).toHaveAttribute('data-percent', '8.6');
  await expect(investment).toHaveAttribute('data-actual', '575000');
  await expect(investment).toContainText('57.5');
  await expect(app.kpi('planned')).toHaveAttribute('data-target', '200');
  await expect(app.kpi('signed')).toHaveAttribute('data-target', '50');
  await expect(app.kpi('signed')).toHaveAttribute('data-actual', '42');
  await expect(app.kpi('started')).toHaveAttribute('data-target', '70');
  await expect(app.kpi('started')).toHaveAttribute('data-actual', '33');
  await expect(app.kpi('completed')).toHaveAttribute('data-target', '90');
  await expect(page.getByTestId('time-progress')).toHaveAttribute('data-percent', '11.8');
});

test('the as-of date recomputes the figures', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.kpi('signed')).toHaveAttribute('data-actual', '42');
  await app.setAsOf('2018-02-08');
  // The 42 projects were signed on 02-09: looking back one day before, they are not counted.
  await expect(app.kpi('signed')).toHaveAttribute('data-actual', '0');
  const earlier = Number(await app.kpi('investment').getAttribute('data-actual'));
  expect(earlier).toBeLessThan(575000);
  await expect(page.getByTestId('time-progress')).toHaveAttribute('data-percent', '10.7');
  await app.saved();
  await page.reload();
  await expect(app.asOf).toHaveValue('2018-02-08');
});

test('an edited cell is saved, moves the dashboard and survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/projects');
  await expect(app.cell(1, 'code')).toHaveText('JJ2018-0001');
  // Row 1 (安踏一体化产业园) was signed before 2018, so a 2018 signing date adds one to the batch.
  await app.showColumn('signed.actual');
  await expect(app.cell(1, 'signed.actual')).not.toHaveText(/^2018/);
  await app.cell(1, 'signed.actual').click();
  await page.keyboard.type('2018年2月10日');
  await page.keyboard.press('Enter');
  await expect(app.cell(1, 'signed.actual')).toHaveText('2018-02-10');

  await app.showColumn('investmentToDate');
  await app.cell(1, 'investmentToDate').click();
  await page.keyboard.type('1.6亿');
  await page.keyboard.press('Enter');
  await expect(app.cell(1, 'investmentToDate')).toHaveText('16,000');
  await app.saved();

  await page.reload();
  await app.showColumn('signed.actual');
  await expect(app.cell(1, 'signed.actual')).toHaveText('2018-02-10');
  await app.showColumn('investmentToDate');
  await expect(app.cell(1, 'investmentToDate')).toHaveText('16,000');
  await page.getByRole('link', { name: '总览' }).click();
  await expect(app.kpi('signed')).toHaveAttribute('data-actual', '43');
  // 安踏 had 6000 万元 done; the new total adds 10000 to the campaign's 575000.
  await expect(app.kpi('investment')).toHaveAttribute('data-actual', '585000');
});

test('a bad value is refused with a message and nothing is saved', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/projects');
  await app.showColumn('totalInvestment');
  const cell = app.cell(1, 'totalInvestment');
  const before = (await cell.innerText()).trim();
  expect(before).not.toBe('');
  await cell.click();
  // Enter opens the editor (an IME types into it; Playwright's CJK text skips key events).
  await page.keyboard.press('Enter');
  await page.keyboard.type('很多');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-error')).toContainText('很多');
  await expect(page.getByTestId('grid-error')).toContainText('不是有效金额');
  await expect(app.cell(1, 'totalInvestment')).toHaveText(before);
  await app.saved();
  await page.reload();
  await app.showColumn('totalInvestment');
  await expect(app.cell(1, 'totalInvestment')).toHaveText(before);
});

test('the language switch turns the UI into English and back, and is remembered', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('link', { name: '项目台账' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('link', { name: 'Projects' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // English starts with a Latin face (a CJK one draws ’ full width), Chinese with the CJK faces.
  await expect(page.locator('body')).toHaveCSS('font-family', /^system-ui/);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Projects' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('link', { name: '项目台账' })).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('font-family', /^"PingFang SC"/);
});

test('campaigns can be created, renamed, switched and deleted', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const switcher = page.getByTestId('campaign-switcher');
  await switcher.getByTestId('campaign-new').click();
  await page.getByTestId('dialog-input').fill('永和镇 2019 攻坚');
  await page.getByTestId('dialog-ok').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('sample-notice')).toHaveCount(0);

  await switcher.getByTestId('campaign-rename').click();
  await page.getByTestId('dialog-input').fill('永和镇 2019 项目攻坚');
  await page.getByTestId('dialog-ok').click();
  await expect(switcher.getByTestId('campaign-select').locator('option:checked')).toHaveText(
    '永和镇 2019 项目攻坚',
  );

  const sampleId = 'sample-jinjiang-2018';
  await switcher.getByTestId('campaign-select').selectOption(sampleId);
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await switcher.getByTestId('campaign-select').selectOption({ label: '永和镇 2019 项目攻坚' });
  await expect(app.projectCount).toHaveAttribute('data-count', '0');

  await switcher.getByTestId('campaign-delete').click();
  await expect(page.getByTestId('dialog')).toContainText('永和镇 2019 项目攻坚');
  await page.getByTestId('dialog-cancel').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '0');
  await switcher.getByTestId('campaign-delete').click();
  await page.getByTestId('dialog-ok').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await expect(switcher.getByTestId('campaign-select').locator('option')).toHaveCount(1);
});
