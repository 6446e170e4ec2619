// What an import will do, worked out before anything is written: every row new, changed (field
// by field), unchanged or rejected with its problems, and the one command that commits it.
import type { Command } from '../core/commands.ts';
import type { CalendarDate } from '../core/calendar-date.ts';
import type { CampaignDoc } from '../core/types.ts';
import type { Locale } from '../core/vocabulary.ts';
import type { CodeCheck } from './code-check.ts';
import type { HeaderMapping, HeaderUnit } from './headers.ts';
import type { Problem, ProblemReason, RawRow } from './sheet.ts';
import type { TableKind } from './tables.ts';

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'rejected';

export interface FieldChange {
  /** Column key in the table. */
  key: string;
  before: string;
  after: string;
}

export interface RowOutcome {
  line: number;
  /** What identifies the row to a person: a code, a code and workstream, a batch. */
  label: string;
  /** A name to go with the label. */
  detail: string;
  status: RowStatus;
  changes: readonly FieldChange[];
}

export interface PlanCounts {
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
  deleted: number;
}

export interface ImportPlan {
  table: TableKind;
  outcomes: readonly RowOutcome[];
  problems: readonly Problem[];
  counts: PlanCounts;
  /** Labels of the projects the import deletes (only when asked to). */
  deleted: readonly string[];
  /** The one command that commits the import; null when there is nothing to do. */
  command: Command | null;
  /** The document once `command` is committed (the one planned against, when it is null). */
  after: CampaignDoc;
  /** A problem blocks: confirm stays disabled. */
  blocking: boolean;
}

export interface PlanOptions {
  asOf: CalendarDate;
  locale: Locale;
  newId: () => string;
  /** Delete projects whose code is not in the file. */
  deleteMissing: boolean;
  /** Import the good rows and leave the rejected ones out. */
  skipRejected: boolean;
  /**
   * An empty cell clears the field. Off by default: a town's file often leaves blank what it
   * does not report, and that must not wipe what the ledger holds.
   */
  blankClears: boolean;
}

export interface PlanInput {
  doc: CampaignDoc;
  rows: readonly RawRow[];
  mapping: HeaderMapping;
  options: PlanOptions;
}

/** Problems of a single row: skipping the row resolves them. File-wide problems always block. */
const ROW_REASONS: ReadonlySet<ProblemReason> = new Set<ProblemReason>([
  'raggedRow',
  'lossyDecoding',
  'notADate',
  'notANumber',
  'negative',
  'notAPercent',
  'empty',
  'unknownChoice',
  'duplicateCode',
  'unknownProjectCode',
  'statusConflict',
  'leadingZerosLost',
  'scientificNotation',
  'notAPeriod',
  'otherYear',
  'twoScopes',
  'scopePeriod',
  'derivedTarget',
  'refused',
]);

export function isRowProblem(p: Problem): boolean {
  return p.line !== null && ROW_REASONS.has(p.reason);
}

export function countOutcomes(outcomes: readonly RowOutcome[], deleted: number): PlanCounts {
  const counts: PlanCounts = { new: 0, changed: 0, unchanged: 0, rejected: 0, deleted };
  for (const o of outcomes) counts[o.status]++;
  return counts;
}

export function isBlocking(problems: readonly Problem[], skipRejected: boolean): boolean {
  return problems.some((p) => p.blocking && !(skipRejected && isRowProblem(p)));
}

/** A file column that is imported: its field, where it is in a row, and its header's unit. */
export interface MappedColumn {
  key: string;
  index: number;
  header: string;
  unit: HeaderUnit | null;
}

/**
 * A data row under the header, its cells read by column key. The columns are shared by every row
 * of a sheet: a 10,000-row file makes 10,000 of these, not 100,000 cell objects.
 */
export class DataRow {
  readonly problems: Problem[] = [];

  constructor(
    readonly line: number,
    private readonly raw: readonly string[],
    readonly columns: ReadonlyMap<string, MappedColumn>,
  ) {}

  has(key: string): boolean {
    return this.columns.has(key);
  }

  /** The cell's text; '' where the file has no such column. */
  text(key: string): string {
    const column = this.columns.get(key);
    return column ? (this.raw[column.index] ?? '') : '';
  }

  textAt(column: MappedColumn): string {
    return this.raw[column.index] ?? '';
  }
}

/** The data rows under the header; blank rows are skipped. */
export function dataRows(rows: readonly RawRow[], mapping: HeaderMapping): DataRow[] {
  const out: DataRow[] = [];
  const width = mapping.headers.length;
  const columns = new Map<string, MappedColumn>();
  mapping.keys.forEach((key, index) => {
    if (key === null) return;
    const header = mapping.headers[index] ?? '';
    columns.set(key, { key, index, header, unit: mapping.units[index] ?? null });
  });
  for (let r = mapping.headerRow + 1; r < rows.length; r++) {
    const row = rows[r] as RawRow;
    if (row.cells.every((c) => c.trim() === '')) continue;
    const data = new DataRow(row.line, row.cells, columns);
    let extra = false;
    for (let i = width; i < row.cells.length; i++)
      if ((row.cells[i] as string).trim() !== '') extra = true;
    if (extra || row.cells.length < width) {
      data.problems.push({
        reason: 'raggedRow',
        line: row.line,
        column: null,
        value: `${row.cells.length}/${width}`,
        blocking: true,
      });
    }
    out.push(data);
  }
  return out;
}

/** A code the ledger lacks, checked for what Excel does to codes; the problem, if any. */
export function damagedCode(
  row: DataRow,
  key: string,
  code: string,
  check: CodeCheck,
): Problem | null {
  const damage = check.damage(code);
  if (!damage) return null;
  const problem = valueProblem(row, key, damage.reason, code);
  return damage.original ? { ...problem, hint: damage.original } : problem;
}

export function valueProblem(
  row: DataRow,
  key: string,
  reason: ProblemReason,
  value?: string,
): Problem {
  const column = row.columns.get(key);
  return {
    reason,
    line: row.line,
    column: column?.header ?? null,
    value: value ?? (column ? row.textAt(column) : null),
    blocking: true,
  };
}

/** An amount cell read in the unit its header names when the cell names none. */
export function withUnit(text: string, unit: HeaderUnit | null): string {
  const t = text.trim();
  // A 万元 column's cells (most amounts) are read as they are: no pattern to test.
  if (unit !== '亿元' && unit !== '元') return t;
  if (!/^[+-]?[\d,，]*\.?\d+$/.test(t)) return t;
  return unit === '亿元' ? `${t}亿` : `${t}元`;
}
