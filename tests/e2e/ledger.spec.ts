import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { LedgerPage } from './app-page.ts';

test.use({ viewport: { width: 2400, height: 900 } });
// These flows open the 733-project sample several times (two tabs, reloads): give them room on a
// busy machine. Nothing here is timed.
test.describe.configure({ timeout: 90_000 });

const XSS = '<img src=x onerror="window.__xss=1">';

test('typing edits cells with their editors; Ctrl+Z and Ctrl+Y undo and redo each step', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await app.typeInto(1, 'name', '安踏一体化产业园（二期）');
  await expect(app.cell(1, 'name')).toHaveText('安踏一体化产业园（二期）');

  await app.typeInto(1, 'completed.plan', '2018.2.9');
  await expect(app.cell(1, 'completed.plan')).toHaveText('2018-02-09');

  await app.typeInto(1, 'annualPlan', '1,234.5');
  await expect(app.cell(1, 'annualPlan')).toHaveText('1,234.50');

  // The five battles: tick a box under the cell.
  await expect(app.cell(1, 'battles')).toHaveText('固投完成、投资推进');
  await app.cell(1, 'battles').click();
  await page.keyboard.press('Enter');
  await page.locator('.tags-editor-panel label', { hasText: '产业招商' }).click();
  await page.keyboard.press('Enter');
  await expect(app.cell(1, 'battles')).toHaveText('固投完成、投资推进、产业招商');

  // A dropdown of the campaign's towns.
  await app.cell(1, 'town').click();
  await page.keyboard.press('Enter');
  await page.locator('.autocompleteEditor td', { hasText: '安海镇' }).click();
  await expect(app.cell(1, 'town')).toHaveText('安海镇');

  await app.cell(2, 'code').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.cell(1, 'town')).toHaveText('池店镇');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.cell(1, 'battles')).toHaveText('固投完成、投资推进');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(app.cell(1, 'battles')).toHaveText('固投完成、投资推进、产业招商');
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(app.cell(1, 'annualPlan')).toHaveText('100,000');
  await page.getByTestId('redo').click();
  await expect(app.cell(1, 'annualPlan')).toHaveText('1,234.50');
  await app.reload();
  await expect(app.cell(1, 'name')).toHaveText('安踏一体化产业园（二期）');
  await expect(app.cell(1, 'annualPlan')).toHaveText('1,234.50');
  await expect(app.cell(1, 'town')).toHaveText('池店镇');
});

