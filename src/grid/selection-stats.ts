// The status bar's figures for the selected cells: how many, how many hold numbers, their sum.
import type { CellValue } from './project-columns.ts';

export interface SelectionStats {
  cells: number;
  /** Cells that are not empty. */
  filled: number;
  numbers: number;
  sum: number;
}

export function selectionStats(values: Iterable<CellValue>): SelectionStats {
  const stats: SelectionStats = { cells: 0, filled: 0, numbers: 0, sum: 0 };
  for (const v of values) {
    stats.cells += 1;
    if (v === null || v === '') continue;
    stats.filled += 1;
    if (typeof v === 'number' && Number.isFinite(v)) {
      stats.numbers += 1;
      stats.sum += v;
    }
  }
  // Amounts are kept to one yuan (1/10000 万元): drop the binary noise of adding decimals.
  stats.sum = Math.round(stats.sum * 10000) / 10000;
  return stats;
}
