import { expect, test } from '@playwright/test';
import { AppPage } from './app-page.ts';

// A laptop's screen: the preview of a long file must not push its confirm out of sight.
test.use({ viewport: { width: 1280, height: 720 } });

/** A ledger file of `rows` new projects, as a buffer the file input takes. */
function longFile(rows: number): { name: string; mimeType: string; buffer: Buffer } {
  const lines = ['项目编码,项目名称,总投资(万元)'];
  for (let i = 1; i <= rows; i++) {
    const n = String(i).padStart(4, '0');
    lines.push(`CH-${n},长文件项目 ${n},${i * 10}`);
  }
  return {
    name: 'long.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8'),
  };
}

test('a long file is previewed with its counts and confirm in view, and its rows listed as the list scrolls', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('#/data');
  await page.getByTestId('import-file').setInputFiles(longFile(150));
  const preview = app.importPreview;
  await expect(preview).toHaveAttribute('data-new', '150');
  // Seen without scrolling the page: what the import does and the buttons that do it.
  await expect(preview.locator('[data-count="new"]')).toBeInViewport();
  await expect(page.getByTestId('import-confirm')).toBeInViewport();
  await expect(page.getByTestId('import-cancel')).toBeInViewport();

  // The rows are listed in a box of their own: the first ones, then more as it is scrolled.
  const rows = preview.locator('tr[data-status="new"]');
  await expect(rows).toHaveCount(40);
  await expect(rows.first()).toContainText('CH-0001');
  await expect(page.getByTestId('import-rows-more')).toContainText('150');
  const list = page.getByRole('region', { name: '导入的各行' });
  await list.evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(rows).toHaveCount(140);
  await list.evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(rows).toHaveCount(150);
  await expect(rows.last()).toContainText('CH-0150');
  await expect(page.getByTestId('import-rows-more')).toHaveCount(0);
  // The page itself stays short enough to see the whole import panel near the top.
  await expect(page.getByTestId('import-confirm')).toBeInViewport();

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(app.projectCount).toHaveAttribute('data-count', '883');
  await app.saved();
});
