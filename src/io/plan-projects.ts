// Planning an import of the project ledger: rows upserted by project code.
import { applyCommand, type ProjectImportRow } from '../core/commands.ts';
import { LIST_OF_FIELD, type ListField } from '../core/project-checks.ts';
import { parseMoney } from '../core/parse.ts';
import { FIELD_BY_KEY, parseFieldInput } from '../core/project-fields.ts';
import type { Project } from '../core/types.ts';
import { CodeCheck } from './code-check.ts';
import {
  countOutcomes,
  damagedCode,
  dataRows,
  isBlocking,
  valueProblem,
  withUnit,
  type FieldChange,
  type ImportPlan,
  type DataRow,
  type MappedColumn,
  type PlanInput,
  type RowOutcome,
} from './plan.ts';
import { ListAdditions, withLists } from './list-additions.ts';
import { displayCell, projectCell, type ValueContext } from './project-values.ts';
import type { Problem, ProblemReason } from './sheet.ts';
import { PROJECTS_TABLE } from './tables.ts';

const LIST_FIELDS = Object.keys(LIST_OF_FIELD) as ListField[];
/** A new or unchanged row's changes: one empty list for all 10,000 of them. */
const NO_CHANGES: readonly FieldChange[] = Object.freeze([]);

type ValueRead = { ok: true; value: unknown } | { ok: false; reason: ProblemReason };

/**
 * How one column's cells become field values, the parser chosen once per column; null for free
 * text, taken as it is. Ledgers repeat the same dates, tiers, towns and units down a column, so
 * those are parsed once per distinct text; amounts are mostly distinct and are read directly.
 */
function columnReader(column: MappedColumn): ((text: string) => ValueRead) | null {
  const { key, unit } = column;
  if (key === 'investmentToDate') return (text) => parseMoney(withUnit(text, unit));
  const spec = FIELD_BY_KEY.get(key);
  if (!spec) return () => ({ ok: false, reason: 'refused' });
  if (spec.kind === 'money') return (text) => parseFieldInput(spec, withUnit(text, unit));
  if (spec.kind === 'text') return null;
  const seen = new Map<string, ValueRead>();
  return (text) => {
    let read = seen.get(text);
    if (!read) {
      read = parseFieldInput(spec, text);
      seen.set(text, read);
    }
    return read;
  };
}

interface ColumnRead {
  column: MappedColumn;
  key: string;
  read: ((text: string) => ValueRead) | null;
  /** An empty cell leaves the project's value alone. */
  blankKeeps: boolean;
}

/** The value columns of a sheet (all but the code) with their readers. */
function columnReads(columns: DataRow['columns'], blankClears: boolean): ColumnRead[] {
  return [...columns.values()]
    .filter((column) => column.key !== 'code')
    .map((column) => ({
      column,
      key: column.key,
      read: columnReader(column),
      // A choice such as 级别 has no "empty" value: an empty cell always leaves the project's own.
      blankKeeps: !blankClears || FIELD_BY_KEY.get(column.key)?.kind === 'enum',
    }));
}

function changes(before: Project, after: Project, ctx: ValueContext): FieldChange[] {
  const out: FieldChange[] = [];
  for (const column of PROJECTS_TABLE.columns) {
    const a = displayCell(projectCell(before, column.key, ctx), column.kind);
    const b = displayCell(projectCell(after, column.key, ctx), column.kind);
    if (a !== b) out.push({ key: column.key, before: a, after: b });
  }
  return out;
}

/** Projects by code, made without a pair array for each of 10,000 projects. */
function byCode(projects: readonly Project[]): Map<string, Project> {
  const out = new Map<string, Project>();
  for (const p of projects) out.set(p.code, p);
  return out;
}

