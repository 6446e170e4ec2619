// Import beyond one CSV of projects: a workbook of several sheets, the problems sheet, and a large
// file whose reading the user stops.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { AppPage } from './app-page.ts';

const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;

// Wide enough that the problems sheet draws every column without scrolling.
test.use({ viewport: { width: 2400, height: 1000 } });

test('a workbook’s projects, targets and problems sheets import together as one step', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/data');
  await app.importFile(fixture('workbook.xlsx'));
  const sheets = page.getByTestId('import-sheets');
  const sheet = (name: string) => sheets.locator(`[data-sheet="${name}"]`);
  await expect(sheets.getByTestId('import-sheet-include')).toHaveCount(4);
  // The notes sheet names no table's columns: it is left out unless the user ticks it.
  await expect(sheet('说明').getByTestId('import-sheet-include')).not.toBeChecked();
  await expect(sheet('问题').getByTestId('import-sheet-include')).toBeChecked();
  await expect(sheet('问题').getByTestId('import-sheet-table')).toHaveValue('problems');
  await expect(sheet('目标').getByTestId('import-sheet-table')).toHaveValue('targets');

  const preview = app.importPreview;
  const sheetPreview = (name: string) =>
    preview.locator(`[data-testid="import-sheet-preview"][data-sheet="${name}"]`);
  // One new project and one changed; a quarter's plan and a town's target; a problem on the new
  // project, which only the same workbook adds.
  await expect(preview).toHaveAttribute('data-new', '4');
  await expect(preview).toHaveAttribute('data-changed', '1');
  await expect(preview).toHaveAttribute('data-errors', '0');
  await expect(sheetPreview('问题')).toHaveAttribute('data-new', '1');
  await expect(sheetPreview('目标')).toContainText('签约 · 2018年3月');

  // Leaving the projects sheet out leaves the problem without its project.
  await sheet('项目').getByTestId('import-sheet-include').uncheck();
  await expect(page.getByTestId('import-errors')).toContainText('问题：第 2 行');
  await expect(page.getByTestId('import-errors')).toContainText('WB-0001');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await sheet('项目').getByTestId('import-sheet-include').check();

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(app.projectCount).toHaveAttribute('data-count', '734');
  // One step: undo takes every sheet back at once.
  await page.getByTestId('import-undo').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await app.importFile(fixture('workbook.xlsx'));
  await page.getByTestId('import-confirm').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '734');
  await app.saved();

  await app.open('#/problems');
  await expect(app.problemCell('电力接入方案未批复', 'project')).toContainText('WB-0001');
});

test('the problems sheet goes out as CSV and back in, closing a problem (销号)', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/data');
  const { path } = await app.download('export-csv-problems');
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const col = (title: string) => header!.indexOf(title);
  const open = rows.find((r) => r[col('状态')] === '未销号')!;
  const description = open[col('问题描述')]!;
  open[col('状态')] = '已销号';
  open[col('销号日期')] = '2018年2月12日';
  open[col('解决情况')] = '现场会协调解决';
  const edited = test.info().outputPath('problems.csv');
  writeFileSync(edited, '\uFEFF' + Papa.unparse([header!, ...rows], { newline: '\r\n' }));

  await app.importFile(edited);
  await expect(page.getByTestId('import-table')).toHaveValue('problems');
  await expect(app.importPreview).toHaveAttribute('data-changed', '1');
  await expect(app.importPreview).toHaveAttribute('data-new', '0');
  await expect(app.importPreview.locator('tr[data-status="changed"]')).toContainText(
    '状态：未销号 → 已销号',
  );
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await app.saved();

  await app.open('#/problems');
  await expect(app.problemCell(description, 'status')).toHaveText('已销号');
});

test('reading a large file can be stopped, and the next file reads on its own', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/data');
  // About 30 MB: long enough to read that the stop button is there to press.
  const lines = ['项目编码,项目名称,镇街,责任单位,总投资(万元),计划开工'];
  for (let i = 1; i <= 400_000; i++) {
    const n = String(i).padStart(6, '0');
    lines.push(`L-${n},大型导入测试项目 ${n},永和镇,市发改局,${i % 9000},2018-03-01`);
  }
  // A file on disk: the browser reads it from there (a buffer would travel through the driver).
  const large = test.info().outputPath('large.csv');
  writeFileSync(large, lines.join('\r\n') + '\r\n');
  await page.getByTestId('import-file').setInputFiles(large);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await page.getByTestId('import-stop').click();
  await expect(progress).toHaveCount(0);
  await expect(app.importPreview).toHaveCount(0);
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);

  // Nothing of the stopped read is left over: the next file previews as itself.
  await app.importFile(fixture('projects-gbk.csv'));
  await expect(app.importPreview).toHaveAttribute('data-new', '2');
  await expect(app.importPreview).toHaveAttribute('data-changed', '1');
  await app.saved();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
});
