import { expect, test } from '@playwright/test';
import { LedgerPage } from './app-page.ts';

// A laptop's screen shows a third of the ledger's columns: the sheet draws those in view and the
// rest as it is scrolled sideways. Clicks and typing must land in the cell under the pointer.
test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 90_000 });

test('scrolled sideways, the sheet draws the columns in view; a click and typing land in the cell under the pointer', async ({
  page,
}) => {
  const app = new LedgerPage(page);
  await app.openLedger();
  await expect(app.cell(1, 'tier')).toBeVisible();
  await expect(app.cell(1, 'nextStep')).not.toBeAttached();

  await app.showColumn('nextStep');
  await expect(app.cell(1, 'nextStep')).toBeVisible();
  await expect(app.cell(1, 'tier')).not.toBeAttached();
  // Code and name stay in view.
  await expect(app.cell(2, 'name')).toBeVisible();

  const nextStep = (await app.cell(2, 'nextStep').innerText()).trim();
  await app.typeInto(2, 'notes', '横向滚动后录入');
  await expect(app.cell(2, 'notes')).toHaveText('横向滚动后录入');
  await expect(app.cell(2, 'nextStep')).toHaveText(nextStep);
  await expect(page.getByTestId('grid-error')).toHaveCount(0);

  // A click in the scrolled table selects that cell, and typing goes into it.
  await app.showColumn('completed.plan');
  await app.cell(3, 'completed.plan').click();
  await expect(app.cell(3, 'completed.plan')).toHaveClass(/current/);
  await page.keyboard.type('2019-3-1');
  await page.keyboard.press('Enter');
  await expect(app.cell(3, 'completed.plan')).toHaveText('2019-03-01');

  // Back to the left: those columns are drawn again, with the edits made there.
  await app.typeInto(3, 'totalInvestment', '1.2亿');
  await expect(app.cell(3, 'totalInvestment')).toHaveText('12,000');
  await app.showColumn('completed.plan');
  await expect(app.cell(3, 'completed.plan')).toHaveText('2019-03-01');

  await app.reload();
  await app.showColumn('notes');
  await expect(app.cell(2, 'notes')).toHaveText('横向滚动后录入');
  await app.showColumn('completed.plan');
  await expect(app.cell(3, 'completed.plan')).toHaveText('2019-03-01');
  await app.showColumn('totalInvestment');
  await expect(app.cell(3, 'totalInvestment')).toHaveText('12,000');
});