export function planProjects({ doc, rows, mapping, options }: PlanInput): ImportPlan {
  const problems: Problem[] = [...mapping.problems];
  const headerBlocks = mapping.problems.some((p) => p.blocking);
  const ctx: ValueContext = { locale: options.locale, asOf: options.asOf, year: doc.campaign.year };
  /** Each code of the file and the line it is first on. */
  const firstLine = new Map<string, number>();
  const accepted: { line: number; row: ProjectImportRow }[] = [];
  const outcomes: RowOutcome[] = [];
  const additions = new ListAdditions(doc.campaign.lists);
  const existing = new Set(doc.projects.map((p) => p.code));
  const codeCheck = new CodeCheck(existing);
  // Every row of a sheet shares its columns: their readers are made once.
  let readsFor: DataRow['columns'] | null = null;
  let reads: ColumnRead[] = [];
  for (const row of headerBlocks ? [] : dataRows(rows, mapping)) {
    const rowProblems = row.problems;
    const code = row.text('code').trim();
    if (code === '') rowProblems.push(valueProblem(row, 'code', 'empty'));
    else {
      const first = firstLine.get(code);
      if (first !== undefined) {
        rowProblems.push({
          ...valueProblem(row, 'code', 'duplicateCode'),
          value: `${code} (${first})`,
        });
      } else firstLine.set(code, row.line);
      const damaged = existing.has(code) ? null : damagedCode(row, 'code', code, codeCheck);
      if (damaged) rowProblems.push(damaged);
    }
    if (row.columns !== readsFor) {
      readsFor = row.columns;
      reads = columnReads(row.columns, options.blankClears);
    }
    const values: Record<string, unknown> = {};
    // Indexed loops here and below: this body runs 10,000 times, mostly before it is optimised.
    for (let i = 0; i < reads.length; i++) {
      const { column, key, read, blankKeeps } = reads[i] as ColumnRead;
      const text = row.textAt(column);
      if (blankKeeps && text.trim() === '') continue;
      if (!read) {
        values[key] = text;
        continue;
      }
      const parsed = read(text);
      if (parsed.ok) values[key] = parsed.value;
      else rowProblems.push(valueProblem(row, key, parsed.reason));
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      const name = row.text('name');
      outcomes.push({ line: row.line, label: code, detail: name, status: 'rejected', changes: [] });
      continue;
    }
    for (let i = 0; i < LIST_FIELDS.length; i++) {
      const field = LIST_FIELDS[i] as ListField;
      const warning = additions.note(LIST_OF_FIELD[field], values[field], row, field);
      if (warning) problems.push(warning);
    }
    // Only a new project needs an id (making one is not free: crypto.randomUUID, 10,000 times).
    const newId = existing.has(code) ? '' : options.newId();
    accepted.push({ line: row.line, row: { code, newId, values } });
  }

  const missing =
    options.deleteMissing && !headerBlocks
      ? doc.projects.filter((p) => !firstLine.has(p.code))
      : [];
  const deleteProjectIds = missing.map((p) => p.id);
  const upsert = {
    type: 'importProjects' as const,
    rows: accepted.map((a) => a.row),
    asOf: options.asOf,
    deleteProjectIds,
  };
  const result = applyCommand(doc, upsert);
  const before = byCode(doc.projects);
  if (!result.ok) {
    // The core refused what the rows above accepted: report it on its row, commit nothing.
    const line = accepted[result.index ?? 0]?.line ?? null;
    problems.push({
      reason: 'refused',
      line,
      column: null,
      value: result.value ?? result.reason,
      blocking: true,
    });
  } else {
    const after = byCode(result.doc.projects);
    for (const { line, row } of accepted) {
      const old = before.get(row.code);
      const next = after.get(row.code) as Project;
      const status = !old ? 'new' : old === next ? 'unchanged' : 'changed';
      outcomes.push({
        line,
        label: row.code,
        detail: next.name,
        status,
        changes: old && old !== next ? changes(old, next, ctx) : NO_CHANGES,
      });
    }
  }
  // Rows are met in line order; only rejected ones, listed before the rest, need merging back.
  if (outcomes.length > accepted.length) outcomes.sort((a, b) => a.line - b.line);
  const deleted = missing.map((p) => p.code);
  const counts = countOutcomes(outcomes, deleted.length);
  const blocking = isBlocking(problems, options.skipRejected) || !result.ok;
  const hasWork = result.ok && (result.doc !== doc || !additions.isEmpty);
  const commit = hasWork && !blocking;
  const command = additions.withCommand(upsert);
  return {
    table: 'projects',
    outcomes,
    problems,
    counts,
    deleted,
    command: commit ? command : null,
    after: commit && result.ok ? withLists(result.doc, additions) : doc,
    blocking,
  };
}
