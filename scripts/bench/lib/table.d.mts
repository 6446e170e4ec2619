export type Unit = 'ms' | 'KB' | 'MB';
export interface Target {
  max: number;
  on: 'ours' | 'ratio';
}
export interface Row {
  figure: string;
  unit: Unit;
  ours: number[];
  peer?: { name: string; samples: number[] };
  /** All must be met. */
  targets?: Target[];
}
export interface RowResult {
  figure: string;
  unit: Unit;
  runs: number;
  ours: number;
  peer: number | null;
  ratio: number | null;
  ok: boolean | null;
  row: Row;
}
export const COLUMNS: readonly string[];
export function formatNumber(x: number): string;
export function evaluateRow(row: Row): RowResult;
export function rowCells(result: RowResult): string[];
export function displayWidth(text: string): number;
export function textTable(results: readonly RowResult[]): string;
export function markdownTable(results: readonly RowResult[]): string;
