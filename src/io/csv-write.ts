// Writing CSV that Excel and WPS open with Chinese intact: UTF-8 with a BOM, CRLF line ends,
// fields quoted where needed, text guarded against formula injection, numbers left as numbers.
import { guardFormula } from './formula-guard.ts';
import type { FileCell } from './project-values.ts';

const BOM = '\uFEFF';
/**
 * Quoted: quotes, line breaks, a BOM (a parser would strip it), edge spaces, and every delimiter
 * a reader might guess (tab, semicolon, bar), so that only the comma splits our rows.
 */
const NEEDS_QUOTES = /[",;|\t\r\n\uFEFF]|^\s|\s$/;

function field(cell: FileCell, row: readonly FileCell[]): string {
  if (cell === null) return row.length === 1 ? '""' : '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = guardFormula(cell);
  if (NEEDS_QUOTES.test(text) || (text === '' && row.length === 1)) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** Any table, line by line (a report may have title lines and blank lines between tables). */
export function csvText(rows: readonly (readonly FileCell[])[]): string {
  const lines = rows.map((row) => row.map((c) => field(c, row)).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly FileCell[])[]): string {
  return csvText([header, ...rows]);
}
