// Sheet edits (typing, paste, fill handle, delete) become one command: every changed cell is read
// and checked first, the accepted ones go into one atomic, undoable step, and the refused ones are
// reported with their row, column and value. Rows a paste runs past are added as new projects.
import type { Command, CommandFailure } from '../core/commands.ts';
import type { CellEdit } from '../core/ledger-commands.ts';
import type { FieldValue } from '../core/project-fields.ts';
import type { Project } from '../core/types.ts';
import { INVESTMENT_TO_DATE, type ColumnContext, type GridColumn } from './project-columns.ts';

export interface GridEdit {
  /** Row in the sheet as shown; rows at or past the end are new rows. */
  row: number;
  column: GridColumn;
  value: unknown;
}

export interface Refusal {
  row: number;
  column: GridColumn;
  value: string;
  reason: CommandFailure;
  /** The row's project, when it exists or the step adds it; null for a row not added. */
  projectId: string | null;
}

export interface EditPlan {
  command: Command | null;
  refused: Refusal[];
  /** Ids of the rows the step adds, in sheet order. */
  added: string[];
  /** The cells the step changes. */
  changed: { projectId: string; column: GridColumn }[];
}

export interface PlanInput {
  projects: readonly Project[];
  /** The project shown in each sheet row. */
  rowIds: readonly string[];
  ctx: ColumnContext;
  /** A blank project with a fresh id and the given code. */
  newProject: (code: string) => Project;
  /** Prefix of the codes new rows get until the planner types their own. */
  codePrefix: string;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}

function codeMaker(used: Set<string>, prefix: string): () => string {
  let n = used.size;
  return () => {
    let code: string;
    do {
      n += 1;
      code = `${prefix}${String(n).padStart(4, '0')}`;
    } while (used.has(code));
    used.add(code);
    return code;
  };
}

export function planEdits(input: PlanInput, edits: readonly GridEdit[]): EditPlan {
  const { projects, rowIds, ctx } = input;
  const byId = new Map(projects.map((p) => [p.id, p]));
  const codes = new Map(projects.map((p) => [p.code, p.id]));
  const nextCode = codeMaker(new Set(codes.keys()), input.codePrefix);
  const created = new Map<number, Project>();
  const ordered = edits
    .slice()
    .sort((a, b) => a.row - b.row || (a.column.key < b.column.key ? -1 : 1));

  const refused: Refusal[] = [];
  const cellEdits: CellEdit[] = [];
  const totals: Command[] = [];
  const changed: EditPlan['changed'] = [];
  const seen = new Set<string>();

  const rowProject = (row: number): Project => {
    const id = rowIds[row];
    const existing = id === undefined ? undefined : byId.get(id);
    if (existing) return existing;
    let fresh = created.get(row);
    if (!fresh) {
      const code = nextCode();
      fresh = input.newProject(code);
      created.set(row, fresh);
      codes.set(code, fresh.id);
    }
    return fresh;
  };

  for (const edit of ordered) {
    const { row, column } = edit;
    const parsed = column.parse(edit.value, ctx);
    const shown = edit.value === null || edit.value === undefined ? '' : String(edit.value);
    if (!parsed.ok) {
      refused.push({ row, column, value: shown, reason: parsed.reason, projectId: null });
      continue;
    }
    const project = rowProject(row);
    const key = `${project.id}\u0000${column.key}`;
    if (column.key === 'code') {
      const code = String(parsed.value);
      const owner = codes.get(code);
      if (owner !== undefined && owner !== project.id) {
        refused.push({ row, column, value: shown, reason: 'duplicateCode', projectId: null });
        continue;
      }
      if (codes.get(project.code) === project.id) codes.delete(project.code);
      codes.set(code, project.id);
    }
    if (!seen.has(key) && sameValue(column.current(project, ctx), parsed.value)) continue;
    seen.add(key);
    changed.push({ projectId: project.id, column });
    if (column.key === INVESTMENT_TO_DATE) {
      totals.push({
        type: 'setInvestmentToDate',
        projectId: project.id,
        asOf: ctx.asOf,
        total: parsed.value,
      });
    } else {
      cellEdits.push({ projectId: project.id, field: column.key, value: parsed.value });
    }
  }

  // A new row is added only when it receives at least one accepted value.
  const used = new Set(changed.map((c) => c.projectId));
  const added = [...created.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, p]) => p)
    .filter((p) => used.has(p.id));
  const addedRows = new Map(
    [...created.entries()].filter(([, p]) => used.has(p.id)).map(([row, p]) => [row, p.id]),
  );
  for (const r of refused) r.projectId = rowIds[r.row] ?? addedRows.get(r.row) ?? null;
  const commands: Command[] = [];
  if (added.length > 0) commands.push({ type: 'addProjects', projects: added });
  if (cellEdits.length > 0) commands.push({ type: 'editProjects', edits: cellEdits });
  commands.push(...totals);
  return {
    command:
      commands.length === 0
        ? null
        : commands.length === 1
          ? (commands[0] ?? null)
          : { type: 'batch', commands },
    refused,
    added: added.map((p) => p.id),
    changed,
  };
}