test('a paste from Excel adds rows, reads its dates and amounts, and is one undoable step', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await page.getByTestId('campaign-new').click();
  await page.getByTestId('dialog-input').fill('英林镇 2018 攻坚');
  await page.getByTestId('dialog-ok').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '0');
  await page.getByTestId('project-add').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '1');
  await app.cell(1, 'code').click();

  // Columns from 项目编码 to 实际策划 (the year-to-date column left empty), as Excel copies them:
  // CRLF rows, a quoted cell with a line break, Chinese text, every date and amount form.
  const rows = [
    [
      'JJ-001',
      '安踏一体化产业园',
      '重大',
      '英林镇',
      '市经信局',
      '市长',
      '纺织鞋服',
      '固投完成、投资推进',
      '在建',
      '1,234.5',
      '6000万',
      '',
      '2018-02-09',
      '2018/2/9',
    ],
    [
      'JJ-002',
      '"晋华集成电路\n(二期)"',
      '本级重点',
      '东石镇',
      '市发改局',
      '市委书记',
      '集成电路',
      '产业招商',
      '前期',
      '7.9亿',
      '5000',
      '',
      '2018.2.9',
      '2018年2月9日',
    ],
    ['JJ-003', XSS, '重大', '英林镇', '', '', '', '', '策划', '-5', '', '', '坏日期', ''],
  ];
  const tsv = rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
  await app.paste(tsv, `<table><tr><td>${XSS}</td></tr></table>`);

  await expect(app.projectCount).toHaveAttribute('data-count', '3');
  await expect(app.cell(1, 'code')).toHaveText('JJ-001');
  await expect(app.cell(1, 'totalInvestment')).toHaveText('1,234.50');
  await expect(app.cell(1, 'annualPlan')).toHaveText('6,000');
  await expect(app.cell(1, 'planned.actual')).toHaveText('2018-02-09');
  await expect(app.cell(2, 'name')).toHaveText('晋华集成电路\n(二期)');
  await expect(app.cell(2, 'totalInvestment')).toHaveText('79,000');
  await expect(app.cell(2, 'planned.plan')).toHaveText('2018-02-09');
  await expect(app.cell(2, 'planned.actual')).toHaveText('2018-02-09');
  await expect(app.cell(2, 'battles')).toHaveText('产业招商');
  // Markup in a cell is text: shown as typed, never run.
  await expect(app.cell(3, 'name')).toHaveText(XSS);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  // Refused cells are named with row, column and value; the rest of the paste is kept.
  await expect(app.error).toContainText('第 3 行“总投资（万元）”的值“-5”未被接受：不能为负数');
  await expect(app.error).toContainText('第 3 行“计划策划”的值“坏日期”未被接受');
  await expect(app.cell(3, 'totalInvestment')).toHaveClass(/cell-refused/);
  // Towns the blank campaign does not list yet are kept and flagged, with a way to add them.
  await expect(app.checks).toContainText('“英林镇”不在镇街列表中');
  await expect(app.cell(1, 'town')).toHaveClass(/cell-check/);
  await page.getByTestId('add-to-list').filter({ hasText: '镇街' }).click();
  await expect(app.cell(1, 'town')).not.toHaveClass(/cell-check/);

  // Undo takes back the list and then the whole paste, added rows included; redo brings it back.
  await page.getByTestId('undo').click();
  await expect(app.cell(1, 'town')).toHaveClass(/cell-check/);
  await page.getByTestId('undo').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '1');
  await expect(app.cell(1, 'code')).toHaveText('XM-0001');
  await page.getByTestId('redo').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '3');
  await expect(app.cell(2, 'totalInvestment')).toHaveText('79,000');
  await app.reload();
  await expect(app.cell(2, 'name')).toHaveText('晋华集成电路\n(二期)');
  await expect(app.cell(3, 'name')).toHaveText(XSS);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test('a single value pasted over a selection fills it; copy gives Excel the same layout', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await app.cell(1, 'stage').click();
  await app.cell(3, 'stage').click({ modifiers: ['Shift'] });
  await app.paste('投产\r\n');
  for (const row of [1, 2, 3]) await expect(app.cell(row, 'stage')).toHaveText('投产');

  await app.cell(1, 'code').click();
  await app.cell(2, 'name').click({ modifiers: ['Shift'] });
  const copied = await app.copy();
  expect(copied.split(/\r?\n/).map((line) => line.split('\t'))).toEqual([
    ['JJ2018-0001', '安踏一体化产业园'],
    ['JJ2018-0002', '福大晋江科教园'],
  ]);
});

test('the fill handle and Delete change many cells, each as one undoable step', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await app.showColumn('nextStep');
  const original = (await app.cell(3, 'nextStep').innerText()).trim();
  await app.typeInto(1, 'nextStep', '周一、周四现场会推进');
  // Handsontable takes two clicks on one cell within 500 ms as a double click (the editor opens and
  // hides the fill handle); typeInto clicked this cell a moment ago, so select it with the keyboard.
  await expect(app.cell(2, 'nextStep')).toHaveClass(/current/);
  await page.keyboard.press('ArrowUp');
  await expect(app.cell(1, 'nextStep')).toHaveClass(/current/);
  const corner = app.grid.locator('.ht_master .wtBorder.corner').filter({ visible: true }).first();
  const from = await corner.boundingBox();
  const to = await app.cell(4, 'nextStep').boundingBox();
  if (!from || !to) throw new Error('fill handle or target cell not drawn');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  for (const row of [2, 3, 4])
    await expect(app.cell(row, 'nextStep')).toHaveText('周一、周四现场会推进');

  await app.cell(2, 'nextStep').click();
  await app.cell(4, 'nextStep').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  for (const row of [2, 3, 4]) await expect(app.cell(row, 'nextStep')).toHaveText('');
  await expect(app.cell(1, 'nextStep')).toHaveText('周一、周四现场会推进');

  await page.keyboard.press('ControlOrMeta+z');
  for (const row of [2, 3, 4])
    await expect(app.cell(row, 'nextStep')).toHaveText('周一、周四现场会推进');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.cell(3, 'nextStep')).toHaveText(original);
  await expect(app.cell(1, 'nextStep')).toHaveText('周一、周四现场会推进');
});

