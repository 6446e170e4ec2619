// Which projects the sheet shows, in which order: the search box, column filters and sort. The
// sheet is a view: these never change the ledger's own order, which stays the campaign's.
import type { Project } from '../core/types.ts';
import {
  PROJECT_COLUMNS,
  TAG_SEPARATOR,
  formatCell,
  type CellValue,
  type GridColumn,
} from './project-columns.ts';
import { compareChinese } from '../core/chinese-order.ts';

export interface SortSpec {
  key: string;
  dir: 'asc' | 'desc';
}

export interface ViewState {
  search: string;
  sort: SortSpec | null;
  /** Per column key, the cell texts to keep. */
  filters: ReadonlyMap<string, ReadonlySet<string>>;
  /** Only rows with a value to check (unknown town, dates out of order). */
  onlyFlagged: boolean;
}

export const PLAIN_VIEW: ViewState = {
  search: '',
  sort: null,
  filters: new Map(),
  onlyFlagged: false,
};

export function isPlain(state: ViewState): boolean {
  return (
    state.search.trim() === '' &&
    state.sort === null &&
    state.filters.size === 0 &&
    !state.onlyFlagged
  );
}

export interface RowSource {
  row(p: Project): CellValue[];
  searchText(row: CellValue[]): string;
  isFlagged(p: Project): boolean;
}

const INDEX = new Map(PROJECT_COLUMNS.map((c, i) => [c.key, i]));

/** The texts a cell is filtered by: each tag of a tags cell, otherwise the text shown. */
export function filterTexts(column: GridColumn, value: CellValue): string[] {
  const text = formatCell(column, value);
  if (column.kind === 'tags') return text === '' ? [''] : text.split(TAG_SEPARATOR);
  return [text];
}

function compareCells(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareChinese(String(a), String(b));
}

const isBlank = (v: CellValue): boolean => v === null || v === '';

export function computeView(
  projects: readonly Project[],
  source: RowSource,
  state: ViewState,
): string[] {
  const needle = state.search.trim().toLowerCase();
  const filters = [...state.filters.entries()].flatMap(([key, keep]) => {
    const index = INDEX.get(key);
    const column = index === undefined ? undefined : PROJECT_COLUMNS[index];
    return index === undefined || !column ? [] : [{ index, column, keep }];
  });
  const kept = projects.filter((p) => {
    if (state.onlyFlagged && !source.isFlagged(p)) return false;
    if (needle === '' && filters.length === 0) return true;
    const row = source.row(p);
    if (needle !== '' && !source.searchText(row).includes(needle)) return false;
    return filters.every(({ index, column, keep }) =>
      filterTexts(column, row[index] ?? null).some((t) => keep.has(t)),
    );
  });
  const sortIndex = state.sort ? INDEX.get(state.sort.key) : undefined;
  if (state.sort && sortIndex !== undefined) {
    const sign = state.sort.dir === 'asc' ? 1 : -1;
    const keyed = kept.map((p, i) => ({ p, i, v: source.row(p)[sortIndex] ?? null }));
    keyed.sort((x, y) => {
      // Empty cells go last whichever way the column is sorted, as in Excel.
      const bx = isBlank(x.v);
      const by = isBlank(y.v);
      if (bx || by) return bx === by ? x.i - y.i : bx ? 1 : -1;
      return sign * compareCells(x.v, y.v) || x.i - y.i;
    });
    return keyed.map((k) => k.p.id);
  }
  return kept.map((p) => p.id);
}

/**
 * The rows after an edit while a filter or sort is on: edited rows stay where they are (Excel
 * does not re-sort or re-filter while you type), deleted rows go, and new rows show at the end.
 */
export function reconcileView(
  shown: readonly string[],
  before: readonly Project[],
  after: readonly Project[],
): string[] {
  const existed = new Set(before.map((p) => p.id));
  const now = new Set(after.map((p) => p.id));
  const kept = shown.filter((id) => now.has(id));
  const keptSet = new Set(kept);
  const fresh = after.filter((p) => !existed.has(p.id) && !keptSet.has(p.id)).map((p) => p.id);
  return [...kept, ...fresh];
}

export interface DistinctValue {
  text: string;
  count: number;
}

/** The values a column filter offers, with how many projects hold each, in sort order. */
export function distinctValues(
  projects: readonly Project[],
  cellOf: (p: Project) => CellValue,
  column: GridColumn,
): DistinctValue[] {
  const counts = new Map<string, { count: number; value: CellValue }>();
  for (const p of projects) {
    const value = cellOf(p);
    for (const text of filterTexts(column, value)) {
      const entry = counts.get(text);
      if (entry) entry.count += 1;
      else counts.set(text, { count: 1, value: column.kind === 'tags' ? text : value });
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => {
      if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
      return compareCells(x.value, y.value);
    })
    .map(([text, { count }]) => ({ text, count }));
}
