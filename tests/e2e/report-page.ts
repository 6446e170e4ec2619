// The 旬报 (dekad report) view and its snapshots, for end-to-end tests.
import { expect, type Download, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class ReportPage extends AppPage {
  async openReport(): Promise<void> {
    await this.page.goto('./#/report');
    // A first run builds the 733-project sample before anything shows: on a busy machine that
    // can take longer than the default wait.
    await expect(this.report).toBeVisible({ timeout: 30_000 });
    await expect(this.projectCount).toBeVisible();
  }

  get report(): Locator {
    return this.page.getByTestId('dekad-report');
  }

  batch(name: 'planned' | 'signed' | 'started' | 'completed' | 'upgraded'): Locator {
    return this.page.getByTestId(`report-batch-${name}`);
  }

  get dekad(): Locator {
    return this.page.getByTestId('report-dekad');
  }

  get snapshots(): Locator {
    return this.page.getByTestId('snapshot-list');
  }

  /** Waits until the snapshots are read and frozen, then for `count` of them. */
  async expectSnapshots(count: number): Promise<void> {
    await expect(this.snapshots).toHaveAttribute('data-loaded', 'true');
    await expect(this.snapshots).toHaveAttribute('data-count', String(count));
  }

  async takeSnapshot(expectedCount: number): Promise<void> {
    await this.page.getByTestId('snapshot-take').click();
    await this.expectSnapshots(expectedCount);
  }

  get compare(): Locator {
    return this.page.getByTestId('snapshot-compare');
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('report-export-csv').click();
    return download;
  }
}