test('bad values are refused with a message; doubtful ones are kept and flagged', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await app.typeInto(2, 'code', 'JJ2018-0001');
  await expect(app.error).toContainText('第 2 行“项目编码”的值“JJ2018-0001”未被接受：项目编码重复');
  await expect(app.cell(2, 'code')).toHaveText('JJ2018-0002');
  await expect(app.cell(2, 'code')).toHaveClass(/cell-refused/);

  await app.typeInto(2, 'annualPlan', '-100');
  await expect(app.error).toContainText('不能为负数');
  await app.typeInto(2, 'signed.actual', '2018-02-30');
  await expect(app.error).toContainText('“2018-02-30”未被接受：不是有效日期');

  // 安踏 was signed 2016-06-18: a start before it is kept, but flagged on the start.
  await app.typeInto(1, 'started.actual', '2016-01-05');
  await expect(app.cell(1, 'started.actual')).toHaveText('2016-01-05');
  await expect(app.cell(1, 'started.actual')).toHaveClass(/cell-check/);
  await expect(app.checks).toContainText('第 1 行“实际开工”：2016-01-05 早于实际签约 2016-06-18');

  await app.typeInto(1, 'town', '火星镇');
  await expect(app.checks).toContainText('“火星镇”不在镇街列表中');
  await expect(page.getByTestId('flagged-count')).toContainText('待核对');
  await page.getByTestId('only-flagged').check();
  await expect(app.cell(1, 'code')).toHaveText('JJ2018-0001');
  await page.getByTestId('only-flagged').uncheck();
  await page.getByTestId('add-to-list').click();
  await expect(app.cell(1, 'town')).not.toHaveClass(/cell-check/);
});

test('rows are inserted, duplicated and deleted as undoable steps; many rows ask first', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await app.cell(2, 'name').click();
  await page.getByTestId('project-insert').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '734');
  await expect(app.cell(3, 'code')).toHaveText('XM-0734');
  await expect(app.cell(4, 'code')).toHaveText('JJ2018-0003');

  await app.cell(4, 'name').click();
  await page.getByTestId('project-duplicate').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  await expect(app.cell(5, 'name')).toHaveText('晋华集成电路');
  await expect(app.cell(5, 'code')).toHaveText('XM-0735');

  await app.cell(1, 'name').click();
  await app.cell(5, 'name').click({ modifiers: ['Shift'] });
  await page.getByTestId('project-delete').click();
  await expect(page.getByTestId('dialog')).toContainText('删除选中的 5 个项目');
  await page.getByTestId('dialog-cancel').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  await page.getByTestId('project-delete').click();
  await page.getByTestId('dialog-ok').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '730');
  await expect(app.cell(1, 'code')).toHaveText('JJ2018-0004');

  await page.getByTestId('undo').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '735');
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(app.projectCount).toHaveAttribute('data-count', '733');
  await expect(app.cell(3, 'code')).toHaveText('JJ2018-0003');
});

test('search, column filters and sort change the view; hidden columns are remembered', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await expect(app.status).toHaveAttribute('data-shown', '733');
  // The sheet draws the columns in view: the last is drawn once the sheet is scrolled to it.
  await expect(app.cell(1, 'nextStep')).not.toBeAttached();
  await app.showColumn('nextStep');
  await expect(app.cell(1, 'nextStep')).toBeAttached();
  await page.getByTestId('ledger-search').fill('晋华');
  await expect(app.status).toHaveAttribute('data-shown', '1');
  await expect(app.cell(1, 'name')).toHaveText('晋华集成电路');
  await page.getByTestId('view-clear').click();
  await expect(app.status).toHaveAttribute('data-shown', '733');

  await app.showColumn('tier');
  await app.columnMenu('tier').click();
  const menu = page.getByTestId('column-menu');
  await menu.getByText('全不选').click();
  await menu.getByTestId('filter-value').and(page.locator('[value="重大"]')).check();
  await menu.getByTestId('filter-apply').click();
  await expect(app.status).toHaveAttribute('data-shown', '41');

  await app.showColumn('annualPlan');
  await app.columnMenu('annualPlan').click();
  await menu.getByTestId('sort-desc').click();
  await expect(app.cell(1, 'name')).toHaveText('晋华集成电路');
  await expect(app.cell(1, 'annualPlan')).toHaveText('600,000');

  // Export saves what the sheet shows, in its order.
  const exported = await app.download('export-csv');
  const { data } = Papa.parse<string[]>(
    readFileSync(exported.path, 'utf8').replace(/^\uFEFF/, ''),
    {
      skipEmptyLines: true,
    },
  );
  const [header, ...rows] = data;
  expect(rows).toHaveLength(41);
  expect(rows[0]?.[header!.indexOf('项目名称')]).toBe('晋华集成电路');

  // The status bar counts and sums the selection.
  await app.cell(1, 'annualPlan').click();
  await app.cell(2, 'annualPlan').click({ modifiers: ['Shift'] });
  await expect(app.status).toHaveAttribute('data-cells', '2');
  const sum = Number(await app.status.getAttribute('data-sum'));
  expect(sum).toBeGreaterThan(600000);
  await expect(page.getByTestId('selection-sum')).toContainText('亿元');

  await app.showColumn('industry');
  await app.columnMenu('industry').click();
  await menu.getByTestId('column-hide').click();
  await expect(app.grid.locator('td[data-field="industry"]')).toHaveCount(0);
  await app.reload();
  await expect(app.cell(1, 'code')).toHaveText('JJ2018-0001');
  await expect(app.status).toHaveAttribute('data-shown', '733');
  await expect(app.grid.locator('td[data-field="industry"]')).toHaveCount(0);
  await page.getByTestId('columns-toggle').click();
  await page.locator('[data-testid="column-choice"][data-field="industry"]').check();
  await expect(app.cell(1, 'industry')).toHaveText('纺织鞋服');
});

