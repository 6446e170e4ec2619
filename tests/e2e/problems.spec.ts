import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page.ts';

// A command-room screen: wide enough that the sheet draws every column without scrolling.
test.use({ viewport: { width: 2400, height: 1000 } });
// Each test is a whole user flow with reloads over the 733-project sample: more than the default
// budget when the machine is shared.
test.describe.configure({ timeout: 90_000 });

const BRIDGE = 'JJ2018-0020 安海北环路外曾桥';
const NEW_PROBLEM = '外曾桥桥头引道路灯迁改需供电部门配合';

test('a problem is raised, falls due on the working-day calendar, turns its project red when overdue, and is closed', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/problems');
  await expect(app.problemsGrid).toBeVisible();

  // Raised on the as-of date, Monday 2018-02-12, within the city's own authority: 5 working days,
  // across the Spring Festival holiday (02-15…02-21), ends on the make-up working Saturday 02-24.
  await page.getByTestId('problem-new-project').fill(BRIDGE);
  await page.getByTestId('problem-new-description').fill(NEW_PROBLEM);
  await page.getByTestId('problem-raise').click();
  await expect(page.getByTestId('problem-new-done')).toHaveAttribute('data-due', '2018-02-24');
  await expect(app.problemCell(NEW_PROBLEM, 'due')).toHaveText('2018-02-24');
  await expect(app.problemCell(NEW_PROBLEM, 'clock')).toHaveText('剩 5 个工作日');
  await expect(app.problemCell(NEW_PROBLEM, 'light')).toHaveAttribute('data-tone', 'green');
  await expect(app.problemDetail).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('problem-project-light')).toHaveAttribute('data-light', 'green');

  // Two days past the due date it is overdue, and its project is red.
  await app.setAsOf('2018-02-26');
  await expect(app.problemCell(NEW_PROBLEM, 'clock')).toHaveText('逾期 2 天');
  await expect(app.problemCell(NEW_PROBLEM, 'clock')).toHaveAttribute('data-tone', 'red');
  await expect(app.problemCell(NEW_PROBLEM, 'light')).toHaveAttribute('data-tone', 'red');
  await expect(app.problemDetail).toHaveAttribute('data-state', 'overdue');
  await expect(page.getByTestId('problem-project-light')).toHaveAttribute('data-light', 'red');

  // Closing needs a resolution: without one it is refused, with a reason, and nothing changes.
  await page.getByTestId('problem-close').click();
  await expect(page.getByTestId('problem-error')).toContainText('销号须填写销号情况');
  await expect(app.problemDetail).toHaveAttribute('data-status', 'open');
  await page.getByTestId('problem-close-text').fill('供电部门2月26日完成路灯迁改');
  await page.getByTestId('problem-close').click();
  await expect(app.problemDetail).toHaveAttribute('data-status', 'resolved');
  await expect(app.problemCell(NEW_PROBLEM, 'status')).toHaveText('已销号');
  await expect(app.problemCell(NEW_PROBLEM, 'clock')).toHaveText('超期销号');
  await expect(app.problemCell(NEW_PROBLEM, 'light')).toHaveAttribute('data-tone', 'green');
  await app.saved();

  await page.reload();
  await expect(app.asOf).toHaveValue('2018-02-26');
  await expect(app.problemCell(NEW_PROBLEM, 'status')).toHaveText('已销号');
  await expect(app.problemCell(NEW_PROBLEM, 'resolvedOn')).toHaveText('2018-02-26');
  await expect(app.problemCell(NEW_PROBLEM, 'resolution')).toHaveText(
    '供电部门2月26日完成路灯迁改',
  );
  await app.problemCell(NEW_PROBLEM, 'description').click();
  await expect(page.getByTestId('problem-history').locator('li')).toHaveText([
    /提出：外曾桥桥头引道路灯迁改/,
    /销号（2018-02-26）：供电部门2月26日完成路灯迁改/,
  ]);
});

