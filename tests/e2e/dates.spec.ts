import { expect, test } from '@playwright/test';
import { AppPage } from './app-page.ts';

// The browser's own date input would show its language's order (02/12/2018 to an English
// browser) and words ("mm/dd/yyyy"): dates are text in YYYY-MM-DD, typed as planners write them.

test('the as-of date is typed as planners write it, shown as YYYY-MM-DD, and bad text changes nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.asOf).toHaveValue('2018-02-12');
  await expect(app.asOf).toHaveAttribute('type', 'text');

  await app.asOf.fill('2018年3月2日');
  await app.asOf.press('Enter');
  await expect(app.asOf).toHaveValue('2018-03-02');
  await expect(page.getByTestId('time-progress')).toContainText('2018-03-02');

  await app.asOf.fill('3月32日');
  await app.asOf.press('Enter');
  await expect(app.asOf).toHaveAttribute('aria-invalid', 'true');
  await expect(app.asOf).toHaveAttribute('title', /请输入有效日期/);
  await expect(page.getByTestId('time-progress')).toContainText('2018-03-02');

  await app.saved();
  await page.reload();
  await expect(app.asOf).toHaveValue('2018-03-02');
});

test('a problem with a raised-on date that is not a date is not raised', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/problems');
  const shown = page.getByTestId('problems-shown');
  const before = await shown.getAttribute('data-shown');
  await page.getByTestId('problem-new-project').fill('JJ2018-0020 安海北环路外曾桥');
  await page.getByTestId('problem-new-description').fill('桥头引道路灯迁改');
  const raised = page.getByTestId('problem-new-raised');
  await raised.fill('2018/2/30');
  await page.getByTestId('problem-raise').click();
  // The form does not submit: the field says why, and no problem is added.
  expect(await raised.evaluate((input: HTMLInputElement) => input.validationMessage)).toMatch(
    /请输入有效日期/,
  );
  await expect(shown).toHaveAttribute('data-shown', before ?? '');
  await expect(page.getByTestId('problem-new-done')).toHaveCount(0);

  // Written the planners' way, it is read and the problem is raised on that day.
  await raised.fill('2018.2.9');
  await page.getByTestId('problem-raise').click();
  await expect(page.getByTestId('problem-new-done')).toBeVisible();
  await expect(app.problemCell('桥头引道路灯迁改', 'raisedOn')).toHaveText('2018-02-09');
});
