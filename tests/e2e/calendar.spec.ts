import { readFile, writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

const days = (page: Page) => page.getByTestId('calendar-days');
const day = (page: Page, date: string) => days(page).locator(`tr[data-date="${date}"]`);

/** The kind of `date` in the calendar stored in IndexedDB (the calendar is saved on each change). */
function storedKind(page: Page, date: string): Promise<string | null> {
  return page.evaluate(
    (d) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('battlemap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('calendars').objectStore('calendars').get('cn');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const row = get.result as { calendar: { days: Record<string, { kind: string }> } };
            open.result.close();
            resolve(row?.calendar.days[d]?.kind ?? null);
          };
        };
      }),
    date,
  );
}

test('the working-day calendar goes out as CSV and comes back the same', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/settings');
  await expect(days(page)).toHaveAttribute('data-count', /\d+/);
  const count = await days(page).getAttribute('data-count');

  const exported = await app.download('calendar-export');
  expect(exported.name).toMatch(/\.csv$/);
  const text = await readFile(exported.path, 'utf8');
  expect(text.startsWith('\uFEFF日期,类型,名称\r\n')).toBe(true);
  expect(text).toContain('2018-02-16,休,春节');
  expect(text).toContain('2018-02-11,班,春节');

  // Remove a day of the Spring Festival, then bring it back from the file.
  await day(page, '2018-02-16').getByRole('button').click();
  await expect(day(page, '2018-02-16')).toHaveCount(0);
  await page.getByTestId('calendar-import-file').setInputFiles(exported.path);
  await expect(page.getByTestId('calendar-import-result')).toContainText('已导入');
  await expect(day(page, '2018-02-16')).toHaveAttribute('data-kind', 'holiday');
  await expect(days(page)).toHaveAttribute('data-count', count ?? '');
  await expect.poll(() => storedKind(page, '2018-02-16')).toBe('holiday');
  await page.reload();
  await expect(day(page, '2018-02-16')).toHaveAttribute('data-kind', 'holiday');
});

test('a GB18030 file replaces its own year; a bad file changes nothing', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.open('#/settings');
  await expect(day(page, '2018-02-16')).toHaveCount(1);

  // Saved as "CSV" by Chinese Excel or WPS: GB18030, a make-up working day written 补班.
  const gb = testInfo.outputPath('2031-holidays.csv');
  await writeFile(
    gb,
    iconv.encode('日期,类型,名称\r\n2031-01-01,休,元旦\r\n2031/1/26,补班,春节\r\n', 'gb18030'),
  );
  await page.getByTestId('calendar-import-file').setInputFiles(gb);
  await expect(page.getByTestId('calendar-import-result')).toContainText('2 天');
  await expect(page.getByTestId('calendar-year')).toHaveValue('2031');
  await expect(days(page)).toHaveAttribute('data-count', '2');
  await expect(day(page, '2031-01-01')).toContainText('元旦');
  await expect(day(page, '2031-01-26')).toHaveAttribute('data-kind', 'workday');

  // Every bad line is named with its column and value; not one day of the file is taken.
  const bad = testInfo.outputPath('bad.csv');
  await writeFile(
    bad,
    '日期,类型,名称\n2031-05-01,休,劳动节\n2031-02-30,休,春节\n2031-05-02,放假了,劳动节\n',
  );
  await page.getByTestId('calendar-import-file').setInputFiles(bad);
  const errors = page.getByTestId('calendar-import-errors');
  await expect(errors).toHaveAttribute('data-count', '2');
  await expect(errors.locator('li')).toHaveText([
    '第 3 行“日期”：“2031-02-30”不是有效的日期',
    '第 4 行“类型”：“放假了”应为“休”或“班”',
  ]);
  await expect(page.getByTestId('calendar-import-result')).toHaveCount(0);
  await expect(days(page)).toHaveAttribute('data-count', '2');
  await expect(day(page, '2031-05-01')).toHaveCount(0);

  // Other years are as they were.
  await page.getByTestId('calendar-year').fill('2018');
  await expect(day(page, '2018-02-16')).toHaveAttribute('data-kind', 'holiday');
});
