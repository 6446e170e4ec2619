// A page model of Battlemap for end-to-end tests: find things the way the acceptance checks do.
import { expect, type Locator, type Page } from '@playwright/test';
import { COLUMN_INDEX, FROZEN_COLUMNS } from '../../src/grid/project-columns.ts';

/**
 * Runs in the page, after the frame that follows any scroll (the sheet draws on scroll): how far
 * the sheet must scroll right (< 0: left) so that the column `field` is wholly in view, 0 when it
 * is. A column not drawn yet lies beyond those drawn, on the side its place in `order` says.
 */
async function scrollToShow(
  grid: HTMLElement,
  { field, order }: { field: string; order: Record<string, number> },
): Promise<number> {
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  const holder = grid.querySelector('.ht_master .wtHolder');
  const frozen = grid.querySelector('.ht_clone_inline_start table');
  if (!holder || !frozen) throw new Error('the ledger sheet is not drawn');
  const from = frozen.getBoundingClientRect().right;
  const to = holder.getBoundingClientRect().left + holder.clientWidth;
  const menus = [...grid.querySelectorAll<HTMLElement>('.ht_clone_top thead [data-field]')];
  const header = menus.find((m) => m.dataset['field'] === field)?.closest('th');
  if (header) {
    const { left, right } = header.getBoundingClientRect();
    if (left < from) return Math.floor(left - from);
    if (right > to) return Math.ceil(right - to);
    return 0;
  }
  const drawn = menus.map((m) => order[m.dataset['field'] ?? ''] ?? 0);
  const step = Math.round((to - from) * 0.8);
  return (order[field] ?? 0) > Math.max(...drawn) ? step : -step;
}

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

  /**
   * Scrolls the ledger sideways with the mouse wheel, as a user would, until the column `field`
   * is wholly in view beside the frozen code and name: the sheet draws only the columns in view,
   * so a cell further right is in the page once the sheet has been scrolled to it.
   */
  async showColumn(field: string): Promise<void> {
    const index = COLUMN_INDEX.get(field);
    if (index === undefined) throw new Error(`the ledger has no column ${field}`);
    if (index < FROZEN_COLUMNS) return;
    const order = Object.fromEntries(COLUMN_INDEX);
    await expect(this.grid.locator('.ht_clone_top thead [data-field]').first()).toBeAttached();
    for (let step = 0; step < 40; step++) {
      const dx = await this.grid.evaluate(scrollToShow, { field, order });
      if (dx === 0) return;
      const box = await this.grid.boundingBox();
      if (!box) throw new Error('the ledger is not on screen');
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(dx, 0);
    }
    throw new Error(`the ledger did not scroll to the column ${field}`);
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

/** The dashboard's charts, found by their test ids; each says what it shows in data attributes. */
export type DashboardChartId = 'cumulative' | 'investment-month' | 'lights' | 'ranking';
export const DASHBOARD_CHARTS: readonly DashboardChartId[] = [
  'cumulative',
  'investment-month',
  'lights',
  'ranking',
];

export class DashboardCharts {
  constructor(readonly page: Page) {}

  chart(id: DashboardChartId): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  /** Waits until every chart has been drawn by ECharts (they load after the KPIs). */
  async drawn(): Promise<void> {
    for (const id of DASHBOARD_CHARTS) {
      await expect(this.chart(id)).toHaveAttribute('data-drawn', 'true');
    }
  }

  async number(id: DashboardChartId, name: string): Promise<number> {
    return Number(await this.chart(id).getAttribute(`data-${name}`));
  }
}

/** The battle map's chart: where a row and a date are on the canvas, read from its data attributes. */
export class BattlemapChart {
  constructor(readonly page: Page) {}

  get chart(): Locator {
    return this.page.getByTestId('battlemap-chart');
  }

  async open(app: AppPage): Promise<void> {
    await app.open('#/battlemap');
    await expect(this.chart).toHaveAttribute('data-rows', /\d+/);
  }

  private async number(name: string): Promise<number> {
    return Number(await this.chart.getAttribute(`data-${name}`));
  }

  /** The page point of `date` (its middle) in row `row` (0-based, counting group headers). */
  async point(row: number, date: string, dayFraction = 0.5): Promise<{ x: number; y: number }> {
    const box = await this.chart.boundingBox();
    if (!box) throw new Error('the battle map is not on screen');
    const dayNumber = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    const from = dayNumber((await this.chart.getAttribute('data-window-start')) ?? '');
    const to = dayNumber((await this.chart.getAttribute('data-window-end')) ?? '') + 1;
    const left = await this.number('plot-left');
    const width = await this.number('plot-width');
    const top = await this.number('plot-top');
    const rowHeight = await this.number('row-height');
    const rowStart = await this.number('row-start');
    const day = dayNumber(date) + dayFraction;
    return {
      x: box.x + left + ((day - from) / (to - from)) * width,
      y: box.y + top + (row - rowStart + 0.5) * rowHeight,
    };
  }
}

/** The project ledger sheet and its detail panel. */
export class LedgerPage extends AppPage {
  /** A first run writes the 733-project sample before anything shows: allow for a slow machine. */
  async openLedger(query = ''): Promise<void> {
    await this.page.goto(`./#/projects${query}`);
    await expect(this.projectCount).toBeVisible({ timeout: 30_000 });
    await expect(this.cell(1, 'code')).toBeVisible({ timeout: 30_000 });
  }

  /** Reloads once every edit is stored, and waits for the sheet again. */
  async reload(): Promise<void> {
    await this.saved();
    await this.page.reload();
    await expect(this.cell(1, 'code')).toBeVisible({ timeout: 30_000 });
  }

  get status(): Locator {
    return this.page.getByTestId('ledger-status');
  }

  get error(): Locator {
    return this.page.getByTestId('grid-error');
  }

  get checks(): Locator {
    return this.page.getByTestId('grid-checks');
  }

  get detail(): Locator {
    return this.page.getByTestId('project-detail');
  }

  /**
   * When typeInto last clicked a cell. Handsontable takes a second click on the same table cell
   * element within 500 ms as a double click, which opens the editor; after a sideways scroll it
   * draws another column in the element just clicked, so a fast next click opened the editor and
   * the Enter meant to open it closed it instead.
   */
  #clickedAt = 0;

  /** Types into a cell through its editor: Enter opens it (as an IME would), Enter commits. */
  async typeInto(row: number, field: string, text: string): Promise<void> {
    await this.showColumn(field);
    const pause = this.#clickedAt + 600 - Date.now();
    if (pause > 0) await this.page.waitForTimeout(pause);
    await this.cell(row, field).click();
    this.#clickedAt = Date.now();
    await this.page.keyboard.press('Enter');
    // Emptied, not selected with Ctrl+A: a dropdown editor focuses its input again ~100 ms after
    // its list scrolls, which moves the caret to the end and would drop a selection made before.
    await this.page.evaluate(() => {
      const input = document.activeElement;
      if (!(input instanceof HTMLTextAreaElement || input instanceof HTMLInputElement)) {
        throw new Error('no cell editor has the focus');
      }
      input.value = '';
    });
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  /** Pastes text the way a browser delivers Excel's clipboard: a paste event with text/plain. */
  async paste(text: string, html?: string): Promise<void> {
    await this.page.evaluate(
      ([plain, markup]) => {
        const data = new DataTransfer();
        data.setData('text/plain', plain ?? '');
        if (markup) data.setData('text/html', markup);
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      [text, html],
    );
  }

  /** What a copy of the selection puts on the clipboard as plain text. */
  async copy(): Promise<string> {
    return this.page.evaluate(() => {
      const data = new DataTransfer();
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return data.getData('text/plain');
    });
  }

  columnMenu(field: string): Locator {
    return this.grid
      .locator(`thead [data-testid="col-menu"][data-field="${field}"]`)
      .filter({ visible: true })
      .first();
  }

  openButton(row: number): Locator {
    return this.grid
      .locator(`.ht_clone_inline_start tbody tr:nth-child(${row}) [data-testid="open-project"]`)
      .first();
  }
}