test('reopening keeps the record; the due date can be changed with a reason; the sheet edits the scope', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/problems');
  const closed = '梧林社区首批征迁户补偿款';
  await app.problemCell(closed, 'description').click();
  await expect(app.problemDetail).toHaveAttribute('data-status', 'resolved');
  await page.getByTestId('problem-reopen-reason').fill('仍有3户未领取补偿款');
  await page.getByTestId('problem-reopen').click();
  await expect(app.problemDetail).toHaveAttribute('data-status', 'open');
  await expect(page.getByTestId('problem-history').locator('li')).toHaveText([
    /提出/,
    /销号（2018-02-07）：2月7日第一笔征迁土地赔偿款正式发放/,
    /重新打开：仍有3户未领取补偿款/,
  ]);

  // A due date set by hand needs a reason.
  const approval = '坂头村片区土地征收需报省政府批准';
  await app.problemCell(approval, 'description').click();
  await page.getByTestId('problem-override-date').fill('2018-03-15');
  await page.getByTestId('problem-override').click();
  await expect(page.getByTestId('problem-error')).toContainText('须填写原因');
  await page.getByTestId('problem-override-reason').fill('省政府审批周期约一个月');
  await page.getByTestId('problem-override').click();
  await expect(app.problemCell(approval, 'due')).toHaveText('2018-03-15（调整）');
  await expect(app.problemDetail).toHaveAttribute('data-state', 'open');

  // 晋华's power supply problem, raised 02-12 as external (due 02-14), becomes one of the city's own:
  // 5 working days, to the make-up Saturday 02-24.
  const power = '110千伏专用变电站';
  await expect(app.problemCell(power, 'due')).toHaveText('2018-02-14');
  await app.problemCell(power, 'scope').click();
  await page.keyboard.press('Enter');
  await page.locator('.autocompleteEditor td').filter({ hasText: '本级权限' }).click();
  await expect(app.problemCell(power, 'scope')).toHaveText('本级权限');
  await expect(app.problemCell(power, 'due')).toHaveText('2018-02-24');
  await app.saved();
  await page.reload();
  await expect(app.problemCell(power, 'due')).toHaveText('2018-02-24');
  await expect(app.problemCell(approval, 'due')).toHaveText('2018-03-15（调整）');
  await expect(app.problemCell(closed, 'status')).toHaveText('未销号');
});

test('the dashboard counts open and overdue problems and leads to the filtered list and the leader’s brief', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const counts = page.getByTestId('problem-counts');
  await expect(counts).toHaveAttribute('data-open', '5');
  await expect(counts).toHaveAttribute('data-overdue', '2');
  const transport = page
    .getByTestId('problem-counts-leader')
    .locator('tr[data-name="副市长(交通)"]');
  await expect(transport).toHaveAttribute('data-open', '2');
  await expect(transport).toHaveAttribute('data-overdue', '2');

  await transport.getByRole('link', { name: '副市长(交通)' }).click();
  await expect(page.getByTestId('problems-filter-leader')).toHaveValue('副市长(交通)');
  await expect(page.getByTestId('problems-shown')).toHaveAttribute('data-shown', '2');
  await page.getByTestId('problems-filter-leader').selectOption('');
  await page.getByTestId('problems-filter-overdue').check();
  await expect(page.getByTestId('problems-shown')).toHaveAttribute('data-shown', '2');
  await page.getByTestId('problems-filter-status').selectOption('resolved');
  await expect(page.getByTestId('problems-shown')).toHaveAttribute('data-shown', '0');

  await app.open();
  await transport.getByRole('link', { name: '简报' }).click();
  const brief = page.getByTestId('leader-brief');
  await expect(brief).toHaveAttribute('data-leader', '副市长(交通)');
  await expect(brief).toHaveAttribute('data-red', '2');
  await expect(brief).toHaveAttribute('data-overdue', '2');
  await expect(page.getByTestId('brief-flagged')).toContainText('市域8号路(一期)');

  const download = page.waitForEvent('download');
  await page.getByTestId('brief-csv').click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('副市长(交通) 挂钩项目简报\r\n');
  expect(text).toContain(
    'JJ2018-0018,市域8号路(一期),英林镇,市交通运输局,红,逾期问题 1 个,1,1\r\n',
  );

  await page.getByTestId('brief-leader').selectOption('市委书记');
  await expect(brief).toHaveAttribute('data-leader', '市委书记');
});
