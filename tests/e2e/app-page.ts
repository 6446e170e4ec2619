// A page model of Battlemap for end-to-end tests: find things the way the acceptance checks do.
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(route = '#/'): Promise<void> {
    await this.page.goto(`./${route}`);
    await expect(this.projectCount).toBeVisible();
  }

  get projectCount(): Locator {
    return this.page.getByTestId('project-count');
  }

  kpi(name: 'planned' | 'signed' | 'started' | 'completed' | 'upgraded' | 'investment'): Locator {
    return this.page.getByTestId(`kpi-${name}`);
  }

  get asOf(): Locator {
    return this.page.getByTestId('asof-date');
  }

  get grid(): Locator {
    return this.page.getByTestId('projects-grid');
  }

  async setAsOf(date: string): Promise<void> {
    await this.asOf.fill(date);
    await this.asOf.dispatchEvent('change');
  }

  /** Waits until every edit has reached IndexedDB. */
  async saved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  }

  get problemsGrid(): Locator {
    return this.page.getByTestId('problems-grid');
  }

  /** The problem sheet's row whose cells contain `text` (a description is unique enough). */
  problemRow(text: string): Locator {
    return this.problemsGrid.locator('.ht_master tbody tr').filter({ hasText: text });
  }

  /** A cell of that row; frozen columns are read from the main table, which holds every cell. */
  problemCell(text: string, field: string): Locator {
    return this.problemRow(text).locator(`td[data-field="${field}"]`);
  }

  get problemDetail(): Locator {
    return this.page.getByTestId('problem-detail');
  }

  /** The ledger cell in row `row` (1-based, as the row header shows) of the field `field`. */
  cell(row: number, field: string): Locator {
    const overlay = field === 'code' || field === 'name' ? '.ht_clone_inline_start' : '.ht_master';
    return this.grid.locator(`${overlay} tbody tr:nth-child(${row}) td[data-field="${field}"]`);
  }

  /** The import preview of #/data, once a file has been read. */
  get importPreview(): Locator {
    return this.page.getByTestId('import-preview');
  }

  /** Chooses a file for import in #/data and waits for its preview or its problems. */
  async importFile(path: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(path);
    await expect(this.page.getByTestId('import-progress')).toHaveCount(0);
  }

  /** Clicks a download button and returns the saved file's path and name. */
  async download(testId: string): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    return { path: await download.path(), name: download.suggestedFilename() };
  }
}
