// Which file column is which field: headers matched to a table's columns by name and alias after
// normalising width, case, spaces and a unit in brackets; the user's own choices override.
import type { ColumnSpec, TableSpec } from './tables.ts';
import { isBlankRow, type Problem, type RawRow } from './sheet.ts';

/** Amounts under a header such as 总投资(亿元) are in that unit when a cell gives none. */
export type HeaderUnit = '万元' | '亿元' | '元' | '%' | '个';

export interface NormalisedHeader {
  name: string;
  unit: HeaderUnit | null;
}

const UNIT_SUFFIX = /\((万元|亿元|元|%|个)\)$/;

export function normaliseHeader(header: string): NormalisedHeader {
  const t = header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*:]/g, '');
  const m = UNIT_SUFFIX.exec(t);
  return m ? { name: t.slice(0, m.index), unit: m[1] as HeaderUnit } : { name: t, unit: null };
}

/** Column key per normalised header name; a Map, so a header like `__proto__` is just unknown. */
export function headerIndex(table: TableSpec, withExportOnly = false): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of table.columns) {
    if (column.exportOnly && !withExportOnly) continue;
    for (const text of [column.title['zh-CN'], column.title.en, column.key, ...column.aliases]) {
      const { name } = normaliseHeader(text);
      if (!index.has(name)) index.set(name, column.key);
    }
  }
  return index;
}

/** The user's choice for a header (by normalised name): a column key, or null to ignore it. */
export type MappingOverrides = ReadonlyMap<string, string | null>;

export interface HeaderMapping {
  /** Index of the header row within the sheet's rows. */
  headerRow: number;
  headers: readonly string[];
  /** Column key per file column; null where the column is not imported. */
  keys: readonly (string | null)[];
  units: readonly (HeaderUnit | null)[];
  problems: Problem[];
}

/** A title row or two above the header is common in Chinese ledgers; look this far for it. */
const HEADER_SEARCH_ROWS = 10;

function matches(row: RawRow, index: Map<string, string>): number {
  return row.cells.filter((c) => index.has(normaliseHeader(c).name)).length;
}

/** The header row: among the first rows, the one naming the most known columns. */
export function findHeaderRow(rows: readonly RawRow[], table: TableSpec): number {
  const index = headerIndex(table);
  let best = rows.findIndex((r) => !isBlankRow(r));
  let bestCount = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const count = matches(rows[i] as RawRow, index);
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return best;
}

const problem = (
  reason: Problem['reason'],
  line: number | null,
  column: string | null,
  value: string | null,
  blocking: boolean,
): Problem => ({ reason, line, column, value, blocking });

export function mapHeaders(
  rows: readonly RawRow[],
  table: TableSpec,
  overrides: MappingOverrides = new Map(),
  headerRow = findHeaderRow(rows, table),
): HeaderMapping {
  const header = rows[headerRow];
  if (!header) {
    return {
      headerRow,
      headers: [],
      keys: [],
      units: [],
      problems: [problem('noHeader', null, null, null, true)],
    };
  }
  const index = headerIndex(table);
  const exportOnly = new Set([...headerIndex(table, true).keys()].filter((n) => !index.has(n)));
  const importable = new Set(table.columns.filter((c) => !c.exportOnly).map((c) => c.key));
  const problems: Problem[] = [];
  const headers = header.cells;
  const keys: (string | null)[] = [];
  const units: (HeaderUnit | null)[] = [];
  const seen = new Map<string, string>();
  const data = rows.slice(headerRow + 1);
  for (const [i, text] of headers.entries()) {
    const { name, unit } = normaliseHeader(text);
    units.push(unit);
    const chosen = overrides.has(name) ? (overrides.get(name) ?? null) : (index.get(name) ?? null);
    const key = chosen !== null && importable.has(chosen) ? chosen : null;
    keys.push(key);
    if (name === '') {
      if (data.some((r) => (r.cells[i] ?? '').trim() !== '')) {
        problems.push(problem('emptyHeader', header.line, `#${i + 1}`, null, false));
      }
      continue;
    }
    if (key === null) {
      // A column we write for the reader (a name beside a code) is known; it is just not read.
      const known = overrides.has(name) || exportOnly.has(name);
      if (!known) problems.push(problem('unknownColumn', header.line, text, null, false));
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problem('duplicateColumn', header.line, text, first, true));
    } else {
      seen.set(key, text);
    }
  }
  for (const key of table.keys) {
    if (seen.has(key)) continue;
    const column = table.columns.find((c) => c.key === key) as ColumnSpec;
    problems.push(problem('missingColumn', header.line, null, column.key, true));
  }
  return { headerRow, headers, keys, units, problems };
}
