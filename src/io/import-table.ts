// One entry for every table: map the sheet's headers, then plan the import with the table's
// planner. Adding a table means adding its spec (tables.ts) and its planner here.
import type { CampaignDoc } from '../core/types.ts';
import {
  headerIndex,
  mapHeaders,
  normaliseHeader,
  type HeaderMapping,
  type MappingOverrides,
} from './headers.ts';
import type { ImportPlan, PlanInput, PlanOptions } from './plan.ts';
import { planProblems } from './plan-problems.ts';
import { planProjects } from './plan-projects.ts';
import { planTargets } from './plan-targets.ts';
import { planWorkstreams } from './plan-workstreams.ts';
import type { RawSheet } from './sheet.ts';
import { TABLES, type TableKind } from './tables.ts';

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

/** The table a sheet most likely holds: the one whose headers it names most. */
export function guessTable(sheet: RawSheet): TableKind {
  let best: TableKind = 'projects';
  let bestScore = 0;
  for (const kind of Object.keys(TABLES) as TableKind[]) {
    const index = headerIndex(TABLES[kind]);
    for (const row of sheet.rows.slice(0, 10)) {
      const keys = new Set(
        row.cells.map((c) => index.get(normaliseHeader(c).name)).filter(Boolean),
      );
      const score = keys.size + (keys.has(TABLES[kind].keys.at(-1) ?? '') ? 0.5 : 0);
      if (score > bestScore) [best, bestScore] = [kind, score];
    }
  }
  return best;
}
