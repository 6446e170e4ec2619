// One entry for every table: map the sheet's headers, then plan the import with the table's
// planner. Adding a table means adding its spec (tables.ts) and its planner here.
import type { Command } from '../core/commands.ts';
import type { CampaignDoc } from '../core/types.ts';
import {
  headerIndex,
  mapHeaders,
  normaliseHeader,
  type HeaderMapping,
  type MappingOverrides,
} from './headers.ts';
import type { ImportPlan, PlanCounts, PlanInput, PlanOptions } from './plan.ts';
import { planProblems } from './plan-problems.ts';
import { planProjects } from './plan-projects.ts';
import { planTargets } from './plan-targets.ts';
import { planWorkstreams } from './plan-workstreams.ts';
import type { RawSheet } from './sheet.ts';
import { TABLE_KINDS, TABLES, type TableKind } from './tables.ts';

const PLANNERS: Readonly<Record<TableKind, (input: PlanInput) => ImportPlan>> = {
  projects: planProjects,
  workstreams: planWorkstreams,
  targets: planTargets,
  problems: planProblems,
};

export interface ImportPreview {
  mapping: HeaderMapping;
  plan: ImportPlan;
}

export function previewImport(
  doc: CampaignDoc,
  sheet: RawSheet,
  table: TableKind,
  overrides: MappingOverrides,
  options: PlanOptions,
): ImportPreview {
  const mapping = mapHeaders(sheet.rows, TABLES[table], overrides);
  const plan = PLANNERS[table]({ doc, rows: sheet.rows, mapping, options });
  return { mapping, plan };
}

/** How well a sheet's headers name a table's columns: one point each, half for the last key. */
function tableScore(sheet: RawSheet, kind: TableKind): number {
  const index = headerIndex(TABLES[kind]);
  let best = 0;
  for (const row of sheet.rows.slice(0, 10)) {
    const keys = new Set(row.cells.map((c) => index.get(normaliseHeader(c).name)).filter(Boolean));
    best = Math.max(best, keys.size + (keys.has(TABLES[kind].keys.at(-1) ?? '') ? 0.5 : 0));
  }
  return best;
}

/** The table a sheet most likely holds: the one whose headers it names most. */
export function guessTable(sheet: RawSheet): TableKind {
  let best: TableKind = 'projects';
  let bestScore = 0;
  for (const kind of TABLE_KINDS) {
    const score = tableScore(sheet, kind);
    if (score > bestScore) [best, bestScore] = [kind, score];
  }
  return best;
}

/**
 * A sheet that names at least two of a table's columns: a workbook's notes or pivot sheets do not,
 * and are left out of an import unless the user picks them.
 */
export function looksLikeTable(sheet: RawSheet): boolean {
  return TABLE_KINDS.some((kind) => tableScore(sheet, kind) >= 2);
}

export interface SheetChoice {
  sheet: RawSheet;
  table: TableKind;
}

export interface SheetPreview extends ImportPreview {
  sheet: RawSheet;
  table: TableKind;
}

export interface WorkbookPreview {
  /** In the order they commit: projects first, so that later sheets can name new projects. */
  sheets: readonly SheetPreview[];
  counts: PlanCounts;
  /** All sheets' commands as one step; null when there is nothing to do or a problem blocks. */
  command: Command | null;
  blocking: boolean;
}

/**
 * Several sheets imported together (a workbook with projects, targets and problems): each sheet
 * is planned against the document the sheets before it leave, and all commit as one undo step.
 */
export function previewWorkbook(
  doc: CampaignDoc,
  choices: readonly SheetChoice[],
  overrides: (table: TableKind) => MappingOverrides,
  options: PlanOptions,
): WorkbookPreview {
  const ordered = choices
    .map((choice, i) => ({ choice, i }))
    .sort(
      (a, b) =>
        TABLE_KINDS.indexOf(a.choice.table) - TABLE_KINDS.indexOf(b.choice.table) || a.i - b.i,
    )
    .map((x) => x.choice);
  // Deleting "what the file lacks" means one file: with two project sheets it would be ambiguous.
  const projectSheets = ordered.filter((c) => c.table === 'projects').length;
  const sheets: SheetPreview[] = [];
  let current = doc;
  for (const { sheet, table } of ordered) {
    const preview = previewImport(current, sheet, table, overrides(table), {
      ...options,
      deleteMissing: options.deleteMissing && projectSheets === 1,
    });
    sheets.push({ ...preview, sheet, table });
    current = preview.plan.after;
  }
  const counts: PlanCounts = { new: 0, changed: 0, unchanged: 0, rejected: 0, deleted: 0 };
  for (const { plan } of sheets) {
    for (const key of Object.keys(counts) as (keyof PlanCounts)[]) counts[key] += plan.counts[key];
  }
  const blocking = sheets.length === 0 || sheets.some((s) => s.plan.blocking);
  const commands = sheets.flatMap((s) => (s.plan.command ? [s.plan.command] : []));
  const command: Command | null =
    blocking || commands.length === 0
      ? null
      : commands.length === 1
        ? (commands[0] as Command)
        : { type: 'batch', commands };
  return { sheets, counts, command, blocking };
}
