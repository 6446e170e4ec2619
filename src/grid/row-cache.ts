// A ledger row's cells, built once per project object. Commands replace only the projects they
// change, so after one edit of a 10,000-row ledger one row is rebuilt, not 10,000.
import type { Project } from '../core/types.ts';
import { projectRow, type CellValue, type ColumnContext } from './project-columns.ts';

export class RowCache {
  #rows = new WeakMap<Project, CellValue[]>();
  #search = new WeakMap<CellValue[], string>();
  #key = '';

  /** The date and language shape every row; the lists only shape the dropdowns. */
  #use(ctx: ColumnContext): void {
    const key = `${ctx.locale}|${ctx.asOf}|${ctx.year}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#rows = new WeakMap();
    this.#search = new WeakMap();
  }

  row(p: Project, ctx: ColumnContext): CellValue[] {
    this.#use(ctx);
    let row = this.#rows.get(p);
    if (!row) {
      row = projectRow(p, ctx);
      this.#rows.set(p, row);
    }
    return row;
  }

  /** The row's text in lower case, for the search box. */
  searchText(row: CellValue[]): string {
    let text = this.#search.get(row);
    if (text === undefined) {
      text = row
        .map((v) => (v === null ? '' : String(v)))
        .join('\u0001')
        .toLowerCase();
      this.#search.set(row, text);
    }
    return text;
  }
}

const SLOT: readonly CellValue[] = Object.freeze([]);

/**
 * Handsontable's data for `count` rows whose cells it reads through `modifyRowData`: one shared,
 * frozen placeholder a row, so nothing is built per row and nothing can be written into it.
 */
export function rowSlots(count: number): CellValue[][] {
  return Array.from({ length: count }, () => SLOT as CellValue[]);
}
