import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { ReportPage } from './report-page.ts';

// Wide enough that the ledger's milestone columns are drawn without scrolling.
test.use({ viewport: { width: 2400, height: 900 } });
// Each test builds the sample on a first run and freezes four 旬 of 733 projects; on a shared
// two-core machine that alone can take most of the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('the 旬报 opens on the last closed 旬: 2018年2月上旬 with its 42 signings', async ({
  page,
}) => {
  const app = new ReportPage(page);
  await app.openReport();
  await expect(page.getByRole('link', { name: '旬报' })).toHaveAttribute('aria-current', 'page');
  await expect(app.report).toHaveAttribute('data-period', '2018-02-1');
  await expect(app.report).toContainText('晋江 2018 项目攻坚 旬报');
  await expect(app.report).toContainText('2018年2月上旬');
  await expect(app.report).toContainText('截至日期 2018-02-12');
  await expect(app.batch('signed')).toHaveAttribute('data-count', '42');
  await expect(app.batch('signed')).toContainText('顺丰创新产业园');
  await expect(app.batch('started')).toContainText('腾邦纸业');
  await expect(app.batch('completed')).toContainText('大深路菌柄桥');
  await expect(page.getByTestId('report-summary-signed')).toContainText('84.0%');
  // Opening the campaign froze 一月上、中、下旬 and 二月上旬, each as of its last day.
  await app.expectSnapshots(4);
  await expect(app.snapshots.locator('tbody tr')).toHaveText([
    /2018年1月上旬\s*2018-01-10/,
    /2018年1月中旬\s*2018-01-20/,
    /2018年1月下旬\s*2018-01-31/,
    /2018年2月上旬\s*2018-02-10/,
  ]);
  await expect(page.getByTestId('report-colours')).toContainText('2018-01-31');

  await app.dekad.selectOption('2018-01-3');
  await expect(app.report).toHaveAttribute('data-period', '2018-01-3');
  await expect(app.batch('signed')).toHaveAttribute('data-count', '0');
  await expect(app.dekad.locator('option').last()).toHaveText('2018年2月中旬（进行中）');
});

test('two snapshots taken around a ledger edit show the new signing', async ({ page }) => {
  const app = new ReportPage(page);
  await app.openReport();
  await app.expectSnapshots(4);
  await app.takeSnapshot(5);
  await expect(app.snapshots.locator('tbody tr').last()).toContainText('手动');

  // 安踏一体化产业园 (row 1) was signed before 2018; sign it again within this 旬.
  await page.getByRole('link', { name: '项目台账' }).click();
  await app.showColumn('signed.actual');
  await app.cell(1, 'signed.actual').click();
  await page.keyboard.type('2018-02-11');
  await page.keyboard.press('Enter');
  await expect(app.cell(1, 'signed.actual')).toHaveText('2018-02-11');
  await app.saved();

  await page.getByRole('link', { name: '旬报' }).click();
  await app.takeSnapshot(6);
  const diff = app.compare.getByTestId('snapshot-diff');
  await expect(diff.getByTestId('diff-figure-signed')).toHaveAttribute('data-delta', '1');
  await expect(diff.getByTestId('diff-added-signed')).toHaveAttribute('data-count', '1');
  await expect(diff.getByTestId('diff-added-signed')).toContainText('安踏一体化产业园');
  await expect(diff.getByTestId('diff-figure-started')).toHaveAttribute('data-delta', '0');

  // The frozen 二月上旬 still shows what was known then; the running 旬 shows the new signing.
  await expect(app.batch('signed')).toHaveAttribute('data-count', '42');
  await app.dekad.selectOption('2018-02-2');
  await expect(app.batch('signed')).toHaveAttribute('data-count', '1');

  // Comparing the two manual snapshots the other way round lists it as no longer counted.
  await app.compare
    .getByTestId('snapshot-compare-a')
    .selectOption({ label: '2018年2月中旬 · 截至 2018-02-12 · 手动 #6' });
  await app.compare
    .getByTestId('snapshot-compare-b')
    .selectOption({ label: '2018年2月中旬 · 截至 2018-02-12 · 手动 #5' });
  await expect(diff.getByTestId('diff-removed-signed')).toContainText('安踏一体化产业园');

  await page.reload();
  await app.expectSnapshots(6);
});

test('moving the as-of date on freezes the 旬 that closed, and the snapshots differ', async ({
  page,
}) => {
  const app = new ReportPage(page);
  await app.openReport();
  await app.expectSnapshots(4);
  await app.setAsOf('2018-03-02');
  await app.expectSnapshots(6);
  await expect(app.report).toHaveAttribute('data-period', '2018-02-3');
  await expect(app.snapshots.locator('tbody tr').last()).toContainText('2018-02-28');

  const a = app.compare.getByTestId('snapshot-compare-a');
  const b = app.compare.getByTestId('snapshot-compare-b');
  await a.selectOption({ label: '2018年1月下旬 · 截至 2018-01-31 · 旬末 #3' });
  await b.selectOption({ label: '2018年2月上旬 · 截至 2018-02-10 · 旬末 #4' });
  const diff = app.compare.getByTestId('snapshot-diff');
  await expect(diff.getByTestId('diff-added-signed')).toHaveAttribute('data-count', '42');
  await expect(diff.getByTestId('diff-figure-signed')).toHaveAttribute('data-delta', '42');
  await expect(diff.getByTestId('diff-investment')).toContainText('+15.73 亿元');

  // Looking back does not undo what was frozen.
  await app.setAsOf('2018-01-15');
  await expect(app.report).toHaveAttribute('data-period', '2018-01-1');
  await app.expectSnapshots(6);
});

test('the 旬报 exports as a CSV that reads back, and prints only the report', async ({ page }) => {
  const app = new ReportPage(page);
  await app.openReport();
  const download = await app.exportCsv();
  expect(download.suggestedFilename()).toBe('旬报-晋江 2018 项目攻坚-2018-02-1.csv');
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  expect(text.split('\r\n').length).toBeGreaterThan(42);
  expect(text.match(/(?<!\r)\n/g)).toBeNull();
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  expect(rows[0]?.slice(0, 4)).toEqual(['旬', '分类', '项目编码', '项目名称']);
  const signings = rows.filter((r) => r[1] === '签约');
  expect(signings).toHaveLength(42);
  expect(signings.every((r) => r[0] === '2018年2月上旬' && r[6] === '2018-02-09')).toBe(true);
  expect(rows.find((r) => r[1] === '汇总' && r[3] === '签约')?.slice(7, 11)).toEqual([
    '42',
    '42',
    '50',
    '84',
  ]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('project-count')).toBeHidden();
  await expect(page.getByTestId('snapshot-take')).toBeHidden();
  await expect(app.report).toBeVisible();
  await expect(app.report.getByRole('heading', { level: 1 })).toHaveText('晋江 2018 项目攻坚 旬报');
});
