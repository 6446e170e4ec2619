import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { AppPage } from './app-page.ts';

const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;

// Wide enough that the ledger draws the milestone columns without scrolling sideways.
test.use({ viewport: { width: 2400, height: 1000 } });

test('a GBK file from Chinese Excel is previewed, confirmed and lands in the ledger', async ({
  page,
}) => {
  // It loads the ledger's grid after the import: give a busy machine time.
  test.slow();
  const app = new AppPage(page);
  await app.open('#/data');
  await app.importFile(fixture('projects-gbk.csv'));
  // The chosen file is named beside the button, as the browser's own control did.
  await expect(page.getByTestId('import-file-name')).toHaveText('projects-gbk.csv');
  await expect(page.getByTestId('import-encoding')).toHaveValue('gb18030');
  const preview = app.importPreview;
  await expect(preview).toHaveAttribute('data-new', '2');
  await expect(preview).toHaveAttribute('data-changed', '1');
  await expect(preview).toHaveAttribute('data-errors', '0');
  await expect(preview.locator('tr[data-status="changed"]')).toContainText('物流一期收尾');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  await app.saved();

  await app.open('#/projects');
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  // The new rows are at the end of the ledger.
  await app.showColumn('signed.actual');
  await app.cell(1, 'signed.actual').click();
  await page.keyboard.press('Control+ArrowDown');
  await expect(
    app.grid.locator('.ht_clone_inline_start td[data-field="code"]', { hasText: 'GBK-0101' }),
  ).toBeVisible();
  const row = app.grid.locator('.ht_master tbody tr', {
    has: page.locator('td[data-field="name"]', { hasText: '晋江市域8号路(二期)' }),
  });
  await expect(row.locator('td[data-field="annualPlan"]')).toHaveText('35,000');
  await expect(row.locator('td[data-field="signed.actual"]')).toHaveText('2018-02-09');
});

test('changing the encoding re-reads the file and shows what it cannot read', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/data');
  await app.importFile(fixture('projects-gbk.csv'));
  await page.getByTestId('import-encoding').selectOption('utf-8');
  await expect(page.getByTestId('import-errors')).toContainText('无法识别的字节');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await page.getByTestId('import-encoding').selectOption('gb18030');
  await expect(app.importPreview).toHaveAttribute('data-errors', '0');
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
});

test('a rejected import lists each problem by line and writes nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/data');
  await app.importFile(fixture('bad-values.csv'));
  const errors = page.getByTestId('import-errors').locator('li');
  await expect(errors).toHaveCount(4);
  await expect(errors.nth(0)).toContainText('第 3 行');
  await expect(errors.nth(0)).toContainText('很多');
  await expect(errors.nth(1)).toContainText('2018-02-30');
  await expect(app.importPreview).toHaveAttribute('data-errors', '4');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await page.getByTestId('import-cancel').click();
  await expect(app.importPreview).toHaveCount(0);
  await app.saved();
  await page.reload();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
});

test('the ledger exports as CSV that a parser reads back with the right values', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/projects');
  const { path, name } = await app.download('export-csv');
  expect(name).toMatch(/\.csv$/);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = data;
  expect(rows).toHaveLength(733);
  const col = (title: string) => header!.indexOf(title);
  const anta = rows.find((r) => r[col('项目名称')] === '安踏一体化产业园');
  expect(anta?.[col('项目编码')]).toBe('JJ2018-0001');
  expect(anta?.[col('年度已完成投资（万元）')]).toBe('6000');

  // The file goes back in unchanged.
  await page.getByRole('link', { name: '导入…' }).click();
  await app.importFile(path);
  await expect(app.importPreview).toHaveAttribute('data-unchanged', '733');
  await expect(app.importPreview).toHaveAttribute('data-changed', '0');
  await expect(page.getByTestId('import-nothing')).toBeVisible();
});

test('an import is one step that undo takes back', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/data');
  await app.importFile(fixture('projects-gbk.csv'));
  await page.getByTestId('import-confirm').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  await page.getByTestId('import-undo').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await app.saved();
  await page.reload();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
});

test('a backup restores the campaign as it was, after showing what it replaces', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/data');
  const backup = await app.download('backup-export');
  await app.importFile(fixture('projects-gbk.csv'));
  await page.getByTestId('import-confirm').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');

  // The browser's own file button speaks the browser's language ("Choose File"): the app's words
  // stand in for it, over the input, which is there but not seen.
  await expect(page.getByText('从备份文件恢复')).toBeVisible();
  await expect(page.getByLabel('从备份文件恢复')).toHaveCSS('opacity', '0');
  await page.getByTestId('backup-restore-file').setInputFiles(backup.path);
  await expect(page.getByTestId('backup-restore-preview')).toContainText('735 个项目');
  await page.getByTestId('backup-restore-confirm').click();
  await expect(page.getByTestId('backup-message')).toContainText('已恢复 1 个活动');
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await page.reload();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
});
