import type { RowResult } from './table.mjs';
export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  freeGb: number;
  os: string;
  node: string;
  load: number;
}
export function describeMachine(): Machine;
export function benchmarksMarkdown(input: {
  date: string;
  machine: Machine;
  chromium: string;
  runs: number;
  results: readonly RowResult[];
  command: string;
}): string;