test('the detail panel opens from a row or a link, edits workstreams and investment', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await app.openButton(3).click();
  await expect(page).toHaveURL(/#\/projects\?project=JJ2018-0003$/);
  await expect(app.detail).toHaveAttribute('data-code', 'JJ2018-0003');
  await expect(page.getByTestId('detail-name')).toHaveText('晋华集成电路');
  await expect(page.getByTestId('project-problems')).toContainText('问题清单随“问题销号”功能提供');

  const ws = page.getByTestId('workstreams-grid');
  const cell = (row: number, field: string) =>
    ws.locator(`.ht_master tbody tr:nth-child(${row}) td[data-field="${field}"]`);
  await cell(4, 'actualEnd').click();
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('2018年2月10日');
  await page.keyboard.press('Enter');
  await expect(cell(4, 'actualEnd')).toHaveText('2018-02-10');
  await cell(4, 'percent').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('120');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workstream-error')).toContainText(
    '“配套建设”的“完成（%）”值“120”未被接受',
  );
  await page.keyboard.press('ControlOrMeta+z');
  await expect(cell(4, 'actualEnd')).toHaveText('');

  const entries = page.getByTestId('investment-entries');
  await entries.getByTestId('investment-date').fill('2018/2/11');
  await entries.getByTestId('investment-amount').fill('-3');
  await entries.getByTestId('investment-record').click();
  await expect(page.getByTestId('investment-error')).toContainText('不能为负数');
  await entries.getByTestId('investment-amount').fill('1.5亿');
  await entries.getByTestId('investment-record').click();
  await expect(
    entries.locator('[data-testid="investment-entry"][data-date="2018-02-11"]'),
  ).toHaveAttribute('data-amount', '15000');
  await expect(app.cell(3, 'investmentToDate')).toHaveText('94,000');

  await page.getByTestId('detail-close').click();
  await expect(app.detail).toHaveCount(0);
  await expect(page).toHaveURL(/#\/projects$/);

  // The battle map links straight to a project.
  await app.openLedger('?project=JJ2018-0004');
  await expect(page.getByTestId('detail-name')).toHaveText('百宏差别化化纤');
  await app.openLedger('?project=NOPE');
  await expect(page.getByTestId('detail-not-found')).toContainText('NOPE');
});

test('two tabs on one campaign see each other’s edits without a reload', async ({ context }) => {
  const a = new LedgerPage(await context.newPage());
  const b = new LedgerPage(await context.newPage());
  await a.openLedger();
  await b.openLedger();

  await a.typeInto(2, 'name', '福大晋江科教园（一期）');
  await expect(b.cell(2, 'name')).toHaveText('福大晋江科教园（一期）');
  await b.typeInto(2, 'town', '安海镇');
  await expect(a.cell(2, 'town')).toHaveText('安海镇');

  // Undo in A takes back only A's own edit.
  await a.page.getByTestId('undo').click();
  await expect(a.cell(2, 'name')).toHaveText('福大晋江科教园');
  await expect(a.cell(2, 'town')).toHaveText('安海镇');
  await expect(b.cell(2, 'name')).toHaveText('福大晋江科教园');

  await b.page.getByTestId('project-add').click();
  await expect(a.projectCount).toHaveAttribute('data-count', '734');
  await b.saved();
  await a.reload();
  await expect(a.cell(2, 'town')).toHaveText('安海镇');
  await expect(a.cell(2, 'name')).toHaveText('福大晋江科教园');
  await expect(a.projectCount).toHaveAttribute('data-count', '734');
});
